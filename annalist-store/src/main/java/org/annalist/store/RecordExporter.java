package org.annalist.store;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Writes records of one kind (times, quotes, entities) as JSON Lines or CSV, in the same
 * conventions as {@link ArticleExporter} (documented in {@code docs/formats.md}): JSONL writes each
 * record's map (nested lists and maps allowed, key order kept); CSV writes a header of the columns
 * and one RFC 4180 record per call, null as an empty cell. Not thread-safe.
 */
public final class RecordExporter {
  private final ExportFormat format;
  private final List<String> columns;
  private final Writer out;
  private final ObjectMapper json = new ObjectMapper();
  private long count;

  /**
   * @param format JSONL or CSV
   * @param columns the CSV columns (CSV rows must give one value per column); the header is written
   *     now for CSV
   * @param out where to write; flushed by {@link #finish()}, never closed
   */
  public RecordExporter(ExportFormat format, List<String> columns, Writer out) throws IOException {
    this.format = Objects.requireNonNull(format, "format");
    this.columns = List.copyOf(columns);
    this.out = Objects.requireNonNull(out, "out");
    json.getFactory().disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    if (format == ExportFormat.CSV) {
      ArticleExporter.writeCsvRecord(out, new ArrayList<>(this.columns));
    }
  }

  /**
   * Writes one record.
   *
   * @param record the JSONL object (used for JSONL)
   * @param row the CSV values, one per column, each a String, Number, Boolean or null (for CSV)
   */
  public void write(Map<String, ?> record, List<?> row) throws IOException {
    if (format == ExportFormat.JSONL) {
      out.write(json.writeValueAsString(record));
      out.write('\n');
    } else {
      if (row.size() != columns.size()) {
        throw new IllegalArgumentException(
            "CSV row has " + row.size() + " values for " + columns.size() + " columns");
      }
      List<String> cells = new ArrayList<>(row.size());
      for (Object v : row) {
        cells.add(v == null ? null : v.toString());
      }
      ArticleExporter.writeCsvRecord(out, cells);
    }
    count++;
  }

  /** Flushes the output; returns the number of records written. */
  public long finish() throws IOException {
    out.flush();
    return count;
  }
}
