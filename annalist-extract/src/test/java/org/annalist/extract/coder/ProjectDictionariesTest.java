package org.annalist.extract.coder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.annalist.extract.actor.DictionaryReader;
import org.annalist.extract.actor.VerbBlock;
import org.annalist.extract.actor.VerbCode;
import org.annalist.extract.actor.VerbDictionary;
import org.annalist.extract.actor.VerbForm;
import org.annalist.extract.actor.VerbPattern;
import org.annalist.extract.event.Cameo;
import org.junit.jupiter.api.Test;

/**
 * The project's verb and noun dictionaries against the CAMEO codebook: every code they give is a
 * CAMEO code, and a few verbs whose codes are easy to get one off carry the codebook's.
 */
class ProjectDictionariesTest {
  private final Cameo cameo = Cameo.load();

  private static void codes(VerbCode c, String where, List<String> out) {
    if (!"---".equals(c.code())) {
      out.add(c.code() + " " + where);
    }
    if (c.reverse() != null && !"---".equals(c.reverse())) {
      out.add(c.reverse() + " " + where);
    }
  }

  private List<String> unknownCodes(VerbDictionary d, String file) {
    List<String> all = new ArrayList<>();
    for (VerbBlock b : d.blocks().values()) {
      codes(b.code(), file + ":" + b.line() + " block " + b.title(), all);
      for (VerbPattern p : b.patterns()) {
        codes(p.code(), file + " pattern of " + b.title(), all);
      }
    }
    for (VerbForm f : d.forms()) {
      codes(f.code(), file + ":" + f.line() + " " + f.words(), all);
    }
    return all.stream().filter(s -> !cameo.isKnown(s.substring(0, s.indexOf(' ')))).toList();
  }

  @Test
  void everyCodeIsInTheCodebook() {
    assertEquals(List.of(), unknownCodes(EventCoder.projectVerbs(), "annalist.verbs.txt"));
    assertEquals(List.of(), unknownCodes(EventCoder.projectNouns(), "annalist.nouns.txt"));
  }

  private String code(VerbDictionary d, String... words) {
    return d.form(List.of(words))
        .orElseThrow(() -> new AssertionError(List.of(words)))
        .code()
        .code();
  }

  @Test
  void codesFollowTheCodebooksDefinitions() {
    VerbDictionary v = EventCoder.projectVerbs();
    // 013 optimistic comment, not 012 pessimistic; 015 acknowledge; 018 empathetic comment
    assertEquals("013", code(v, "WELCOME"));
    assertEquals("Make optimistic comment", cameo.name("013"));
    assertEquals("015", code(v, "ADMIT"));
    assertEquals("018", code(v, "CONDOLE"));
    // "agree" expresses intent to cooperate; 081 is easing administrative sanctions
    assertEquals("030", code(v, "AGREE"));
    assertEquals("073", code(v, "EVACUATE"));
    assertEquals("1822", code(v, "TORTURE"));
    assertEquals("129", code(v, "VETO"));
    assertEquals("193", code(v, "SHOOT"));
    VerbDictionary n = EventCoder.projectNouns();
    assertEquals("046", code(n, "TALKS"));
    assertEquals("139", code(n, "ULTIMATUM"));
    assertTrue(cameo.name("139").startsWith("Give ultimatum"));
  }

  @Test
  void theNounDictionaryLoadsWithoutProblems() throws IOException {
    try (InputStream in =
        EventCoder.class.getResourceAsStream("/org/annalist/extract/coder/annalist.nouns.txt")) {
      var nouns =
          DictionaryReader.verbs(
              "annalist.nouns.txt", new InputStreamReader(in, StandardCharsets.UTF_8));
      assertEquals(List.of(), nouns.problems());
      assertTrue(nouns.value().form(List.of("AIR", "STRIKE")).isPresent(), "multi-word nouns load");
    }
  }
}
