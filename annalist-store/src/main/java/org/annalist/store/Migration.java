package org.annalist.store;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * One numbered step of the store's schema, applied once, in its own transaction.
 *
 * @param version its number; a store's migrations are numbered 1, 2, 3, ... without gaps
 * @param name a short description, e.g. {@code articles}
 * @param sql the statements, separated by a {@code ;} at the end of a line; lines starting with
 *     {@code --} are comments
 */
public record Migration(int version, String name, String sql) {
  public Migration {
    if (version < 1) {
      throw new IllegalArgumentException("migration version must be >= 1: " + version);
    }
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(sql, "sql");
  }

  /** The statements of {@link #sql()}, comments and blank lines dropped. */
  public List<String> statements() {
    StringBuilder kept = new StringBuilder();
    for (String line : sql.split("\n", -1)) {
      if (!line.strip().startsWith("--")) {
        kept.append(line).append('\n');
      }
    }
    return Arrays.stream(kept.toString().split(";\\s*\n"))
        .map(String::strip)
        .map(s -> s.endsWith(";") ? s.substring(0, s.length() - 1) : s)
        .filter(s -> !s.isEmpty())
        .toList();
  }

  @Override
  public String toString() {
    return "V" + version + "__" + name;
  }
}
