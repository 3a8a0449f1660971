package org.annalist.ingest.read;

import java.util.Objects;

/**
 * Bytes that {@link TextDecoder} refuses to treat as text; the caller adds where they came from.
 */
public final class NotTextException extends Exception {
  /** Why the bytes are not text. */
  public enum Kind {
    /** Nothing, or only whitespace. */
    EMPTY,
    /** NUL bytes or many control characters near the start. */
    BINARY
  }

  private final Kind kind;

  /** An exception of this kind. */
  public NotTextException(Kind kind) {
    super(Objects.requireNonNull(kind, "kind") == Kind.EMPTY ? "empty" : "binary (not text)");
    this.kind = kind;
  }

  /** Why the bytes are not text. */
  public Kind kind() {
    return kind;
  }

  /** The reason for a whole file: {@code empty file} or {@code binary file (not text)}. */
  public String fileReason() {
    return kind == Kind.EMPTY ? "empty file" : "binary file (not text)";
  }
}
