package org.annalist.extract.event;

/** A codebook or mapping table that cannot be read: the source, line number and reason. */
public final class CodebookFormatException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** For line {@code line} (1-based) of {@code source}. */
  public CodebookFormatException(String source, int line, String reason) {
    super(source + ":" + line + ": " + reason);
  }
}
