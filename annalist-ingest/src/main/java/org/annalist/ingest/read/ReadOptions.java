package org.annalist.ingest.read;

import java.nio.charset.Charset;
import java.util.Objects;

/**
 * Typed settings of the readers; invalid values fail at construction.
 *
 * @param maxDocumentBytes the largest single document read, in bytes after gzip decompression: a
 *     whole text or HTML file, one JSON Lines line, one WARC record payload. Container files (JSON
 *     Lines, WARC) are streamed and may be larger in total. Between 1 and {@value #MAX_LIMIT}.
 * @param fallbackCharset the charset of text that is not valid UTF-8 and declares none
 *     (windows-1252 by default, a superset of Latin-1)
 */
public record ReadOptions(long maxDocumentBytes, Charset fallbackCharset) {
  /** The default size limit: 64 MiB. */
  public static final long DEFAULT_MAX_DOCUMENT_BYTES = 64L * 1024 * 1024;

  /** The largest allowed size limit (Java arrays hold at most about 2 GiB). */
  public static final long MAX_LIMIT = Integer.MAX_VALUE - 64;

  /** 64 MiB documents, windows-1252 fallback. */
  public static final ReadOptions DEFAULTS =
      new ReadOptions(DEFAULT_MAX_DOCUMENT_BYTES, Charset.forName("windows-1252"));

  public ReadOptions {
    Objects.requireNonNull(fallbackCharset, "fallbackCharset");
    if (maxDocumentBytes < 1 || maxDocumentBytes > MAX_LIMIT) {
      throw new IllegalArgumentException(
          "maxDocumentBytes must be between 1 and " + MAX_LIMIT + ", got " + maxDocumentBytes);
    }
  }

  /** These options with another size limit. */
  public ReadOptions withMaxDocumentBytes(long bytes) {
    return new ReadOptions(bytes, fallbackCharset);
  }

  /** These options with another fallback charset. */
  public ReadOptions withFallbackCharset(Charset charset) {
    return new ReadOptions(maxDocumentBytes, charset);
  }
}
