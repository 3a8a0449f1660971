package org.annalist.pipeline;

import org.annalist.model.Failure;

/**
 * Hears what an {@link IngestJob} does while it runs. Called on the job's calling thread. All
 * methods do nothing by default.
 */
public interface IngestListener {
  /** A listener that ignores everything. */
  IngestListener NONE = new IngestListener() {};

  /** Called after each batch is committed to the store. */
  default void progress(IngestProgress progress) {}

  /** Called for each input or record that could not be read or cleaned. */
  default void failure(Failure failure) {}
}
