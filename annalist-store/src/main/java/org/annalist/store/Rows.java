package org.annalist.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Rows bound for one table, inserted by one statement that binds one array per column ({@code
 * INSERT ... SELECT unnest(?::T[]), ...}): a single round trip however many rows. Not thread-safe.
 */
final class Rows {
  private final String table;
  private final List<String> names = new ArrayList<>();
  private final List<String> types = new ArrayList<>();
  private final List<Object[]> rows = new ArrayList<>();

  /**
   * @param table the table name
   * @param columns each {@code "name TYPE"}, TYPE a DuckDB type name such as {@code VARCHAR}
   */
  Rows(String table, String... columns) {
    this.table = table;
    for (String column : columns) {
      String[] parts = column.split(" ", 2);
      names.add(parts[0]);
      types.add(parts[1]);
    }
  }

  /**
   * Adds one row; values in column order, each a String, Number, LocalDate, LocalDateTime or null.
   */
  void add(Object... values) {
    if (values.length != names.size()) {
      throw new IllegalArgumentException(
          table + " has " + names.size() + " columns, got " + values.length + " values");
    }
    rows.add(values);
  }

  /** Inserts all rows added so far. */
  void insert(Connection c) throws SQLException {
    if (rows.isEmpty()) {
      return;
    }
    StringBuilder sql =
        new StringBuilder("INSERT INTO ")
            .append(table)
            .append(" (")
            .append(String.join(", ", names))
            .append(") SELECT ");
    for (int col = 0; col < names.size(); col++) {
      sql.append(col == 0 ? "" : ", ").append("unnest(?::").append(types.get(col)).append("[])");
    }
    try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
      for (int col = 0; col < names.size(); col++) {
        Object[] values = new Object[rows.size()];
        for (int r = 0; r < rows.size(); r++) {
          values[r] = rows.get(r)[col];
        }
        ps.setObject(col + 1, c.createArrayOf(types.get(col), values));
      }
      ps.executeUpdate();
    }
  }

  /** Binds a list of ids as one {@code VARCHAR[]} parameter. */
  static void bindIds(Connection c, PreparedStatement ps, int index, List<String> ids)
      throws SQLException {
    ps.setObject(index, c.createArrayOf("VARCHAR", ids.toArray()));
  }
}
