package org.annalist.extract.actor;

import java.util.Objects;

/**
 * Something a dictionary reader could not take as written.
 *
 * @param source the file or resource name
 * @param line 1-based line number
 * @param kind whether the line was dropped or read with a lenient interpretation
 * @param message what was wrong and what was done about it
 * @param text the line as written (trimmed)
 */
public record LoadProblem(String source, int line, Kind kind, String message, String text) {
  /** What the reader did with the line. */
  public enum Kind {
    /** The line (or the part named in the message) contributes nothing. */
    SKIPPED,
    /** The line was read, with the interpretation the message states. */
    LENIENT
  }

  public LoadProblem {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(text, "text");
  }

  @Override
  public String toString() {
    return source + ":" + line + ": " + kind + ": " + message + " [" + text + "]";
  }
}
