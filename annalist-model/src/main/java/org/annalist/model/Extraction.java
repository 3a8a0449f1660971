package org.annalist.model;

import java.util.List;
import java.util.Objects;

/**
 * What the language layer extracted from one article: time expressions, entities, quotes. Every
 * offset points into the article's body.
 *
 * @param articleId the article's id
 * @param version the extraction pipeline's version; articles extracted by an older version are
 *     extracted again
 * @param times time expressions, in text order
 * @param entities the article's entities, in order of first mention
 * @param quotes quotes, in text order
 * @param events coded events, in text order
 */
public record Extraction(
    String articleId,
    String version,
    List<TimeExpression> times,
    List<ArticleEntity> entities,
    List<Quote> quotes,
    List<Event> events) {
  public Extraction {
    Objects.requireNonNull(articleId, "articleId");
    Objects.requireNonNull(version, "version");
    times = List.copyOf(times);
    entities = List.copyOf(entities);
    quotes = List.copyOf(quotes);
    events = List.copyOf(events);
  }

  /** An extraction without events (before, or without, the event coder). */
  public Extraction(
      String articleId,
      String version,
      List<TimeExpression> times,
      List<ArticleEntity> entities,
      List<Quote> quotes) {
    this(articleId, version, times, entities, quotes, List.of());
  }

  /** This extraction with {@code more} events (the coder runs on the rest of the extraction). */
  public Extraction withEvents(List<Event> more) {
    return new Extraction(articleId, version, times, entities, quotes, more);
  }
}
