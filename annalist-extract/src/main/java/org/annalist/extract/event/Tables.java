package org.annalist.extract.event;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads the tab-separated tables of this package: {@code #} comments, blank lines skipped. */
final class Tables {
  private Tables() {}

  /** One data row: its 1-based line number and cells. */
  record Row(int line, String[] cells) {}

  static List<Row> read(Reader in, String source, int columns) {
    List<Row> rows = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(in)) {
      String line;
      int n = 0;
      while ((line = r.readLine()) != null) {
        n++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] cells = line.split("\t", -1);
        if (cells.length != columns) {
          throw new CodebookFormatException(
              source, n, "expected " + columns + " tab-separated cells, found " + cells.length);
        }
        for (int i = 0; i < cells.length; i++) {
          cells[i] = cells[i].strip();
        }
        rows.add(new Row(n, cells));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + source, e);
    }
    return rows;
  }

  static Reader resource(String name) {
    InputStream in = Tables.class.getResourceAsStream(name);
    if (in == null) {
      throw new IllegalStateException("resource missing from the jar: " + name);
    }
    return new InputStreamReader(in, StandardCharsets.UTF_8);
  }
}
