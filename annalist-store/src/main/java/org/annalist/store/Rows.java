package org.annalist.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Rows bound for one table, inserted with multi-row {@code INSERT} statements. Not thread-safe. */
final class Rows {
  /** Most parameters bound by one statement. */
  private static final int MAX_PARAMETERS = 2000;

  private final String table;
  private final List<String> columns;
  private final List<Object[]> rows = new ArrayList<>();

  Rows(String table, String... columns) {
    this.table = table;
    this.columns = List.of(columns);
  }

  /**
   * Adds one row; values in column order, each a String, Number, LocalDate, LocalDateTime or null.
   */
  void add(Object... values) {
    if (values.length != columns.size()) {
      throw new IllegalArgumentException(
          table + " has " + columns.size() + " columns, got " + values.length + " values");
    }
    rows.add(values);
  }

  /** Inserts all rows added so far. */
  void insert(Connection c) throws SQLException {
    int perStatement = Math.max(1, MAX_PARAMETERS / columns.size());
    for (int from = 0; from < rows.size(); from += perStatement) {
      List<Object[]> chunk = rows.subList(from, Math.min(rows.size(), from + perStatement));
      try (PreparedStatement ps = c.prepareStatement(sql(chunk.size()))) {
        int i = 1;
        for (Object[] row : chunk) {
          for (Object v : row) {
            ps.setObject(i++, v);
          }
        }
        ps.executeUpdate();
      }
    }
  }

  private String sql(int n) {
    String one = "(" + "?, ".repeat(columns.size() - 1) + "?)";
    StringBuilder sb =
        new StringBuilder("INSERT INTO ")
            .append(table)
            .append(" (")
            .append(String.join(", ", columns))
            .append(") VALUES ");
    for (int i = 0; i < n; i++) {
      sb.append(i == 0 ? "" : ", ").append(one);
    }
    return sb.toString();
  }

  /** {@code (?, ?, ...)} with n placeholders, for {@code IN} lists. */
  static String placeholders(int n) {
    return "(" + "?, ".repeat(Math.max(0, n - 1)) + "?)";
  }
}
