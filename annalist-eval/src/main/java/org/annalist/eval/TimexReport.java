package org.annalist.eval;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * The result of scoring a time tagger on a TimeML corpus. Immutable.
 *
 * @param documents per-document scores, in file-name order
 * @param total the counts summed over documents (the TE3 figures are computed from these)
 * @param characters characters of text tagged
 * @param taggingTime wall time spent inside the tagger, all documents together
 */
public record TimexReport(
    List<TimexDocumentScore> documents, TimexCounts total, long characters, Duration taggingTime) {
  public TimexReport {
    documents = List.copyOf(documents);
    Objects.requireNonNull(total, "total");
    Objects.requireNonNull(taggingTime, "taggingTime");
  }

  /** Characters tagged per second of tagger time (one thread). */
  public double charactersPerSecond() {
    double s = taggingTime.toNanos() / 1e9;
    return s == 0 ? 0 : characters / s;
  }
}
