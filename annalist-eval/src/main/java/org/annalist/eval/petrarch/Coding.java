package org.annalist.eval.petrarch;

import java.util.Objects;

/**
 * One coded event as PETRARCH's unit tests state it: source actor code, target actor code, CAMEO
 * event code.
 */
public record Coding(String source, String target, String code) {
  public Coding {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(code, "code");
  }

  /** The CAMEO root category: the first two digits of the code. */
  public String root() {
    return code.length() >= 2 ? code.substring(0, 2) : code;
  }
}
