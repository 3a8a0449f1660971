package org.annalist.nlp;

/** Thrown when CoreNLP cannot load a model (missing models jar, unreadable or corrupt file). */
public final class ModelLoadException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** An exception that says what was being loaded, with CoreNLP's error as the cause. */
  public ModelLoadException(String message, Throwable cause) {
    super(message, cause);
  }
}
