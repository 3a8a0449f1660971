package org.annalist.ingest.html;

import java.util.List;
import java.util.Objects;
import org.annalist.model.Removed;

/**
 * What {@link HtmlExtractor} found in one HTML page. Immutable.
 *
 * @param text the whole visible page rendered as text blocks joined by {@code "\n\n"}; the spans of
 *     {@link #removed()} point into it
 * @param body the article body: its paragraphs, subheadings and list items joined by {@code
 *     "\n\n"}, in page order; empty when the page has no article
 * @param removed every rendered block of {@link #text()} that is not in the body, in page order
 * @param metadata what the page states about the article
 */
public record HtmlPage(String text, String body, List<Removed> removed, HtmlMetadata metadata) {
  public HtmlPage {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(body, "body");
    Objects.requireNonNull(metadata, "metadata");
    removed = List.copyOf(removed);
  }
}
