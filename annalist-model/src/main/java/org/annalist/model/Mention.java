package org.annalist.model;

import java.util.Objects;

/**
 * A mention of a named thing in an article's body.
 *
 * @param span characters in {@link Article#body()}
 * @param text the mention as written
 * @param type what kind of thing it names
 * @param sentence index of its sentence
 */
public record Mention(Span span, String text, EntityType type, int sentence) {
  public Mention {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(type, "type");
  }
}
