package org.annalist.cli;

import org.annalist.store.ExportFormat;

/** The formats of the table-like commands (timeline, dyad), named as users type them. */
enum TableFormat {
  jsonl(ExportFormat.JSONL),
  csv(ExportFormat.CSV);

  private final ExportFormat format;

  TableFormat(ExportFormat format) {
    this.format = format;
  }

  ExportFormat format() {
    return format;
  }
}
