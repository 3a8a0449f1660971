package org.annalist.server.search;

import java.util.List;
import java.util.Objects;

/**
 * One search hit.
 *
 * @param type {@code article}, {@code quote} or {@code event}
 * @param id the article id, the quote's id ({@code ARTICLE:qN}, N its index in the article) or the
 *     event id
 * @param article the id of the article it is in
 * @param score Lucene's relevance score
 * @param snippet a piece of the matched text (the article's title and body, the quote, the event's
 *     evidence sentence)
 * @param highlights where query terms match, as offsets into {@code snippet}, in order
 * @param start offset of the matched unit in the article's body (0 for an article)
 * @param end end offset of the matched unit in the article's body (the body's length for an
 *     article)
 */
public record SearchHit(
    String type,
    String id,
    String article,
    float score,
    String snippet,
    List<Highlight> highlights,
    int start,
    int end) {
  public SearchHit {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(article, "article");
    Objects.requireNonNull(snippet, "snippet");
    highlights = List.copyOf(highlights);
  }

  /** A half-open range of characters in a snippet. */
  public record Highlight(int start, int end) {}
}
