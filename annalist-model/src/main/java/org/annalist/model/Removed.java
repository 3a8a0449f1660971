package org.annalist.model;

import java.util.Objects;

/**
 * A piece of the source text that the cleaner left out of the article body, and why.
 *
 * @param span offsets into the cleaner's source text: the document text for plain text, the page's
 *     rendered text for HTML
 * @param reason a short, stable label (e.g. {@code navigation}, {@code caption}, {@code
 *     related-links}, {@code publication-line}, {@code outside-main-content})
 * @param text the removed characters, so they can be shown without the source
 */
public record Removed(Span span, String reason, String text) {
  public Removed {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(text, "text");
  }
}
