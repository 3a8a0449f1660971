package org.annalist.eval.cluster;

import java.util.Locale;

/** What a gold line states about its articles. */
public enum GoldKind {
  /** Must-link: all these articles report the same happening. */
  SAME_HAPPENING("same-happening"),
  /** Must-link: all these articles are copies of one text (wire copies, re-posts). */
  COPIES("copies"),
  /** Cannot-link: these two articles report different happenings. */
  DISTINCT("distinct");

  private final String label;

  GoldKind(String label) {
    this.label = label;
  }

  /** The label used in gold files ({@code same-happening}, {@code copies}, {@code distinct}). */
  public String label() {
    return label;
  }

  /**
   * The kind with this label.
   *
   * @throws IllegalArgumentException for an unknown label (the message lists the known ones)
   */
  public static GoldKind of(String label) {
    for (GoldKind k : values()) {
      if (k.label.equals(label.toLowerCase(Locale.ROOT))) {
        return k;
      }
    }
    throw new IllegalArgumentException(
        "unknown gold kind '" + label + "': expected same-happening, copies or distinct");
  }
}
