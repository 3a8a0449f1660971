package org.annalist.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Brings a store's schema up to date: reads {@code schema_version}, applies each missing {@link
 * Migration} in its own transaction, and refuses stores whose version is newer than it knows.
 */
final class Migrations {
  /** Resource names of the built-in migrations, in order; version i is at index i - 1. */
  private static final List<String> BUILT_IN =
      List.of("V1__articles.sql", "V2__language_layer.sql", "V3__links.sql");

  private Migrations() {}

  /** The migrations this build knows, in version order. */
  static List<Migration> builtIn() {
    return BUILT_IN.stream().map(Migrations::load).toList();
  }

  private static Migration load(String resource) {
    var m = java.util.regex.Pattern.compile("V(\\d+)__(\\w+)\\.sql").matcher(resource);
    if (!m.matches()) {
      throw new IllegalStateException("bad migration resource name: " + resource);
    }
    try (InputStream in = Migrations.class.getResourceAsStream("migrations/" + resource)) {
      if (in == null) {
        throw new IllegalStateException("migration resource missing: " + resource);
      }
      String sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return new Migration(Integer.parseInt(m.group(1)), m.group(2), sql);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read migration " + resource, e);
    }
  }

  /**
   * Applies the missing migrations.
   *
   * @param c a connection in manual-commit mode
   * @return the schema version afterwards (the last migration's)
   * @throws StoreException when the store is newer than {@code migrations}, is not an Annalist
   *     store, or a migration fails (that migration is rolled back)
   */
  static int apply(Connection c, List<Migration> migrations, Path dir) {
    for (int i = 0; i < migrations.size(); i++) {
      if (migrations.get(i).version() != i + 1) {
        throw new IllegalArgumentException(
            "migrations must be numbered 1, 2, 3, ...; found " + migrations);
      }
    }
    int latest = migrations.size();
    int current;
    try {
      current = currentVersion(c, dir);
    } catch (SQLException e) {
      rollback(c);
      throw new StoreException(dir, "cannot read schema version: " + e.getMessage(), e);
    }
    if (current > latest) {
      throw new StoreException(
          dir,
          "schema version "
              + current
              + " is newer than this build of Annalist knows (up to "
              + latest
              + "); open it with a newer Annalist",
          null);
    }
    for (Migration m : migrations.subList(current, latest)) {
      try (Statement s = c.createStatement()) {
        for (String sql : m.statements()) {
          s.execute(sql);
        }
        try (PreparedStatement ps =
            c.prepareStatement("INSERT INTO schema_version VALUES (?, ?, ?)")) {
          ps.setInt(1, m.version());
          ps.setString(2, m.name());
          ps.setObject(3, LocalDateTime.now(ZoneOffset.UTC));
          ps.executeUpdate();
        }
        c.commit();
      } catch (SQLException e) {
        rollback(c);
        throw new StoreException(dir, "migration " + m + " failed: " + e.getMessage(), e);
      }
    }
    return latest;
  }

  /** The store's schema version, creating {@code schema_version} in a new, empty database. */
  static int currentVersion(Connection c, Path dir) throws SQLException {
    long tables;
    boolean hasVersionTable;
    try (Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT count(*), count(*) FILTER (WHERE table_name = 'schema_version')"
                    + " FROM information_schema.tables WHERE table_schema = 'main'")) {
      rs.next();
      tables = rs.getLong(1);
      hasVersionTable = rs.getLong(2) > 0;
    }
    if (!hasVersionTable) {
      if (tables > 0) {
        throw new StoreException(
            dir,
            "the database has tables but no schema_version; it is not an Annalist store",
            null);
      }
      try (Statement s = c.createStatement()) {
        s.execute(
            "CREATE TABLE schema_version (version INTEGER PRIMARY KEY, name VARCHAR NOT NULL,"
                + " applied_at TIMESTAMP NOT NULL)");
      }
      c.commit();
      return 0;
    }
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT coalesce(max(version), 0) FROM schema_version")) {
      rs.next();
      int v = rs.getInt(1);
      c.commit();
      return v;
    }
  }

  private static void rollback(Connection c) {
    try {
      c.rollback();
    } catch (SQLException ignored) {
      // the original error is the one to report
    }
  }
}
