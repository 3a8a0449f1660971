package org.annalist.extract.quote;

import org.annalist.model.Span;

/**
 * A stretch of text between quotation marks, as {@link QuoteMarks} pairs them.
 *
 * @param content the quoted words, without the marks
 * @param open where the opening mark is, or -1 when it is missing and the start was recovered
 * @param close where the closing mark is, or -1 when the quote runs to its paragraph's end unclosed
 * @param single true for single marks (‘ ’ or ') used as quotation marks
 * @param paragraphs how many paragraphs the quote runs over (2 or more when a paragraph opens a
 *     quote without closing it and the next one continues it with an opening mark)
 */
public record MarkedSpan(Span content, int open, int close, boolean single, int paragraphs) {
  /** True when the opening mark was missing and the start was recovered from the text. */
  public boolean recoveredOpening() {
    return open < 0;
  }
}
