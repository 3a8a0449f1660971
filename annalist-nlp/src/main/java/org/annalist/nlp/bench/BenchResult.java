package org.annalist.nlp.bench;

import java.time.Duration;
import java.util.Objects;

/**
 * What one benchmark run measured (warm-up excluded).
 *
 * @param name what was measured
 * @param threads worker threads
 * @param articles articles processed in the measured passes (articles times passes)
 * @param tokens tokens in those articles, as counted by the stage's own output
 * @param elapsed wall-clock time of the measured passes
 * @param peakHeapBytes sum of the heap pools' peak usage during the measured passes
 */
public record BenchResult(
    String name, int threads, int articles, long tokens, Duration elapsed, long peakHeapBytes) {
  public BenchResult {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(elapsed, "elapsed");
  }

  /** Articles per second, all threads together. */
  public double articlesPerSecond() {
    return articles / seconds();
  }

  /** Tokens per second, all threads together. */
  public double tokensPerSecond() {
    return tokens / seconds();
  }

  /** Tokens per second per thread. */
  public double tokensPerSecondPerThread() {
    return tokensPerSecond() / threads;
  }

  private double seconds() {
    return Math.max(elapsed.toNanos(), 1) / 1e9;
  }
}
