package org.annalist.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class MigrationTest {
  @Test
  void statementsAreSplitAtLineEndSemicolonsWithoutComments() {
    Migration m =
        new Migration(
            3,
            "x",
            "-- leading comment; with a semicolon;\n"
                + "CREATE TABLE a (\n  x INTEGER -- inline\n);\n\n"
                + "CREATE TABLE b (y VARCHAR DEFAULT 'p;q');\n"
                + "INSERT INTO b VALUES ('z')");
    assertEquals(
        List.of(
            "CREATE TABLE a (\n  x INTEGER -- inline\n)",
            "CREATE TABLE b (y VARCHAR DEFAULT 'p;q')",
            "INSERT INTO b VALUES ('z')"),
        m.statements());
    assertEquals("V3__x", m.toString());
  }

  @Test
  void builtInMigrationsAreNumberedFromOne() {
    List<Migration> all = Migrations.builtIn();
    for (int i = 0; i < all.size(); i++) {
      assertEquals(i + 1, all.get(i).version());
    }
    assertEquals("articles", all.get(0).name());
  }

  @Test
  void aGapInTheNumbersIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> new Migration(0, "zero", ""));
    List<Migration> gap = List.of(new Migration(1, "a", "SELECT 1"), new Migration(3, "c", ""));
    assertThrows(IllegalArgumentException.class, () -> Migrations.apply(null, gap, null));
  }
}
