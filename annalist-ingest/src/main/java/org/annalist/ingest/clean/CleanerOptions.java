package org.annalist.ingest.clean;

/**
 * Thresholds of the block classifier (after jusText: Pomikálek, 2011). Lengths are in characters,
 * densities are the share of words that are function words of the text's language.
 *
 * @param shortLength below this a block is too short to judge on its own
 * @param longLength above this (with enough function words) a block is content by itself
 * @param stopwordsLow a block with a lower density is not prose
 * @param stopwordsHigh a long block with at least this density is content
 * @param headingDistance a short line at most this many characters before content is a heading
 */
public record CleanerOptions(
    int shortLength,
    int longLength,
    double stopwordsLow,
    double stopwordsHigh,
    int headingDistance) {
  /** The defaults, tuned on no single page: jusText's published values. */
  public static final CleanerOptions DEFAULTS = new CleanerOptions(70, 200, 0.30, 0.32, 200);

  public CleanerOptions {
    if (shortLength < 0 || longLength < shortLength) {
      throw new IllegalArgumentException(
          "need 0 <= shortLength <= longLength, got " + shortLength + ", " + longLength);
    }
    if (stopwordsLow < 0 || stopwordsHigh < stopwordsLow || stopwordsHigh > 1) {
      throw new IllegalArgumentException(
          "need 0 <= stopwordsLow <= stopwordsHigh <= 1, got "
              + stopwordsLow
              + ", "
              + stopwordsHigh);
    }
  }
}
