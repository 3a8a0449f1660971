package org.annalist.extract.quote;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.CoreEntityMention;
import edu.stanford.nlp.pipeline.CoreQuote;
import edu.stanford.nlp.pipeline.CoreSentence;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.annalist.model.Annotation;
import org.annalist.model.Article;
import org.annalist.model.Dependency;
import org.annalist.model.EntityType;
import org.annalist.model.Mention;
import org.annalist.model.Sentence;
import org.annalist.model.Span;
import org.annalist.model.Token;

/**
 * Tests only: CoreNLP run directly (until the project's engine from branch {@code nlp} is merged),
 * one pipeline per test JVM, built on first use. Needs a 3 GB heap.
 */
final class CoreNlpSupport {
  private CoreNlpSupport() {}

  private static final class Holder {
    static final StanfordCoreNLP PARSE = parsePipeline();
    static final StanfordCoreNLP QUOTES = quotePipeline();
  }

  private static StanfordCoreNLP parsePipeline() {
    Properties p = new Properties();
    p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,depparse");
    p.setProperty("ner.applyFineGrained", "false");
    p.setProperty("ner.useSUTime", "false");
    p.setProperty("ner.applyNumericClassifiers", "false");
    p.setProperty("ssplit.newlineIsSentenceBreak", "always");
    return new StanfordCoreNLP(p);
  }

  private static StanfordCoreNLP quotePipeline() {
    Properties p = new Properties();
    p.setProperty("annotators", "tokenize,ssplit,quote");
    p.setProperty("quote.attributeQuotes", "false");
    p.setProperty("ssplit.newlineIsSentenceBreak", "always");
    return new StanfordCoreNLP(p);
  }

  /** The annotation of {@code article}'s body. */
  static Annotation annotate(Article article) {
    CoreDocument doc = new CoreDocument(article.body());
    Holder.PARSE.annotate(doc);
    List<Sentence> sentences = new ArrayList<>();
    int si = 0;
    for (CoreSentence s : doc.sentences()) {
      List<Token> tokens = new ArrayList<>();
      for (CoreLabel l : s.tokens()) {
        tokens.add(
            new Token(
                l.index() - 1,
                new Span(l.beginPosition(), l.endPosition()),
                l.originalText(),
                l.lemma(),
                l.tag()));
      }
      List<Dependency> deps = new ArrayList<>();
      SemanticGraph g =
          s.coreMap().get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class);
      if (g != null) {
        for (IndexedWord root : g.getRoots()) {
          deps.add(new Dependency("root", -1, root.index() - 1));
        }
        for (SemanticGraphEdge e : g.edgeIterable()) {
          deps.add(
              new Dependency(
                  e.getRelation().toString(),
                  e.getGovernor().index() - 1,
                  e.getDependent().index() - 1));
        }
      }
      int start = tokens.get(0).span().start();
      int end = tokens.get(tokens.size() - 1).span().end();
      sentences.add(new Sentence(si++, new Span(start, end), tokens, deps));
    }
    List<Mention> mentions = new ArrayList<>();
    for (CoreEntityMention m : doc.entityMentions()) {
      EntityType type =
          switch (m.entityType()) {
            case "PERSON" -> EntityType.PERSON;
            case "ORGANIZATION" -> EntityType.ORGANIZATION;
            case "LOCATION" -> EntityType.LOCATION;
            case "MISC" -> EntityType.MISC;
            default -> null;
          };
      if (type != null) {
        int b = m.charOffsets().first();
        int e = m.charOffsets().second();
        int sent = m.coreMap().get(CoreAnnotations.SentenceIndexAnnotation.class);
        mentions.add(new Mention(new Span(b, e), article.body().substring(b, e), type, sent));
      }
    }
    return new Annotation(article.id(), sentences, mentions);
  }

  /** CoreNLP's own quote annotator's spans (marks included), without attribution. */
  static List<Span> coreNlpQuotes(Article article) {
    CoreDocument doc = new CoreDocument(article.body());
    Holder.QUOTES.annotate(doc);
    List<Span> out = new ArrayList<>();
    for (CoreQuote q : doc.quotes()) {
      int b = q.quoteCharOffsets().first();
      int e = q.quoteCharOffsets().second();
      out.add(new Span(b, e));
    }
    return out;
  }
}
