package org.annalist.model;

/**
 * A half-open range {@code [start, end)} of character offsets into a text.
 *
 * <p>Immutable and validated: {@code 0 <= start <= end}, otherwise the constructor throws with the
 * values in the message.
 */
public record Span(int start, int end) {
  public Span {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("invalid span: start=" + start + ", end=" + end);
    }
  }

  /** Number of characters covered. */
  public int length() {
    return end - start;
  }

  /** The covered characters of {@code text}. */
  public String of(CharSequence text) {
    if (end > text.length()) {
      throw new IllegalArgumentException(
          "span " + this + " lies outside a text of length " + text.length());
    }
    return text.subSequence(start, end).toString();
  }
}
