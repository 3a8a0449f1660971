package org.annalist.extract.actor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Reader grammar and leniency on small hand-written files. */
class DictionaryReaderTest {
  @Test
  void actorsWithDatesCommentsAndOddLines() {
    String text =
        String.join(
            "\n",
            "<!-- header",
            "   spanning lines -->",
            "# a comment",
            "NORTHLAND [NOR]  # trailing comment",
            "+NORTHLANDER",
            "JANE_ROE  [NORGOV >20200101]",
            "\t[NORELI <19991231]",
            "\t[NORLEG 000101 - 191231]",
            "\t[NORXXX 20201301-20201302]",
            "[JANEDEFAULT]",
            "NOBODY",
            "lower [abc]");
    Loaded<ActorDictionary> l = DictionaryReader.actors("t", new StringReader(text));
    ActorDictionary d = l.value();
    assertEquals(3, d.entries().size());
    assertEquals("NOR", d.longestAt(List.of("NORTHLANDER"), 0, null).orElseThrow().code());
    List<String> jane = List.of("JANE", "ROE");
    assertEquals("NORGOV", d.longestAt(jane, 0, LocalDate.of(2021, 1, 1)).orElseThrow().code());
    assertEquals("NORELI", d.longestAt(jane, 0, LocalDate.of(1999, 12, 31)).orElseThrow().code());
    assertEquals("NORLEG", d.longestAt(jane, 0, LocalDate.of(2019, 12, 31)).orElseThrow().code());
    assertEquals("ABC", d.longestAt(List.of("LOWER"), 0, null).orElseThrow().code());
    assertEquals(List.of(8, 9, 11, 12), l.problems().stream().map(LoadProblem::line).toList());
    assertEquals(LoadProblem.Kind.LENIENT, l.problems().get(0).kind());
    assertEquals(2, l.skipped().size());
    assertEquals("JANEDEFAULT", d.longestAt(jane, 0, null).orElseThrow().code());
  }

  @Test
  void agentsPluralsAndMarkers() {
    String text =
        String.join(
            "\n",
            "!P! = MAN, WOMEN",
            "SENTRY [~MIL]",
            "SHEEP {} [~AGR]",
            "GOOSE {GEESE} [~GGS]",
            "CHAIR!P! [~LEG]",
            "RELIEF_BODY [NGO~]",
            "NO_CODE_HERE",
            "BAD!Q! [~X]");
    Loaded<AgentDictionary> l = DictionaryReader.agents("t", new StringReader(text));
    AgentDictionary a = l.value();
    assertEquals("MIL", a.agent(List.of("SENTRIES")).orElseThrow().code());
    assertTrue(a.agent(List.of("SHEEPS")).isEmpty());
    assertEquals("GGS", a.agent(List.of("GEESE")).orElseThrow().code());
    assertEquals("LEG", a.agent(List.of("CHAIRWOMEN")).orElseThrow().code());
    assertEquals("NGOSWE", a.agent(List.of("RELIEF", "BODIES")).orElseThrow().applyTo("SWE"));
    assertEquals(List.of(7, 8), l.problems().stream().map(LoadProblem::line).toList());
  }

  @Test
  void verbsBlocksPatternsAndSynsets() {
    String text =
        String.join(
            "\n",
            "&WEAPON",
            "+RIFLE",
            "+HEAVY_GUN_",
            "--- HAND  [070] ---",
            "HAND",
            "GIVE {GAVE GIVEN GIVING GIVES} [071]",
            "+HAND_OVER {+HANDED_OVER}",
            "- * &WEAPON TO_+ [074:075]",
            "- $ * {A B} [079]",
            "- * * [079]",
            "- * NOTHING",
            "- * &UNDEFINED [079]");
    Loaded<VerbDictionary> l = DictionaryReader.verbs("t", new StringReader(text));
    VerbDictionary v = l.value();
    assertEquals("070", v.form(List.of("HANDED")).orElseThrow().code().code());
    assertEquals("071", v.form(List.of("GAVE")).orElseThrow().code().code());
    assertEquals("HAND", v.form(List.of("GAVE")).orElseThrow().block());
    assertEquals(2, v.verbAt(List.of("HANDED", "OVER"), 0).orElseThrow().length());
    assertEquals(
        List.of(List.of("RIFLE"), List.of("RIFLES"), List.of("HEAVY", "GUN")),
        v.synsets().get("&WEAPON").phrases());
    VerbPattern p = v.block("HAND").orElseThrow().patterns().get(0);
    assertEquals(new VerbCode("074", "075"), p.code());
    assertEquals(PatternElement.Kind.TARGET, p.after().get(2).kind());
    assertTrue(p.after().get(2).adjacent());
    assertEquals(2, v.patternCount());
    assertEquals(List.of(9, 10, 11, 12), l.problems().stream().map(LoadProblem::line).toList());
  }
}
