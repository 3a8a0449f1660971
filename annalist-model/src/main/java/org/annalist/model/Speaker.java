package org.annalist.model;

import java.util.Objects;

/**
 * Who a quote is attributed to.
 *
 * @param name the speaker's name as resolved (the entity's name when a pronoun or role noun was
 *     resolved), or the organisation behind a statement
 * @param span where the attribution is written (the name, pronoun or role noun) in {@link
 *     Article#body()}
 * @param entity the {@link ArticleEntity#key()} it resolves to, or null
 */
public record Speaker(String name, Span span, String entity) {
  public Speaker {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(span, "span");
  }
}
