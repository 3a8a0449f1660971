package org.annalist.extract.actor;

import java.util.Objects;

/**
 * A verb or pattern code as written in a verbs file: {@code [064]}, {@code [032:033]} (the second
 * code is for the reverse direction, target to source), {@code [---]} (no event). Codes are kept as
 * written, even when they are not CAMEO codes ({@code [174K]}, {@code [abc]} in test files).
 *
 * @param code the code, "---" for none
 * @param reverse the code for the reverse direction, or null
 */
public record VerbCode(String code, String reverse) {
  /** The null code: the verb or pattern yields no event. */
  public static final VerbCode NONE = new VerbCode("---", null);

  public VerbCode {
    Objects.requireNonNull(code, "code");
  }

  /** Reads "064", "032:033" or "---" (no brackets). */
  public static VerbCode parse(String text) {
    String t = text.trim();
    int colon = t.indexOf(':');
    if (colon < 0) {
      return new VerbCode(t, null);
    }
    return new VerbCode(t.substring(0, colon).trim(), t.substring(colon + 1).trim());
  }

  /** Whether this is the null code. */
  public boolean isNone() {
    return "---".equals(code);
  }

  @Override
  public String toString() {
    return reverse == null ? code : code + ":" + reverse;
  }
}
