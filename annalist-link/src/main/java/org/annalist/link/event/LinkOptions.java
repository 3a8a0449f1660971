package org.annalist.link.event;

/**
 * Settings of event linking and story building, validated on construction ({@link
 * IllegalArgumentException}).
 *
 * @param dayTolerance two day-precise dates this many days apart (or less) may be one happening (>=
 *     0; default 1: reports a day apart, time zones, "overnight")
 * @param publicationLookback a date taken from the publication day (no date in the clause) covers
 *     this many days before it and the day itself (>= 0; default 2)
 * @param storyGapDays a story goes on while its next event comes at most this many days after its
 *     last (>= 1; default 120)
 * @param minStoryEvents linked events a story needs to be reported (>= 1; default 2)
 */
public record LinkOptions(
    int dayTolerance, int publicationLookback, int storyGapDays, int minStoryEvents) {
  /** The defaults. */
  public static final LinkOptions DEFAULTS = new LinkOptions(1, 2, 120, 2);

  public LinkOptions {
    if (dayTolerance < 0 || dayTolerance > 31) {
      throw new IllegalArgumentException("dayTolerance must be 0..31: " + dayTolerance);
    }
    if (publicationLookback < 0 || publicationLookback > 31) {
      throw new IllegalArgumentException(
          "publicationLookback must be 0..31: " + publicationLookback);
    }
    if (storyGapDays < 1) {
      throw new IllegalArgumentException("storyGapDays must be >= 1: " + storyGapDays);
    }
    if (minStoryEvents < 1) {
      throw new IllegalArgumentException("minStoryEvents must be >= 1: " + minStoryEvents);
    }
  }
}
