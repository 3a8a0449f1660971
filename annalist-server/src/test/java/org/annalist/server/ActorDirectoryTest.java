package org.annalist.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.annalist.extract.actor.AgentDictionary;
import org.annalist.extract.actor.Dictionaries;
import org.annalist.extract.actor.DictionaryReader;
import org.annalist.extract.actor.Discards;
import org.annalist.extract.actor.Loaded;
import org.annalist.extract.actor.VerbDictionary;
import org.annalist.link.event.ActorKeys;
import org.junit.jupiter.api.Test;

/** Names, roles and related records of a code, over a small made-up dictionary. */
class ActorDirectoryTest {
  private static final String ACTORS =
      String.join(
          "\n",
          "GONDOR [GON]",
          "+GONDORIAN",
          "MINAS_TIRITH [GONGOV]",
          "",
          "ARAGORN",
          "+ELESSAR",
          "\t[GONMIL 30180101-30190324]",
          "\t[GONGOV >30190325]",
          "",
          "DENETHOR",
          "\t[GONGOV 29840101-30190315]",
          "\t[GONELI]",
          "",
          "ROHAN [ROH]",
          "");

  private static final ActorKeys KEYS = ActorKeys.standard();

  private static ActorDirectory directory() {
    Loaded<org.annalist.extract.actor.ActorDictionary> actors =
        DictionaryReader.actors("test.actors.txt", new StringReader(ACTORS));
    assertTrue(actors.skipped().isEmpty(), actors.problems()::toString);
    return new ActorDirectory(
        new Dictionaries(
            actors.value(),
            AgentDictionary.empty(),
            VerbDictionary.builder().build(),
            Discards.empty()),
        KEYS);
  }

  private static List<String> names(List<ActorDirectory.Entry> entries) {
    return entries.stream().map(e -> e.entry().name()).toList();
  }

  @Test
  void aCountryIsNamedByItsOwnRecordAndHoldsItsPeoplesDatedRoles() {
    ActorDirectory d = directory();
    var gon = KEYS.key("GON");
    assertEquals(List.of("GONDOR"), names(d.names(gon)));
    assertEquals(List.of("GONDORIAN"), d.names(gon).get(0).aliases());
    List<ActorDirectory.Period> roles = d.roles(gon);
    assertEquals(
        List.of("ARAGORN GONMIL", "ARAGORN GONGOV", "DENETHOR GONGOV"),
        roles.stream().map(p -> p.entry().entry().name() + " " + p.code()).toList());
    assertEquals(LocalDate.of(3018, 1, 1), roles.get(0).from());
    assertEquals(LocalDate.of(3019, 3, 24), roles.get(0).to());
    assertEquals(null, roles.get(1).to(), "an open-ended role");
    // the seat of government and Denethor's undated code are parts of the country, not its names
    assertEquals(List.of("MINAS TIRITH", "DENETHOR"), names(d.related(gon)));
  }

  @Test
  void anAgentCodeCoversOnlyItsOwnRoles() {
    ActorDirectory d = directory();
    var gov = KEYS.key("GONGOV");
    assertEquals(List.of("MINAS TIRITH"), names(d.names(gov)));
    assertEquals(
        List.of("ARAGORN GONGOV", "DENETHOR GONGOV"),
        d.roles(gov).stream().map(p -> p.entry().entry().name() + " " + p.code()).toList());
    assertTrue(d.related(gov).isEmpty());
    assertFalse(d.knows(KEYS.key("MOR")));
    assertTrue(d.knows(KEYS.key("ROH")));
  }

  @Test
  void aNameLooksUpEveryCodeOfItsRecordsAndResolvesOnADate() {
    ActorDirectory d = directory();
    assertEquals(
        List.of("GONMIL", "GONGOV"), d.lookup("elessar").stream().map(p -> p.code()).toList());
    assertEquals(Optional.of("GONMIL"), d.codeOf("Aragorn", LocalDate.of(3018, 6, 1)));
    assertEquals(Optional.of("GONGOV"), d.codeOf("Aragorn", LocalDate.of(3019, 6, 1)));
    assertEquals(Optional.empty(), d.codeOf("Frodo", LocalDate.of(3019, 6, 1)));
  }
}
