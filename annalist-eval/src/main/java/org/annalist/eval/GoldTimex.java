package org.annalist.eval;

import java.util.Objects;
import org.annalist.model.Span;

/**
 * A gold TIMEX3 element.
 *
 * @param span its characters in {@link TimeMlDocument#text()}
 * @param text the characters
 * @param type the {@code type} attribute (DATE, TIME, DURATION, SET)
 * @param value the {@code value} attribute ("" when missing)
 * @param mod the {@code mod} attribute, or null
 */
public record GoldTimex(Span span, String text, String type, String value, String mod) {
  public GoldTimex {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(value, "value");
  }
}
