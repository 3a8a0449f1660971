package org.annalist.store;

import java.time.Instant;
import java.util.List;

/**
 * One recorded ingest run.
 *
 * @param id the run id given by {@link Store#beginRun}
 * @param inputs the inputs as given on the command line
 * @param startedAt when it began
 * @param finishedAt when it finished, or null when it never finished (still running or killed)
 * @param counts its totals, or null when it never finished
 * @param failures number of failures recorded for it
 */
public record Run(
    long id,
    List<String> inputs,
    Instant startedAt,
    Instant finishedAt,
    RunCounts counts,
    long failures) {
  public Run {
    inputs = List.copyOf(inputs);
  }
}
