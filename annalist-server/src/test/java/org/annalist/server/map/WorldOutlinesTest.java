package org.annalist.server.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.annalist.extract.place.Gazetteer;
import org.annalist.extract.place.Place;
import org.junit.jupiter.api.Test;

class WorldOutlinesTest {
  private static final WorldOutlines WORLD = WorldOutlines.load();

  @Test
  void thePackagedWorldHasTheCountriesByIso3() {
    Set<String> ids = new HashSet<>();
    for (WorldOutlines.Outline o : WORLD.outlines()) {
      if (o.id() != null) {
        assertTrue(ids.add(o.id()), "one outline per id: " + o.id());
        assertTrue(o.path().startsWith("M") && o.path().endsWith("Z"), o.id());
      }
    }
    assertTrue(ids.size() >= 170, "countries: " + ids.size());
    assertTrue(ids.containsAll(List.of("AFG", "COL", "ETH", "USA", "RUS", "XKX")), ids::toString);
    double[] afg = WORLD.outline("AFG").orElseThrow().bbox();
    // Afghanistan: about 60.5–75 E, 29.4–38.5 N
    assertEquals(240.5, afg[0], 1.0);
    assertEquals(255.0, afg[2], 1.0);
    assertEquals(90 - 38.5, afg[1], 1.0);
    assertEquals(90 - 29.4, afg[3], 1.0);
    assertEquals("Afghanistan", WORLD.outline("AFG").orElseThrow().name());
  }

  @Test
  void ringsAcrossTheAntimeridianDoNotSpanTheWorld() {
    for (String id : List.of("RUS", "FJI", "USA")) {
      String path = WORLD.outline(id).orElseThrow().path();
      for (String ring : path.split("Z")) {
        double min = Double.MAX_VALUE;
        double max = -Double.MAX_VALUE;
        for (String point : ring.substring(1).split("L")) {
          double x = Double.parseDouble(point.split(" ")[0]);
          min = Math.min(min, x);
          max = Math.max(max, x);
        }
        assertTrue(max - min < 180, id + " ring from x=" + min + " to " + max);
      }
    }
  }

  @Test
  void pointsFallInTheirCountries() {
    assertEquals("AFG", WORLD.countryAt(69.17, 34.53).orElseThrow());
    assertEquals("COL", WORLD.countryAt(-74.07, 4.71).orElseThrow());
    assertEquals("ETH", WORLD.countryAt(38.74, 9.03).orElseThrow());
    assertTrue(WORLD.countryAt(-30, 30).isEmpty(), "the Atlantic");
  }

  /**
   * A check on the gazetteer's figures: every place of a country the outlines have lies inside that
   * country's outline, or (coastal cities on coarse outlines) within half a degree of it.
   */
  @Test
  void everyGazetteerPointLiesInOrNextToItsCountry() {
    List<String> wrong = new ArrayList<>();
    for (Place p : Gazetteer.builtIn().value().places()) {
      var outline = WORLD.outline(p.country());
      if (outline.isEmpty()) {
        continue;
      }
      String at = WORLD.countryAt(p.lon(), p.lat()).orElse(null);
      if (p.country().equals(at)) {
        continue;
      }
      double[] b = outline.get().bbox();
      double x = WorldOutlines.x(p.lon());
      double y = WorldOutlines.y(p.lat());
      double d = 1.5;
      if (x < b[0] - d || x > b[2] + d || y < b[1] - d || y > b[3] + d) {
        wrong.add(p.name() + " " + p.country() + " at " + p.lat() + "," + p.lon() + " is in " + at);
      }
    }
    assertEquals(List.of(), wrong);
  }
}
