package org.annalist.pipeline;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.annalist.extract.actor.Discards;
import org.annalist.extract.actor.Phrases;
import org.annalist.extract.coder.EventCoder;
import org.annalist.extract.entity.ArticleEntities;
import org.annalist.extract.quote.QuoteExtractor;
import org.annalist.model.Annotation;
import org.annalist.model.Article;
import org.annalist.model.ArticleEntity;
import org.annalist.model.Event;
import org.annalist.model.Extraction;
import org.annalist.model.NlpEngine;
import org.annalist.model.Quote;
import org.annalist.model.Sentence;
import org.annalist.model.Stage;
import org.annalist.model.TimeExpression;
import org.annalist.nlp.CoreNlpEngine;
import org.annalist.nlp.CoreNlpOptions;
import org.annalist.time.TimeTagger;

/**
 * The language layer as one stage: annotate (the NLP engine), then time expressions resolved
 * against the publication date, entities grouped within the article, quotes with their speakers,
 * and events coded (CAMEO, PLOVER) from all of these. Articles that are not English, or empty, give
 * an empty extraction.
 *
 * <p>Thread-safe: every part is. Holds the engine's models; {@link #close()} releases them.
 */
public final class LanguageLayer implements Stage<Article, Extraction>, AutoCloseable {
  /** Bump when an extractor changes what it extracts, so stored articles are extracted again. */
  static final String RELEASE = "language-4";

  private final NlpEngine engine;
  private final TimeTagger times;
  private final ArticleEntities entities;
  private final QuoteExtractor quotes;
  private final EventCoder events;
  private final Discards discards;
  private final String version;

  /** The layer from its parts, coding with {@code events} and discarding nothing. */
  public LanguageLayer(
      NlpEngine engine,
      TimeTagger times,
      ArticleEntities entities,
      QuoteExtractor quotes,
      EventCoder events) {
    this(engine, times, entities, quotes, events, Discards.empty(), CoderDictionaries.BUILT_IN);
  }

  private LanguageLayer(
      NlpEngine engine,
      TimeTagger times,
      ArticleEntities entities,
      QuoteExtractor quotes,
      EventCoder events,
      Discards discards,
      String dictionaries) {
    this.engine = engine;
    this.times = times;
    this.entities = entities;
    this.quotes = quotes;
    this.events = events;
    this.discards = discards;
    String described =
        CoderDictionaries.BUILT_IN.equals(dictionaries)
            ? engine.describe()
            : engine.describe() + "|dictionaries=" + dictionaries;
    this.version = RELEASE + "+" + shortHash(described);
  }

  /**
   * The standard layer: CoreNLP with its default options (loads the models: seconds, ~2 GB) and the
   * event coder with the project's own dictionaries.
   */
  public static LanguageLayer standard() {
    return standard(CoderDictionaries.builtIn());
  }

  /**
   * CoreNLP with its default options and the event coder with {@code dictionaries}; its version
   * differs with the user dictionaries' content, so a store is coded again when they change.
   */
  public static LanguageLayer standard(CoderDictionaries dictionaries) {
    return withEngine(new CoreNlpEngine(CoreNlpOptions.DEFAULTS), dictionaries);
  }

  /** The standard extractors on top of {@code engine}, with the project's own dictionaries. */
  public static LanguageLayer withEngine(NlpEngine engine) {
    return withEngine(engine, CoderDictionaries.builtIn());
  }

  /** The standard extractors on top of {@code engine}, coding with {@code dictionaries}. */
  public static LanguageLayer withEngine(NlpEngine engine, CoderDictionaries dictionaries) {
    return new LanguageLayer(
        engine,
        new TimeTagger(),
        new ArticleEntities(),
        new QuoteExtractor(),
        dictionaries.coder(),
        dictionaries.dictionaries().discards(),
        dictionaries.fingerprint());
  }

  /** The version its extractions carry: the release and the engine's configuration. */
  public String version() {
    return version;
  }

  /** The engine, for reports. */
  public NlpEngine engine() {
    return engine;
  }

  /** An extraction with the annotation it was made from. */
  public record Annotated(Annotation annotation, Extraction extraction) {}

  @Override
  public Extraction apply(Article article) {
    return annotate(article).extraction();
  }

  /** {@link #apply} that also gives the engine's annotation (for benchmarks and debugging). */
  public Annotated annotate(Article article) {
    if (!article.processable() || article.body().isBlank()) {
      return new Annotated(
          new Annotation(article.id(), List.of(), List.of()),
          new Extraction(article.id(), version, List.of(), List.of(), List.of()));
    }
    Annotation annotation = engine.apply(article);
    List<TimeExpression> t = times.tag(article.body(), article.published());
    List<ArticleEntity> e = entities.group(article, annotation);
    List<Quote> q = quotes.extract(article, annotation, e);
    Extraction x = new Extraction(article.id(), version, t, e, q);
    return new Annotated(
        annotation, x.withEvents(kept(article, annotation, events.code(article, annotation, x))));
  }

  /**
   * The events not stopped by a discard phrase: a story-level phrase anywhere in the body stops
   * all, a sentence-level one the events of its sentence (as TABARI and PETRARCH discard).
   */
  private List<Event> kept(Article article, Annotation annotation, List<Event> coded) {
    if (coded.isEmpty() || discards.all().isEmpty()) {
      return coded;
    }
    if (!discards.storyLevel().isEmpty()
        && Discards.of(discards.storyLevel()).find(Phrases.tokenize(article.body())).isPresent()) {
      return List.of();
    }
    Map<Integer, Boolean> discarded = new HashMap<>();
    for (Sentence s : annotation.sentences()) {
      discarded.put(
          s.index(), discards.find(Phrases.tokenize(s.span().of(article.body()))).isPresent());
    }
    List<Event> out = new ArrayList<>();
    for (Event e : coded) {
      if (!discarded.getOrDefault(e.sentence(), false)) {
        out.add(e);
      }
    }
    return out;
  }

  @Override
  public void close() {
    engine.close();
  }

  private static String shortHash(String s) {
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(d).substring(0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every Java runtime", e);
    }
  }
}
