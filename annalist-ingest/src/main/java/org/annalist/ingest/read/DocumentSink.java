package org.annalist.ingest.read;

import org.annalist.model.Failure;
import org.annalist.model.RawDocument;

/**
 * Receives what a {@link DocumentReader} reads, in file order.
 *
 * <p>Called on the reading thread only; an implementation need not be thread-safe unless it is
 * shared by readers running on several threads.
 */
public interface DocumentSink {
  /** One document read. */
  void document(RawDocument doc);

  /** One thing that could not be read (a file, or one record inside a multi-record file). */
  void failure(Failure failure);

  /**
   * Records left out on purpose because they are not documents (e.g. the non-HTML records of a WARC
   * file). Called at most once per file, with the total; these are not failures. Ignored unless
   * overridden.
   *
   * @param location the file
   * @param count how many records were skipped (at least 1)
   * @param summary the same in words, e.g. {@code "skipped 3 non-HTML WARC records: 2 request, 1
   *     warcinfo"}
   */
  default void skipped(String location, int count, String summary) {}
}
