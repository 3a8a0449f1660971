package org.annalist.ingest.read;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/** The file formats the readers know, and how a file's format is recognised. */
public enum FileFormat {
  /** Plain text: {@code .txt}, {@code .text}. */
  TEXT,
  /** One HTML page: {@code .html}, {@code .htm}, {@code .xhtml}. */
  HTML,
  /** JSON Lines, one article per line: {@code .jsonl}, {@code .ndjson}. */
  JSON_LINES,
  /** Web archive: {@code .warc}. */
  WARC;

  /**
   * The format named by the file's extension (case-insensitive, a trailing {@code .gz} ignored), or
   * empty when the extension is unknown.
   */
  public static Optional<FileFormat> byName(Path file) {
    Path fileName = file.getFileName();
    if (fileName == null) {
      return Optional.empty();
    }
    String name = fileName.toString().toLowerCase(Locale.ROOT);
    if (name.endsWith(".gz")) {
      name = name.substring(0, name.length() - 3);
    }
    int dot = name.lastIndexOf('.');
    if (dot < 0) {
      return Optional.empty();
    }
    return switch (name.substring(dot + 1)) {
      case "txt", "text" -> Optional.of(TEXT);
      case "html", "htm", "xhtml" -> Optional.of(HTML);
      case "jsonl", "ndjson" -> Optional.of(JSON_LINES);
      case "warc" -> Optional.of(WARC);
      default -> Optional.empty();
    };
  }

  /**
   * The format that the first bytes of a file suggest: {@code WARC/} starts a WARC file; a doctype,
   * {@code <html>}, {@code <head>} or {@code <body>} (after an optional byte-order mark,
   * whitespace, XML declaration or comment) starts HTML; other bytes that do not {@linkplain
   * TextDecoder#looksBinary look binary} are text. Empty when binary.
   */
  public static Optional<FileFormat> bySniffing(byte[] head) {
    if (TextDecoder.looksBinary(head, head.length)) {
      return Optional.empty();
    }
    String start = new String(head, StandardCharsets.ISO_8859_1);
    if (start.startsWith("\u00EF\u00BB\u00BF")) {
      start = start.substring(3);
    }
    start = start.stripLeading().toLowerCase(Locale.ROOT);
    if (start.startsWith("warc/")) {
      return Optional.of(WARC);
    }
    if (start.startsWith("<!doctype html")
        || start.startsWith("<html")
        || start.startsWith("<head")
        || start.startsWith("<body")
        || ((start.startsWith("<?xml") || start.startsWith("<!--")) && start.contains("<html"))) {
      return Optional.of(HTML);
    }
    return Optional.of(TEXT);
  }
}
