package org.annalist.model;

import java.util.List;
import java.util.Objects;

/**
 * One document as read, decoded to text but not yet cleaned.
 *
 * @param origin where it came from
 * @param format plain text or HTML
 * @param text the decoded text (line breaks normalised to {@code \n}, no byte-order mark)
 * @param charset the character set it was decoded from (e.g. {@code UTF-8}, {@code windows-1252})
 * @param hints metadata stated by the container, never null
 * @param problems what the reader noticed but read through (e.g. invalid bytes replaced), never
 *     null
 */
public record RawDocument(
    Origin origin,
    SourceFormat format,
    String text,
    String charset,
    DocumentHints hints,
    List<String> problems) {
  public RawDocument {
    Objects.requireNonNull(origin, "origin");
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(text, "text");
    hints = hints == null ? DocumentHints.NONE : hints;
    problems = problems == null ? List.of() : List.copyOf(problems);
  }
}
