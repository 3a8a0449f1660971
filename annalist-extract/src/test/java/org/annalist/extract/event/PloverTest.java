package org.annalist.extract.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class PloverTest {
  private final Cameo cameo = Cameo.load();
  private final Plover plover = Plover.load();

  @Test
  void everyRootIsCovered() {
    for (CameoCode root : cameo.roots()) {
      boolean covered =
          cameo.codes().stream()
              .anyMatch(c -> c.root().equals(root.code()) && plover.of(c.code()).isPresent());
      assertTrue(covered, "no PLOVER type for any code of root " + root.code());
    }
  }

  @Test
  void everyNonRootCodeIsMappedExceptStatements() {
    Set<String> unmapped = Set.of("010", "011", "012", "013", "014", "017");
    for (CameoCode c : cameo.codes()) {
      if (c.isRoot()) {
        continue;
      }
      assertEquals(!unmapped.contains(c.code()), plover.of(c.code()).isPresent(), c.code());
    }
  }

  @Test
  void rowsAreKnownCodesAndAllSixteenTypesOccur() {
    List<PloverMapping> rows = plover.mappings();
    assertEquals(290, rows.size());
    for (PloverMapping m : rows) {
      assertTrue(cameo.isKnown(m.cameo()), m.cameo());
    }
    assertEquals(
        Set.copyOf(Plover.EVENT_TYPES),
        rows.stream().map(PloverMapping::eventType).collect(Collectors.toSet()));
  }

  @Test
  void pinnedRows() {
    PloverMapping accuse = plover.of("112").orElseThrow();
    assertEquals("ACCUSE", accuse.eventType());
    assertEquals("disapprove", accuse.mode());
    assertEquals(PloverMapping.Origin.TABLE, accuse.origin());
    assertEquals("visit", plover.of("042").orElseThrow().mode());
    assertEquals(List.of("crime", "corruption"), plover.of("1121").orElseThrow().context());
    assertEquals("REQUEST", plover.of("1041").orElseThrow().eventType());
    assertEquals(PloverMapping.Origin.NORMALISED, plover.of("1041").orElseThrow().origin());
    assertEquals("COERCE", plover.of("163").orElseThrow().eventType());
    assertEquals("ASSAULT", plover.of("195").orElseThrow().eventType());
    assertEquals("SUPPORT", plover.of("057").orElseThrow().eventType());
    assertTrue(plover.of("010").isEmpty());
  }

  @Test
  void fourDigitCodesWithoutARowFallBackToTheirParent() {
    assertEquals("COERCE", plover.of("1717").orElseThrow().eventType());
    assertTrue(plover.of("345").isEmpty());
    assertTrue(plover.of(null).isEmpty());
  }
}
