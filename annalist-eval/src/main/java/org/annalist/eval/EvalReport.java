package org.annalist.eval;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The result of scoring an extractor on a benchmark. Immutable.
 *
 * <p>{@link #precision()}, {@link #recall()} and {@link #f1()} are the benchmark's published
 * figures (the mean of per-page precision over pages with a prediction, the mean of per-page recall
 * over pages with a gold text, and their harmonic mean). The {@code pooled*} figures use the
 * per-page normalised counts summed over pages instead.
 *
 * @param pages number of pages scored
 * @param precision benchmark precision
 * @param recall benchmark recall
 * @param f1 benchmark F1
 * @param pooledPrecision TP / (TP + FP) over the summed normalised counts
 * @param pooledRecall TP / (TP + FN) over the summed normalised counts
 * @param pooledF1 harmonic mean of the pooled figures
 * @param perPage one score per page, in id order
 * @param extractionTime wall time spent inside the extractor, all pages together
 */
public record EvalReport(
    int pages,
    double precision,
    double recall,
    double f1,
    double pooledPrecision,
    double pooledRecall,
    double pooledF1,
    List<PageScore> perPage,
    Duration extractionTime) {
  public EvalReport {
    perPage = List.copyOf(perPage);
    Objects.requireNonNull(extractionTime, "extractionTime");
  }

  /** The {@code n} pages with the lowest F1, worst first. */
  public List<PageScore> worst(int n) {
    return perPage.stream()
        .sorted(Comparator.comparingDouble(PageScore::f1).thenComparing(PageScore::id))
        .limit(n)
        .toList();
  }

  /** Pages extracted per second of extractor time (0 when no time was measured). */
  public double pagesPerSecond() {
    double seconds = extractionTime.toNanos() / 1e9;
    return seconds == 0 ? 0 : pages / seconds;
  }
}
