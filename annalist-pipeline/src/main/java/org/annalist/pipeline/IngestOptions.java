package org.annalist.pipeline;

/**
 * Settings of an {@link IngestJob}.
 *
 * @param batchSize articles per store transaction (a crash loses at most the batch in flight)
 * @param threads threads that clean documents in parallel
 */
public record IngestOptions(int batchSize, int threads) {
  /** 200 articles a batch, one cleaning thread per available processor. */
  public static final IngestOptions DEFAULTS =
      new IngestOptions(200, Runtime.getRuntime().availableProcessors());

  public IngestOptions {
    if (batchSize < 1) {
      throw new IllegalArgumentException("batchSize must be at least 1, got " + batchSize);
    }
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1, got " + threads);
    }
  }
}
