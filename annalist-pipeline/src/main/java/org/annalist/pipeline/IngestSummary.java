package org.annalist.pipeline;

import java.time.Duration;
import java.util.List;
import org.annalist.model.Failure;

/**
 * What an ingest run did.
 *
 * @param run the run's id in the store
 * @param files files visited
 * @param documents documents read
 * @param added new articles stored
 * @param originAdded articles already stored that gained an origin (the same text from elsewhere)
 * @param unchanged articles already stored with this origin (re-ingested)
 * @param skippedRecords container records skipped on purpose (e.g. non-HTML WARC records)
 * @param failures everything that could not be read or cleaned, with location and reason
 * @param elapsed wall time of the run
 */
public record IngestSummary(
    long run,
    long files,
    long documents,
    long added,
    long originAdded,
    long unchanged,
    long skippedRecords,
    List<Failure> failures,
    Duration elapsed) {
  public IngestSummary {
    failures = List.copyOf(failures);
  }

  /** Articles that were already in the store (with or without this origin). */
  public long alreadyPresent() {
    return originAdded + unchanged;
  }
}
