package org.annalist.extract.quote;

import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.CoreQuote;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.annalist.model.Annotation;
import org.annalist.model.Article;
import org.annalist.model.Span;

/**
 * Tests only: the project's {@link CoreNlpEngine} and CoreNLP's own quote annotator (for
 * comparison), one of each per test JVM, built on first use. Needs a 3 GB heap.
 */
final class CoreNlpSupport {
  private CoreNlpSupport() {}

  private static final class Holder {
    static final StanfordCoreNLP QUOTES = quotePipeline();
  }

  private static StanfordCoreNLP quotePipeline() {
    Properties p = new Properties();
    p.setProperty("annotators", "tokenize,ssplit,quote");
    p.setProperty("quote.attributeQuotes", "false");
    p.setProperty("ssplit.newlineIsSentenceBreak", "always");
    return new StanfordCoreNLP(p);
  }

  /** The annotation of {@code article}'s body by the project's engine (branch nlp). */
  static Annotation annotate(Article article) {
    return org.annalist.extract.TestEngines.standard().apply(article);
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
