package org.annalist.extract.event;

import java.util.Objects;

/**
 * One entry of the CAMEO event codebook.
 *
 * @param code 2 digits for a root category ({@code "11"}), 3 or 4 for a code ({@code "112"}, {@code
 *     "1121"})
 * @param name the codebook's name ("Accuse, not specified below")
 * @param goldstein the pinned Goldstein value, -10 to +10
 * @param inherited true where the pinned table has no value for this (newer) code and it takes its
 *     parent's
 */
public record CameoCode(String code, String name, double goldstein, boolean inherited) {
  public CameoCode {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(name, "name");
    if (!code.matches("[0-9]{2,4}")) {
      throw new IllegalArgumentException("CAMEO code must be 2-4 digits: '" + code + "'");
    }
    if (!(goldstein >= -10.0 && goldstein <= 10.0)) {
      throw new IllegalArgumentException(
          "goldstein of " + code + " outside [-10, 10]: " + goldstein);
    }
  }

  /** The root category: the first two digits. */
  public String root() {
    return code.substring(0, 2);
  }

  /** True for one of the 20 root categories. */
  public boolean isRoot() {
    return code.length() == 2;
  }

  /** The QuadClass (GDELT convention, from the root): see {@link Cameo#quad(String)}. */
  public int quad() {
    return Cameo.quadOfRoot(root());
  }
}
