package org.annalist.model;

import java.util.Objects;

/**
 * A title or role a text gives a person ("US Special Representative for Afghanistan
 * Reconciliation", "spokesman for US forces in Afghanistan", "Chief of the Army Staff").
 *
 * @param title the role as written, without the person's name
 * @param organization the organisation or country the role belongs to when the text says so
 *     ("Pakistan", "US forces in Afghanistan", "Taliban"), else null
 * @param span where the role is written in {@link Article#body()}
 */
public record Role(String title, String organization, Span span) {
  public Role {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(span, "span");
  }
}
