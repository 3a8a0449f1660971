package org.annalist.nlp;

/**
 * Thrown when {@link CoreNlpOptions} are invalid: an unknown property key, or options that clash.
 */
public final class NlpOptionsException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** An exception with a message that names the offending key or option. */
  public NlpOptionsException(String message) {
    super(message);
  }
}
