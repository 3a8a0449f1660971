/**
 * Readers: turn files into {@link org.annalist.model.RawDocument}s, with clear failures.
 *
 * <p>The front door is {@link org.annalist.ingest.read.Readers}: give it files and folders and a
 * {@link org.annalist.ingest.read.DocumentSink}; it picks a {@link
 * org.annalist.ingest.read.DocumentReader} per file (plain text, HTML, JSON Lines, WARC, each
 * optionally gzip-compressed), and reports every problem as a {@link org.annalist.model.Failure}
 * while the batch goes on. {@link org.annalist.ingest.read.TextDecoder} turns bytes into text
 * (byte-order marks, UTF-8 / Windows-1252 detection, declared charsets, line endings).
 */
package org.annalist.ingest.read;
