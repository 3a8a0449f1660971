package org.annalist.nlp;

import edu.stanford.nlp.io.RuntimeIOException;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.util.CoreMap;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.annalist.model.Annotation;
import org.annalist.model.Article;
import org.annalist.model.Dependency;
import org.annalist.model.EntityType;
import org.annalist.model.Mention;
import org.annalist.model.NlpEngine;
import org.annalist.model.Sentence;
import org.annalist.model.Span;
import org.annalist.model.Token;

/**
 * The language engine on Stanford CoreNLP 4.5.10: sentences, tokens (original text, offsets, lemma,
 * Penn Treebank tag), Universal Dependencies edges and named-entity mentions of an article's body.
 *
 * <p>Lifecycle: the constructor loads every model (4 to 6 s; with {@link CoreNlpOptions#DEFAULTS}
 * about 0.6 GB of heap held and 1.6 GB peak while annotating on 2 threads; with CoreNLP's default
 * NER 0.9 GB and 3.5 GB; see docs/nlp.md), so build one engine per process and share it. CoreNLP
 * itself caches loaded annotators in a process-wide pool keyed by their settings (engines with
 * equal settings share models); {@link #close()} empties that cache so the models can be collected
 * once the engines are dropped.
 *
 * <p>Thread safety: {@link #apply} may be called from several threads at once on one instance
 * (CoreNLP's annotators are shared the same way by its own server).
 *
 * <p>Articles that are not {@link Article#processable() processable} (not English) or whose body is
 * blank give an empty annotation. Entity types map from CoreNLP's tags: PERSON; ORGANIZATION;
 * LOCATION, CITY, COUNTRY, STATE_OR_PROVINCE to LOCATION; NATIONALITY, RELIGION, IDEOLOGY to
 * NATIONALITY; MISC. Dates, times, numbers and the other tags are dropped (time is tagged
 * elsewhere).
 */
public final class CoreNlpEngine implements NlpEngine {
  private static final String VERSION = "4.5.10";

  private final CoreNlpOptions options;
  private final StanfordCoreNLP pipeline;
  private final Duration loadTime;

  /**
   * Loads the models these options need.
   *
   * @throws ModelLoadException when a model cannot be read (e.g. the models jar is missing)
   */
  public CoreNlpEngine(CoreNlpOptions options) {
    this.options = Objects.requireNonNull(options, "options");
    long started = System.nanoTime();
    try {
      this.pipeline = new StanfordCoreNLP(options.toProperties());
    } catch (RuntimeIOException e) {
      throw new ModelLoadException(
          "could not load the CoreNLP models for " + options.describe() + ": " + e.getMessage(), e);
    }
    this.loadTime = Duration.ofNanos(System.nanoTime() - started);
  }

  /** The options this engine was built from. */
  public CoreNlpOptions options() {
    return options;
  }

  /** How long the constructor took to load the models. */
  public Duration loadTime() {
    return loadTime;
  }

  @Override
  public String describe() {
    return "CoreNLP " + VERSION + " (" + options.describe() + ")";
  }

  @Override
  public Annotation apply(Article article) {
    String body = article.body();
    if (!article.processable() || body.isBlank()) {
      return new Annotation(article.id(), List.of(), List.of());
    }
    edu.stanford.nlp.pipeline.Annotation doc = new edu.stanford.nlp.pipeline.Annotation(body);
    pipeline.annotate(doc);
    List<CoreMap> coreSentences = doc.get(CoreAnnotations.SentencesAnnotation.class);
    List<Sentence> sentences = new ArrayList<>();
    if (coreSentences != null) {
      for (CoreMap s : coreSentences) {
        sentences.add(sentence(sentences.size(), s));
      }
    }
    return new Annotation(article.id(), sentences, mentions(doc, body));
  }

  private static Sentence sentence(int index, CoreMap s) {
    List<CoreLabel> labels = s.get(CoreAnnotations.TokensAnnotation.class);
    List<Token> tokens = new ArrayList<>(labels.size());
    for (CoreLabel t : labels) {
      tokens.add(
          new Token(
              tokens.size(),
              new Span(t.beginPosition(), t.endPosition()),
              t.originalText(),
              t.lemma(),
              t.tag()));
    }
    int start = s.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
    int end = s.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
    return new Sentence(index, new Span(start, end), tokens, dependencies(s));
  }

  private static List<Dependency> dependencies(CoreMap s) {
    SemanticGraph graph = s.get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class);
    if (graph == null) {
      return List.of();
    }
    List<Dependency> edges = new ArrayList<>();
    for (IndexedWord root : graph.getRoots()) {
      edges.add(new Dependency("root", -1, root.index() - 1));
    }
    for (SemanticGraphEdge e : graph.edgeIterable()) {
      edges.add(
          new Dependency(
              e.getRelation().toString(),
              e.getGovernor().index() - 1,
              e.getDependent().index() - 1));
    }
    edges.sort(Comparator.comparingInt(Dependency::dependent));
    return edges;
  }

  private static List<Mention> mentions(edu.stanford.nlp.pipeline.Annotation doc, String body) {
    List<CoreMap> found = doc.get(CoreAnnotations.MentionsAnnotation.class);
    if (found == null) {
      return List.of();
    }
    List<Mention> mentions = new ArrayList<>();
    for (CoreMap m : found) {
      Optional<EntityType> type = entityType(m.get(CoreAnnotations.NamedEntityTagAnnotation.class));
      if (type.isEmpty() || pronoun(m)) {
        continue;
      }
      int start = m.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
      int end = m.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
      Integer sentence = m.get(CoreAnnotations.SentenceIndexAnnotation.class);
      mentions.add(
          new Mention(
              new Span(start, end),
              body.substring(start, end),
              type.get(),
              sentence == null ? -1 : sentence));
    }
    mentions.sort(Comparator.comparingInt((Mention m) -> m.span().start()));
    return mentions;
  }

  /** True for CoreNLP's pronominal mentions ("he", "his"): not names, so not our mentions. */
  private static boolean pronoun(CoreMap mention) {
    List<CoreLabel> tokens = mention.get(CoreAnnotations.TokensAnnotation.class);
    return tokens != null
        && !tokens.isEmpty()
        && tokens.stream().allMatch(t -> t.tag() != null && t.tag().startsWith("PRP"));
  }

  /** Our entity type for a CoreNLP NER tag; empty for the tags we drop (dates, numbers...). */
  static Optional<EntityType> entityType(String tag) {
    if (tag == null) {
      return Optional.empty();
    }
    return switch (tag) {
      case "PERSON" -> Optional.of(EntityType.PERSON);
      case "ORGANIZATION" -> Optional.of(EntityType.ORGANIZATION);
      case "LOCATION", "CITY", "COUNTRY", "STATE_OR_PROVINCE" -> Optional.of(EntityType.LOCATION);
      case "NATIONALITY", "RELIGION", "IDEOLOGY" -> Optional.of(EntityType.NATIONALITY);
      case "MISC" -> Optional.of(EntityType.MISC);
      default -> Optional.empty();
    };
  }

  /**
   * Empties CoreNLP's process-wide annotator cache, so the models can be collected once no engine
   * refers to them. Engines still in use keep working; a later engine loads its models again.
   */
  @Override
  public void close() {
    StanfordCoreNLP.clearAnnotatorPool();
  }
}
