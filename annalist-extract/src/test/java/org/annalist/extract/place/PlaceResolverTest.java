package org.annalist.extract.place;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.annalist.extract.actor.ActorEntry;
import org.annalist.extract.actor.Dictionaries;
import org.annalist.extract.actor.DictionaryReader;
import org.junit.jupiter.api.Test;

class PlaceResolverTest {
  private static final PlaceResolver STANDARD = PlaceResolver.standard();

  private static ResolvedPlace resolved(String place) {
    return STANDARD.resolve(place).orElseThrow(() -> new AssertionError("unresolved: " + place));
  }

  private static void assertPoint(String place, String name, String country) {
    ResolvedPlace r = resolved(place);
    assertEquals(country, r.country(), place);
    assertEquals(name, r.point() == null ? null : r.point().name(), place);
    assertEquals(ResolvedPlace.Basis.GAZETTEER, r.basis(), place);
  }

  private static void assertCountryOnly(String place, String country, ResolvedPlace.Basis basis) {
    ResolvedPlace r = resolved(place);
    assertEquals(country, r.country(), place);
    assertNull(r.point(), place);
    assertEquals(basis, r.basis(), place);
  }

  @Test
  void gazetteerNamesIgnoreCaseAccentsAndTypographicApostrophes() {
    assertPoint("Kabul", "Kabul", "AFG");
    assertPoint("KABUL", "Kabul", "AFG");
    assertPoint("Bogota", "Bogotá", "COL");
    assertPoint("BOGOTÁ", "Bogotá", "COL");
    assertPoint("MEDELLIN", "Medellín", "COL");
    assertPoint("Chisinau", "Chișinău", "MDA");
    assertPoint("N\u2019Djamena", "N'Djamena", "TCD");
    assertPoint("the Gaza Strip", "Gaza Strip", "PSE");
    assertPoint("  Addis   Ababa ", "Addis Ababa", "ETH");
  }

  @Test
  void aliasesGiveTheFirstNamesPoint() {
    ResolvedPlace kiev = resolved("Kiev");
    assertEquals("Kyiv", kiev.point().name());
    assertEquals(List.of("Kyiv", "Kiev"), kiev.point().names());
    assertEquals(50.45, kiev.point().lat(), 1e-9);
    assertEquals(30.52, kiev.point().lon(), 1e-9);
  }

  @Test
  void countryNamesAndAdjectivesGiveTheCountryWithoutAPoint() {
    assertCountryOnly("Afghanistan", "AFG", ResolvedPlace.Basis.COUNTRY);
    assertCountryOnly("the United States", "USA", ResolvedPlace.Basis.COUNTRY);
    assertCountryOnly("COLOMBIA", "COL", ResolvedPlace.Basis.COUNTRY);
    assertCountryOnly("Djibouti", "DJI", ResolvedPlace.Basis.COUNTRY);
  }

  @Test
  void aKindWordAfterANameIsDropped() {
    assertPoint("Helmand province", "Helmand", "AFG");
    assertPoint("Tigray region", "Tigray", "ETH");
    assertPoint("Borno State", "Borno", "NGA");
  }

  @Test
  void aCompassWordInFrontKeepsTheCountryButNoPoint() {
    assertCountryOnly("southern Afghanistan", "AFG", ResolvedPlace.Basis.REGION_OF);
    assertCountryOnly("North-East Nigeria", "NGA", ResolvedPlace.Basis.REGION_OF);
    assertCountryOnly("northern Tigray", "ETH", ResolvedPlace.Basis.REGION_OF);
  }

  @Test
  void partsMustAgreeAndTheFirstGivesThePoint() {
    assertPoint("Lashkar Gah, Helmand", "Lashkar Gah", "AFG");
    assertPoint("Mekelle, Ethiopia", "Mekelle", "ETH");
    assertPoint("DOHA, Qatar", "Doha", "QAT");
    assertCountryOnly("Sangin, Helmand", "AFG", ResolvedPlace.Basis.COUNTRY);
    assertTrue(STANDARD.resolve("Doha, Afghanistan").isEmpty(), "contradictory parts");
    assertTrue(STANDARD.resolve("WASHINGTON/KABUL").isEmpty(), "two countries");
    assertPoint("Kandahar/Kabul", "Kandahar", "AFG");
  }

  @Test
  void unknownAndEmptyPlacesStayUnresolved() {
    for (String p : new String[] {"Millbrook", "", "   ", "the river", "southern Millbrook"}) {
      assertTrue(STANDARD.resolve(p).isEmpty(), p);
    }
    assertTrue(STANDARD.resolve(null).isEmpty());
  }

  @Test
  void onlyCountryCodesOfTheDictionaryCount() {
    String dict =
        "ARNOR [ARN]\n+ARNORIAN\nANNUMINAS [ARNGOV]\n\nRANGERS [ARNMIL]\n\nTHE_WATCH [IGOWAT]\n";
    var d = DictionaryReader.actors("test", new StringReader(dict)).value();
    PlaceResolver r = new PlaceResolver(Gazetteer.empty(), d);
    assertEquals("ARN", r.resolve("Arnorian").orElseThrow().country());
    assertEquals("ARN", r.resolve("Annuminas").orElseThrow().country());
    assertTrue(r.resolve("Rangers").isEmpty(), "a military code is no place");
    assertTrue(r.resolve("the Watch").isEmpty(), "an organisation is no place");
  }

  /** Every capital of countries.actors.txt (coded XXXGOV) has a point in its own country. */
  @Test
  void everyCapitalOfTheCountryDictionaryHasAPoint() throws Exception {
    String name = Dictionaries.BUILT_IN_ACTOR_FILES.get(0);
    var d =
        DictionaryReader.actors(
            name,
            new java.io.InputStreamReader(
                Dictionaries.class.getResourceAsStream(name),
                java.nio.charset.StandardCharsets.UTF_8));
    List<String> missing = new ArrayList<>();
    int capitals = 0;
    for (ActorEntry e : d.value().entries()) {
      String code = e.codeAt(null).orElse("");
      if (!code.matches("[A-Z]{3}GOV")) {
        continue;
      }
      capitals++;
      String phrase = String.join(" ", e.phrases().get(0));
      var p = STANDARD.gazetteer().find(phrase);
      if (p.isEmpty() || !p.get().country().equals(code.substring(0, 3))) {
        missing.add(phrase + " " + code);
      }
    }
    assertTrue(capitals > 150, "capitals: " + capitals);
    assertEquals(List.of(), missing);
  }
}
