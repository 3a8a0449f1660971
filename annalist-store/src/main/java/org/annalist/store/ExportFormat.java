package org.annalist.store;

/**
 * File formats of {@link ArticleExporter}; documented field by field in {@code docs/formats.md}.
 */
public enum ExportFormat {
  /** One JSON object per line, {@code \n} after each; every field of the article. */
  JSONL,
  /** RFC 4180 comma-separated values with a header line; no removed spans or provenance. */
  CSV
}
