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
 */
public record Extraction(
    String articleId,
    String version,
    List<TimeExpression> times,
    List<ArticleEntity> entities,
    List<Quote> quotes) {
  public Extraction {
    Objects.requireNonNull(articleId, "articleId");
    Objects.requireNonNull(version, "version");
    times = List.copyOf(times);
    entities = List.copyOf(entities);
    quotes = List.copyOf(quotes);
  }
}
