package org.annalist.ingest.read;

import java.nio.file.Path;

/**
 * Reads every document of one file, in order.
 *
 * <p>A bad record inside a multi-record file (a JSON Lines line that is not JSON, a WARC record
 * that cannot be decoded) goes to {@link DocumentSink#failure} and reading goes on. A file that
 * cannot be read at all throws {@link ReadException}; documents delivered before the problem was
 * found (e.g. the complete lines of a truncated {@code .jsonl.gz}) stay delivered.
 *
 * <p>Implementations are immutable and thread-safe: one instance may read many files at once.
 */
public interface DocumentReader {
  /**
   * Reads {@code file} and hands its documents and record-level failures to {@code sink}.
   *
   * @throws ReadException when the file cannot be read at all (missing, empty, binary, too large,
   *     truncated, corrupt); its message names the file and the reason
   */
  void read(Path file, DocumentSink sink) throws ReadException;
}
