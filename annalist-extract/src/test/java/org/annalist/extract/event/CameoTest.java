package org.annalist.extract.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class CameoTest {
  private final Cameo cameo = Cameo.load();

  @Test
  void twentyRootsInOrder() {
    List<CameoCode> roots = cameo.roots();
    assertEquals(20, roots.size());
    for (int i = 0; i < 20; i++) {
      assertEquals(String.format("%02d", i + 1), roots.get(i).code());
    }
  }

  @Test
  void counts() {
    List<CameoCode> all = cameo.codes();
    assertEquals(316, all.size());
    assertEquals(20, all.stream().filter(c -> c.code().length() == 2).count());
    assertEquals(149, all.stream().filter(c -> c.code().length() == 3).count());
    assertEquals(147, all.stream().filter(c -> c.code().length() == 4).count());
    assertEquals(5, all.stream().filter(CameoCode::inherited).count());
  }

  @Test
  void everyRootHasItsNotSpecifiedCodeAndEveryCodeANameAndParent() {
    for (CameoCode root : cameo.roots()) {
      assertTrue(cameo.isKnown(root.code() + "0"), "root " + root.code() + " has no X0 code");
    }
    for (CameoCode c : cameo.codes()) {
      assertFalse(c.name().isBlank(), c.code());
      if (c.code().length() == 4) {
        assertTrue(cameo.isKnown(c.code().substring(0, 3)), c.code());
      }
      assertTrue(cameo.isKnown(c.root()), c.code());
    }
  }

  @Test
  void goldsteinInRangeAndQuadConsistentWithRoot() {
    for (CameoCode c : cameo.codes()) {
      assertTrue(c.goldstein() >= -10 && c.goldstein() <= 10, c.code());
      int root = Integer.parseInt(c.root());
      int expected = root <= 5 ? 1 : root <= 8 ? 2 : root <= 13 ? 3 : 4;
      assertEquals(expected, c.quad(), c.code());
      assertEquals(expected, cameo.quad(c.code()), c.code());
    }
  }

  @Test
  void materialConflictIsNeverCooperative() {
    for (CameoCode c : cameo.codes()) {
      if (c.quad() == 4) {
        assertTrue(c.goldstein() < 0, c.code() + " " + c.goldstein());
      }
      if (c.quad() == 2) {
        assertTrue(c.goldstein() > 0, c.code() + " " + c.goldstein());
      }
    }
  }

  @Test
  void pinnedValues() {
    assertEquals(-2.0, cameo.goldstein("112"));
    assertEquals(10.0, cameo.goldstein("0874"));
    assertEquals(-10.0, cameo.goldstein("190"));
    assertEquals(8.0, cameo.goldstein("057"));
    assertEquals(1.9, cameo.goldstein("042"));
    assertEquals(-10.0, cameo.goldstein("1951"));
    assertTrue(cameo.code("1951").orElseThrow().inherited());
    assertEquals("Accuse, not specified below", cameo.name("112"));
    assertEquals("11", cameo.root("1121"));
    assertEquals(3, cameo.quad("112"));
    assertEquals(4, cameo.quad("195"));
  }

  @Test
  void unknownCodes() {
    assertTrue(cameo.code("345").isEmpty());
    assertTrue(cameo.code(null).isEmpty());
    assertFalse(cameo.isKnown("1010"));
    assertThrows(UnknownCameoCodeException.class, () -> cameo.goldstein("1717"));
    assertThrows(UnknownCameoCodeException.class, () -> cameo.name("999"));
    assertEquals(4, cameo.quad("1717"));
    assertThrows(IllegalArgumentException.class, () -> cameo.quad("345"));
    assertThrows(IllegalArgumentException.class, () -> cameo.root("1a"));
  }

  @Test
  void malformedTablesAreRejectedWithTheLine() {
    CodebookFormatException e =
        assertThrows(
            CodebookFormatException.class,
            () -> Cameo.read(new StringReader("# c\n01\t0.0\tG\tX\n012\t11\tG\tY\n"), "t.tsv"));
    assertTrue(e.getMessage().startsWith("t.tsv:3:"), e.getMessage());
    assertThrows(
        CodebookFormatException.class,
        () -> Cameo.read(new StringReader("011\t0.0\tG\tno root above\n"), "t.tsv"));
    assertThrows(
        CodebookFormatException.class,
        () -> Cameo.read(new StringReader("01\t0.0\tG\tA\n01\t0.0\tG\tB\n"), "t.tsv"));
  }
}
