package org.annalist.link.event;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/** Place names compared as words, accents and case folded ("Doha, Qatar" agrees with "Doha"). */
public final class Places {
  private Places() {}

  /** A place's words, accents and case folded; null for null or a place without letters/digits. */
  public static List<String> words(String place) {
    if (place == null) {
      return null;
    }
    String folded =
        Normalizer.normalize(place, Normalizer.Form.NFKD)
            .replaceAll("\\p{M}+", "")
            .toLowerCase(Locale.ROOT);
    List<String> words =
        Arrays.stream(folded.split("[^\\p{L}\\p{N}]+")).filter(w -> !w.isEmpty()).toList();
    return words.isEmpty() ? null : words;
  }

  /**
   * Whether two places (as {@link #words}) may be the same: either is unknown (null), or one's
   * words hold the other's as a run.
   */
  public static boolean agree(List<String> a, List<String> b) {
    if (a == null || b == null) {
      return true;
    }
    return Collections.indexOfSubList(a, b) >= 0 || Collections.indexOfSubList(b, a) >= 0;
  }
}
