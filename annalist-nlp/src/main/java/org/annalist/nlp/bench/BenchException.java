package org.annalist.nlp.bench;

/** Thrown when the measured stage fails on an article, or the benchmark is interrupted. */
public final class BenchException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** An exception with what failed and why. */
  public BenchException(String message, Throwable cause) {
    super(message, cause);
  }
}
