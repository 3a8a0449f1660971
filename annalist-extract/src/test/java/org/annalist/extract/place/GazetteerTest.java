package org.annalist.extract.place;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.annalist.extract.actor.LoadProblem;
import org.junit.jupiter.api.Test;

class GazetteerTest {
  @Test
  void readsNamesCountryAndPoint() {
    var g =
        Gazetteer.read(
            "t",
            new StringReader(
                "# comment\n\nAnnuminas; Annúminas   ARN  48.5  -2.25  # the old capital\n"
                    + "Washington, D.C.; Washington DC   USA   38.90  -77.04\n"));
    assertEquals(List.of(), g.problems());
    Place a = g.value().find("ANNUMINAS").orElseThrow();
    assertEquals("Annuminas", a.name());
    assertEquals(List.of("Annuminas", "Annúminas"), a.names());
    assertEquals("ARN", a.country());
    assertEquals(48.5, a.lat());
    assertEquals(-2.25, a.lon());
    assertEquals("Washington, D.C.", g.value().find("washington dc").orElseThrow().name());
    assertEquals(2, g.value().places().size());
  }

  @Test
  void badLinesAndTakenNamesAreProblemsNotFailures() {
    var g =
        Gazetteer.read(
            "t",
            new StringReader(
                "Ok   ARN 1 2\n"
                    + "Too few fields\n"
                    + "Lower   arn 1 2\n"
                    + "Far   ARN 91 2\n"
                    + "Words   ARN north 2\n"
                    + "OK; Other   GND 3 4\n"));
    List<LoadProblem> p = g.problems();
    assertEquals(5, p.size(), p::toString);
    assertEquals(List.of(2, 3, 4, 5, 6), p.stream().map(LoadProblem::line).toList());
    assertTrue(p.get(4).message().contains("already names Ok"), p.get(4)::toString);
    assertEquals("GND", g.value().find("other").orElseThrow().country());
    assertEquals("ARN", g.value().find("ok").orElseThrow().country());
  }

  @Test
  void theBuiltInGazetteerReadsCleanlyWithDistinctNames() {
    var g = Gazetteer.builtIn();
    assertEquals(List.of(), g.problems());
    assertTrue(g.value().places().size() > 350, "places: " + g.value().places().size());
    Set<String> countries = new HashSet<>();
    for (Place p : g.value().places()) {
      countries.add(p.country());
    }
    assertTrue(countries.size() > 190, "countries: " + countries.size());
  }

  @Test
  void keysFoldCaseAccentsAndPunctuation() {
    assertEquals("BOGOTA", Gazetteer.key(" Bogotá, "));
    assertEquals("GAZA STRIP", Gazetteer.key("the  Gaza\u00a0Strip"));
    assertEquals("NUKU'ALOFA", Gazetteer.key("Nuku\u02bbalofa"));
    assertEquals("WASHINGTON, D.C.", Gazetteer.key("Washington, D.C."));
  }
}
