package org.annalist.model;

import java.util.Objects;

/**
 * A time expression with its TIMEX3-style normalised value.
 *
 * <p>A range ("Tuesday to Friday", "from 2019 to 2021") is given, as TimeML does, as one expression
 * per endpoint; the start carries the end's value in {@link #range()}.
 *
 * @param span characters in the text it was found in ({@link Article#body()} for articles)
 * @param text the expression as written
 * @param type DATE, TIME, DURATION or SET
 * @param value the TIMEX3 value: {@code 2021-01-04}, {@code 2020-11}, {@code 2021-W02}, {@code
 *     P3D}, {@code XXXX-XX-XX}, {@code PRESENT_REF}, {@code 2021-08-26TEV}...; for a relative
 *     expression that could not be anchored (no publication date), the value holds {@code X} digits
 * @param anchoring whether the value is absolute, resolved against the reference date, or left
 *     unresolved
 * @param mod the TIMEX3 {@code mod} ({@code START}, {@code MID}, {@code END}, {@code APPROX},
 *     {@code LESS_THAN}, {@code MORE_THAN}...), or null
 * @param range for the start of a range ("Tuesday" in "Tuesday to Friday"): the TIMEX3 value of its
 *     end, else null
 */
public record TimeExpression(
    Span span,
    String text,
    TimexType type,
    String value,
    TimexAnchoring anchoring,
    String mod,
    String range) {
  public TimeExpression {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(anchoring, "anchoring");
  }
}
