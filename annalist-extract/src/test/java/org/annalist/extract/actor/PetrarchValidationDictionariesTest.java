package org.annalist.extract.actor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Reads PETRARCH2's own validation dictionaries (../shared/eval/petrarch2-unittest, read at run
 * time, skipped when absent) and checks counts, chosen entries and the problems reported.
 */
class PetrarchValidationDictionariesTest {
  private Path dir;

  @BeforeEach
  void locate() {
    dir = Path.of(System.getProperty("annalist.shared", "../shared"), "eval", "petrarch2-unittest");
    Assumptions.assumeTrue(Files.isDirectory(dir), "no " + dir);
  }

  private static void print(String what, Loaded<?> loaded) {
    System.out.println(what + ": " + loaded.problems().size() + " problems");
    loaded.problems().forEach(p -> System.out.println("  " + p));
  }

  @Test
  void actors() {
    Loaded<ActorDictionary> l = DictionaryReader.actors(dir.resolve("PETR.Validate.actors.txt"));
    print(
        "actors "
            + l.value().entries().size()
            + " records, "
            + l.value().phraseCount()
            + " phrases",
        l);
    ActorDictionary d = l.value();
    assertEquals(128, d.entries().size());
    assertEquals(162, d.phraseCount(), "160 as written, 2 hyphenated names also in their parts");
    assertEquals("MOR", code(d, "BARAD-DUR", null));
    assertEquals("MOR", code(d, "BARAD DUR", null), "as the parser splits Barad-dur");
    assertEquals("USAGOV", code(d, "WASHINGTON", LocalDate.of(2020, 1, 1)));
    assertEquals("USA", code(d, "U.S.", null));
    assertEquals("IGOCOPITP", code(d, "INTERPOL", null));
    assertEquals("GON", code(d, "MINAS TIRITH", null));
    // dated roles: first restriction that covers the date wins, else the default
    assertEquals("HOBCIV", code(d, "SAM GAMGEE", LocalDate.of(2007, 1, 1)));
    assertEquals("ORCHOB", code(d, "SAM GAMGEE", LocalDate.of(2010, 1, 10)));
    assertEquals("HOBMIL", code(d, "SAM GAMGEE", LocalDate.of(2010, 1, 13)));
    assertEquals("HOBELI", code(d, "SAM GAMGEE", LocalDate.of(2014, 1, 1)));
    assertEquals("HOB", code(d, "HAMFAST GAMGEE", LocalDate.of(2014, 1, 1)));
    assertEquals("HOBGOV", code(d, "HAMFAST GAMGEE", LocalDate.of(2013, 1, 1)));
    // "[HOB < 950601]" and "[HOBGOV 19950601 - 19990815]": spaces tolerated, reported
    assertEquals("HOB", code(d, "SMEAGOL", LocalDate.of(1994, 1, 1)));
    assertEquals("HOBGOV", code(d, "SMEAGOL", LocalDate.of(1996, 1, 1)));
    assertEquals("HOBREB", code(d, "SMEAGOL", LocalDate.of(2000, 1, 1)));
    assertEquals("RHO", code(d, "ZIMBABWE", LocalDate.of(1979, 6, 6)));
    assertEquals("ZBW", code(d, "ZIMBABWE", LocalDate.of(1979, 6, 7)));
    // USSR has only "<911226": no code afterwards
    assertTrue(d.longestAt(List.of("USSR"), 0, LocalDate.of(1995, 1, 1)).isEmpty());
    // longest match first
    assertEquals(
        2, d.longestAt(List.of("ISRAELI", "TROOPS", "FIRED"), 0, null).orElseThrow().length());
    assertEquals("ISRMIL", code(d, "ISRAELI TROOPS", null));
    assertEquals(
        List.of(32, 90, 91, 94, 158, 220),
        l.problems().stream().map(LoadProblem::line).sorted().toList());
    assertTrue(l.skipped().isEmpty());
  }

  private static String code(ActorDictionary d, String phrase, LocalDate date) {
    List<String> t = Phrases.split(phrase);
    ActorMatch m =
        d.longestAt(t, 0, date).orElseThrow(() -> new AssertionError("no match " + phrase));
    assertEquals(t.size(), m.length(), phrase);
    return m.code();
  }

  @Test
  void agents() {
    Loaded<AgentDictionary> l = DictionaryReader.agents(dir.resolve("PETR.Validate.agents.txt"));
    print("agents " + l.value().phraseCount() + " phrases", l);
    AgentDictionary a = l.value();
    assertEquals("MIL", a.agent(Phrases.split("ARMED FORCES")).orElseThrow().code());
    assertTrue(a.agent(Phrases.split("ARMED FORCESES")).isEmpty(), "{} means no plural");
    assertEquals("GOV", a.agent(Phrases.split("ATTORNEYS GENERAL")).orElseThrow().code());
    assertEquals("LEG", a.agent(Phrases.split("CONGRESSWOMEN")).orElseThrow().code());
    assertEquals("GOV", a.agent(Phrases.split("MINISTRIES OF SILLY WALKS")).orElseThrow().code());
    assertEquals("GOV", a.agent(Phrases.split("AUTHORITIES")).orElseThrow().code());
    assertEquals("COP", a.agent(Phrases.split("POLICE")).orElseThrow().code());
    Agent ngo = a.agent(Phrases.split("HUMAN RIGHTS ORGANIZATIONS")).orElseThrow();
    assertTrue(ngo.before());
    assertEquals("NGOARN", ngo.applyTo("ARN"));
    assertEquals("GGS", a.agent(Phrases.split("GOLDEN GEESE")).orElseThrow().code());
  }

  @Test
  void verbs() {
    Loaded<VerbDictionary> l = DictionaryReader.verbs(dir.resolve("PETR.Validate.verbs.txt"));
    VerbDictionary v = l.value();
    print(
        "verbs "
            + v.blocks().size()
            + " blocks, "
            + v.forms().size()
            + " forms, "
            + v.patternCount()
            + " patterns, "
            + v.synsets().size()
            + " synsets",
        l);
    VerbForm broke = v.form(List.of("BROKE")).orElseThrow();
    assertEquals("BREAK", broke.block());
    assertEquals("1717", broke.code().code());
    VerbForm cordoned = v.form(List.of("CORDONED", "OFF")).orElseThrow();
    assertEquals(0, cordoned.verbIndex());
    assertEquals("EXCLUDE", cordoned.block());
    assertEquals(2, v.verbAt(List.of("CORDONED", "OFF", "THE"), 0).orElseThrow().length());
    VerbForm wiretap = v.form(List.of("WIRE", "TAPPED")).orElseThrow();
    assertEquals(1, wiretap.verbIndex());
    assertEquals("1711", wiretap.code().code());
    assertEquals("014", v.form(List.of("DOWNPLAYED")).orElseThrow().code().code());
    assertEquals("032", v.form(List.of("ARRIVES")).orElseThrow().code().code());
    assertEquals("033", v.form(List.of("ARRIVES")).orElseThrow().code().reverse());
    VerbPattern first = v.block("ABANDON").orElseThrow().patterns().get(0);
    assertEquals(
        List.of(
            PatternElement.Kind.VERB,
            PatternElement.Kind.WORD,
            PatternElement.Kind.SYNSET,
            PatternElement.Kind.WORD),
        first.elements().stream().map(PatternElement::kind).toList());
    assertTrue(first.elements().get(2).adjacent());
    assertFalse(first.elements().get(1).adjacent());
    assertEquals("903", first.code().code());
    assertTrue(v.expand("&ACCORDSYN").contains(List.of("DOLLARS")));
    assertTrue(v.synsets().get("&CURRENCY").phrases().contains(List.of("PESOS")));
    assertTrue(v.synsets().get("&PREPOSIT1").phrases().contains(List.of("AGAINST")));
    assertFalse(v.synsets().get("&PREPOSIT1").phrases().contains(List.of("AGAINSTS")));
  }

  @Test
  void discards() {
    Loaded<Discards> l = DictionaryReader.discards(dir.resolve("PETR.Validate.discards.txt"));
    print("discards " + l.value().all().size(), l);
    assertEquals(9, l.value().all().size());
    assertTrue(l.problems().isEmpty());
    Discard d =
        l.value().find(Phrases.tokenize("He watched Manchester United play.")).orElseThrow();
    assertTrue(d.story());
    assertFalse(l.value().find(Phrases.tokenize("Manchester voted.")).isPresent());
  }
}
