package org.annalist.eval;

import org.annalist.model.Span;

/**
 * One disagreement between gold and system, for inspection.
 *
 * @param document the document id
 * @param kind what went wrong
 * @param goldSpan the gold span, or null for {@link Kind#SPURIOUS}
 * @param goldText the gold text, or null
 * @param goldType the gold type, or null
 * @param goldValue the gold value, or null
 * @param systemSpan the system span, or null for {@link Kind#MISSED}
 * @param systemText the system text, or null
 * @param systemType the system type, or null
 * @param systemValue the system value, or null
 * @param context the sentence-ish stretch of text around the expression
 */
public record TimexMismatch(
    String document,
    Kind kind,
    Span goldSpan,
    String goldText,
    String goldType,
    String goldValue,
    Span systemSpan,
    String systemText,
    String systemType,
    String systemValue,
    String context) {

  /** Kinds of disagreement; a pair wrong in both value and type is a VALUE mismatch. */
  public enum Kind {
    /** A gold expression no system expression overlaps. */
    MISSED,
    /** A system expression no gold expression overlaps. */
    SPURIOUS,
    /** Overlapping spans, different values. */
    VALUE,
    /** Overlapping spans and equal values, different types. */
    TYPE,
    /** Equal value and type, spans overlap but differ. */
    SPAN
  }
}
