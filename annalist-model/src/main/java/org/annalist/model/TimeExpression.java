package org.annalist.model;

import java.util.Objects;

/**
 * A time expression with its TIMEX3-style normalised value.
 *
 * @param span characters in the text it was found in ({@link Article#body()} for articles)
 * @param text the expression as written
 * @param type DATE, TIME, DURATION or SET
 * @param value the TIMEX3 value: {@code 2021-01-04}, {@code 2020-11}, {@code 2021-W02}, {@code
 *     P3D}, {@code XXXX-XX-XX}, {@code PRESENT_REF}, {@code T14:00}...; for a relative expression
 *     that could not be anchored (no publication date), the value holds {@code X} digits
 * @param anchored true when a relative expression was resolved against a reference date; false for
 *     relative expressions left unresolved, and for absolute ones (which need no anchor)
 * @param range for "Tuesday to Friday": the end of the range as a TIMEX3 value, else null
 */
public record TimeExpression(
    Span span, String text, TimexType type, String value, boolean anchored, String range) {
  public TimeExpression {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(value, "value");
  }
}
