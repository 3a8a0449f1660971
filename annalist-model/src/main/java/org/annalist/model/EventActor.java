package org.annalist.model;

import java.util.Objects;

/**
 * A participant in an {@link Event} (source, target) or the party asserting it, as coded.
 *
 * @param code the CAMEO actor code ({@code USAMIL}, {@code AFGGOV}, {@code TAL}: 3-letter blocks,
 *     country or group first, then sector agents; {@code ---GOV} for a sector without a country or
 *     group, as PETRARCH writes it), or null where no code could be given (only for the party
 *     asserting an event)
 * @param name the actor's name as resolved ("United States military", "Taliban")
 * @param entity the {@link ArticleEntity#key()} the mention resolves to, or null
 * @param text the mention as written in the body ("a spokesman for US forces")
 * @param span where {@code text} is written in {@link Article#body()}
 */
public record EventActor(String code, String name, String entity, String text, Span span) {
  public EventActor {
    if (code != null && !code.matches("(---|[A-Z0-9]{3})([A-Z0-9]{3})*")) {
      throw new IllegalArgumentException(
          "actor code must be blocks of 3 upper-case letters or digits, the first possibly '---': '"
              + code
              + "'");
    }
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(span, "span");
  }
}
