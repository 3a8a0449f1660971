package org.annalist.extract.actor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The project's own dictionaries load cleanly and hold what the documentation promises. */
class BuiltInDictionariesTest {
  private static final Loaded<Dictionaries> LOADED = Dictionaries.builtIn();

  @Test
  void loadWithoutProblems() {
    LOADED.problems().forEach(System.out::println);
    assertEquals(List.of(), LOADED.problems());
    ActorDictionary a = LOADED.value().actors();
    System.out.println(
        "built-in: "
            + a.entries().size()
            + " actor records, "
            + a.phraseCount()
            + " actor phrases, "
            + LOADED.value().agents().phraseCount()
            + " agent phrases");
    for (String f : Dictionaries.BUILT_IN_ACTOR_FILES) {
      System.out.println(
          "  " + f + ": " + a.entries().stream().filter(e -> e.source().equals(f)).count());
    }
  }

  @Test
  void everyCountryOnce() {
    Set<String> codes = new HashSet<>();
    for (ActorEntry e : LOADED.value().actors().entries()) {
      if (e.source().equals("countries.actors.txt") && e.defaultCode().length() == 3) {
        assertTrue(codes.add(e.defaultCode()), "twice: " + e.defaultCode());
      }
    }
    assertEquals(197, codes.size());
  }

  @Test
  void namesAdjectivesAndCapitals() {
    assertEquals("AFG", code("Afghanistan"));
    assertEquals("AFG", code("Afghan"));
    assertEquals("AFGGOV", code("Kabul"));
    assertEquals("USAGOV", code("Washington"));
    assertEquals("PAKGOV", code("Islamabad"));
    assertEquals("QATGOV", code("Doha"));
    assertEquals("USA", code("U.S."));
    assertEquals("GBR", code("British"));
    assertEquals("IGOUNO", code("United Nations"));
    assertEquals("IGONAT", code("NATO"));
    assertEquals("IGOEEU", code("EU"));
    assertEquals("NGOIRC", code("ICRC"));
    assertEquals("IMGMOSISI", code("Daesh"));
    assertEquals("IMGMOSISK", code("ISIS-K"));
    assertEquals("COLREBFAR", code("FARC"));
    assertEquals("ETHREBTPL", code("Tigray People's Liberation Front"));
  }

  @Test
  void rolesBoundedInTime() {
    assertEquals("USAGOV", code("Zalmay Khalilzad", LocalDate.of(2021, 1, 4)));
    assertEquals("USAGOV", code("Khalilzad", LocalDate.of(2018, 9, 21)));
    assertTrue(
        lookup("Khalilzad", LocalDate.of(2021, 10, 19)).isEmpty(), "no role after 2021-10-18");
    assertEquals("PAKMIL", code("Qamar Javed Bajwa", LocalDate.of(2020, 8, 1)));
    assertEquals("PAKELI", code("Bajwa", LocalDate.of(2023, 1, 1)));
    assertEquals("AFGINSTAL", code("Zabihullah Mujahid", LocalDate.of(2021, 1, 4)));
    assertEquals("AFGGOVTAL", code("Zabihullah Mujahid", LocalDate.of(2021, 9, 1)));
    assertEquals("AFGINSTAL", code("Taliban", LocalDate.of(2020, 2, 29)));
    assertEquals("AFGGOV", code("Ashraf Ghani", LocalDate.of(2020, 3, 1)));
    assertEquals("AFGELI", code("Hamid Karzai", LocalDate.of(2020, 3, 1)));
    assertEquals("COLGOV", code("Juan Manuel Santos", LocalDate.of(2016, 9, 26)));
    assertEquals("COLREBFAR", code("Timochenko", LocalDate.of(2016, 9, 26)));
    assertEquals("USAGOV", code("Mike Pompeo", LocalDate.of(2020, 2, 29)));
    assertEquals("USASPY", code("Mike Pompeo", LocalDate.of(2017, 6, 1)));
    assertEquals("ETHGOV", code("Abiy Ahmed", LocalDate.of(2022, 11, 2)));
  }

  @Test
  void airportIsNotThePerson() {
    ActorMatch m =
        lookup("Hamid Karzai International Airport", LocalDate.of(2021, 8, 26)).orElseThrow();
    assertEquals("---", m.code());
    assertEquals(4, m.length());
  }

  private static java.util.Optional<ActorMatch> lookup(String phrase, LocalDate date) {
    return LOADED.value().actors().longestAt(Phrases.tokenize(phrase), 0, date);
  }

  private static String code(String phrase) {
    return code(phrase, LocalDate.of(2020, 1, 1));
  }

  private static String code(String phrase, LocalDate date) {
    List<String> t = Phrases.tokenize(phrase);
    ActorMatch m = lookup(phrase, date).orElseThrow(() -> new AssertionError(phrase));
    assertEquals(t.size(), m.length(), phrase);
    return m.code();
  }
}
