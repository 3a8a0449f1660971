package org.annalist.pipeline;

import java.time.Duration;

/**
 * How far an ingest run has come.
 *
 * @param documents documents read so far
 * @param stored articles committed so far (new, new origin, or already present)
 * @param failures failures so far
 * @param bytesDone input bytes of the files started so far
 * @param bytesTotal input bytes of all files of the run
 * @param elapsed time since the run started
 */
public record IngestProgress(
    long documents, long stored, long failures, long bytesDone, long bytesTotal, Duration elapsed) {
  /** Documents per second so far. */
  public double documentsPerSecond() {
    double s = elapsed.toMillis() / 1000.0;
    return s <= 0 ? 0 : documents / s;
  }

  /** Estimated time left, from the share of input bytes done; null when not yet known. */
  public Duration remaining() {
    if (bytesDone <= 0 || bytesTotal <= 0 || bytesDone > bytesTotal) {
      return null;
    }
    double share = (double) bytesDone / bytesTotal;
    return Duration.ofMillis((long) (elapsed.toMillis() * (1 - share) / share));
  }
}
