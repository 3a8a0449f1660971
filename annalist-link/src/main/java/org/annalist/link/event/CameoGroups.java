package org.annalist.link.event;

import java.util.Map;
import java.util.Set;

/**
 * Which CAMEO codes may describe the same happening, and short labels for titles.
 *
 * <p>Codes are compatible when they share a root, or when their roots are in one of these
 * documented groups (codings of one happening that coders often split between neighbouring roots):
 * {@code 11}/{@code 12} (disapprove / reject: "criticised" vs "rejected"), {@code 18}/{@code 19}
 * (assault / fight: a bombing coded 183 by one and 190 by another). Roots {@code 04}, {@code 05},
 * {@code 06} (consult, diplomatic and material cooperation) are symmetric: "A met B" and "B met A",
 * "A hosted B" (043) and "B visited A" (042) are one happening, so their actors may be swapped.
 * Immutable.
 */
public final class CameoGroups {
  private static final Map<String, String> GROUP = Map.of("12", "11", "19", "18");
  private static final Set<String> SYMMETRIC = Set.of("04", "05", "06");

  private static final Map<String, String> ROOT_LABELS =
      Map.ofEntries(
          Map.entry("01", "statements"),
          Map.entry("02", "appeals"),
          Map.entry("03", "intent to cooperate"),
          Map.entry("04", "consultations"),
          Map.entry("05", "diplomatic cooperation"),
          Map.entry("06", "material cooperation"),
          Map.entry("07", "aid"),
          Map.entry("08", "concessions"),
          Map.entry("09", "investigations"),
          Map.entry("10", "demands"),
          Map.entry("11", "criticism"),
          Map.entry("12", "rejections"),
          Map.entry("13", "threats"),
          Map.entry("14", "protests"),
          Map.entry("15", "shows of force"),
          Map.entry("16", "reduced relations"),
          Map.entry("17", "coercion"),
          Map.entry("18", "assaults"),
          Map.entry("19", "fighting"),
          Map.entry("20", "mass violence"));

  private static final Map<String, String> CODE_LABELS =
      Map.ofEntries(
          Map.entry("036", "talks offered"),
          Map.entry("042", "visits"),
          Map.entry("043", "visits"),
          Map.entry("045", "mediation"),
          Map.entry("046", "negotiations"),
          Map.entry("057", "agreement"),
          Map.entry("061", "economic cooperation"),
          Map.entry("070", "aid"),
          Map.entry("073", "humanitarian aid"),
          Map.entry("081", "sanctions eased"),
          Map.entry("083", "political reform"),
          Map.entry("084", "return and release"),
          Map.entry("087", "de-escalation"),
          Map.entry("112", "accusations"),
          Map.entry("125", "negotiations rejected"),
          Map.entry("138", "threats of force"),
          Map.entry("141", "demonstrations"),
          Map.entry("163", "embargo"),
          Map.entry("173", "arrests"),
          Map.entry("180", "assaults"),
          Map.entry("183", "bombings"),
          Map.entry("190", "fighting"),
          Map.entry("193", "fighting"),
          Map.entry("195", "airstrikes"));

  private CameoGroups() {}

  /** The group a root belongs to (the smallest root of its group; most roots are their own). */
  public static String groupOf(String root) {
    return GROUP.getOrDefault(root, root);
  }

  /** Whether two codes (any length) may describe the same happening. */
  public static boolean compatible(String cameo1, String cameo2) {
    return groupOf(cameo1.substring(0, 2)).equals(groupOf(cameo2.substring(0, 2)));
  }

  /** Whether the root's codes are symmetric (actors may be swapped). */
  public static boolean symmetric(String root) {
    return SYMMETRIC.contains(root);
  }

  /**
   * A short plural label for a code, for titles ("negotiations", "airstrikes"): the label of its
   * 3-digit code when it has one, else of its root, else the code itself.
   */
  public static String label(String cameo) {
    if (cameo.length() >= 3) {
      String l = CODE_LABELS.get(cameo.substring(0, 3));
      if (l != null) {
        return l;
      }
    }
    return ROOT_LABELS.getOrDefault(cameo.substring(0, 2), cameo);
  }
}
