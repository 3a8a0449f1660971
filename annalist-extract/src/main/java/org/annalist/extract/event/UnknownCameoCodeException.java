package org.annalist.extract.event;

/** A string that is not a code of the CAMEO codebook in use, where a known code is required. */
public final class UnknownCameoCodeException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** For the offending string, quoted in the message. */
  public UnknownCameoCodeException(String code) {
    super("not a CAMEO event code of this codebook: '" + code + "'");
  }
}
