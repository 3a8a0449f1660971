package org.annalist.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.annalist.extract.actor.LoadProblem;
import org.annalist.extract.actor.Phrases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A user's dictionary folder on top of the project's dictionaries. */
class CoderDictionariesTest {
  @TempDir Path dir;

  private static final LocalDate DAY = LocalDate.of(2021, 3, 2);

  private String code(CoderDictionaries d, String phrase) {
    return d.dictionaries()
        .actors()
        .longestAt(Phrases.tokenize(phrase), 0, DAY)
        .map(m -> m.code())
        .orElse(null);
  }

  @Test
  void builtInAloneHasItsOwnFingerprintAndVerbs() {
    CoderDictionaries d = CoderDictionaries.builtIn();
    assertTrue(d.isBuiltIn());
    assertEquals(CoderDictionaries.BUILT_IN, d.fingerprint());
    assertEquals("PAK", code(d, "Pakistan"));
    assertTrue(d.dictionaries().verbs().form(List.of("ACCUSE")).isPresent());
    assertTrue(d.dictionaries().discards().all().isEmpty());
  }

  @Test
  void userFilesAddActorsAgentsAndDiscardsAndReplaceVerbs() throws IOException {
    Files.writeString(dir.resolve("realm.actors.txt"), "GONDOR [GON]\nPAKISTAN [XPK]\n");
    Files.writeString(dir.resolve("realm.agents.txt"), "RANGER [~MIL]\n");
    Files.writeString(
        dir.resolve("realm.verbs.txt"), "--- BESIEGE [195] ---\nBESIEGE\n--- PARLEY [040] ---\n");
    Files.writeString(dir.resolve("realm.discards.txt"), "FOOTBALL\n+CHESS TOURNAMENT\n");
    Files.writeString(dir.resolve("README.md"), "notes of the folder, not read\n");
    CoderDictionaries d = CoderDictionaries.withFolder(dir);
    assertEquals("GON", code(d, "Gondor"));
    assertEquals("XPK", code(d, "Pakistan"), "a phrase defined again takes the user's code");
    assertEquals("AFG", code(d, "Afghanistan"), "the project's actors stay");
    assertTrue(d.dictionaries().agents().agent(List.of("RANGER")).isPresent());
    assertTrue(d.dictionaries().verbs().form(List.of("BESIEGE")).isPresent());
    assertTrue(
        d.dictionaries().verbs().form(List.of("ACCUSE")).isEmpty(),
        "a verbs file replaces the project's verbs");
    assertEquals(2, d.dictionaries().discards().all().size());
    assertEquals(1, d.dictionaries().discards().storyLevel().size());
    assertTrue(!d.isBuiltIn() && d.fingerprint().length() == 12, d.fingerprint());
  }

  @Test
  void fingerprintFollowsTheContent() throws IOException {
    Path f = dir.resolve("a.actors.txt");
    Files.writeString(f, "GONDOR [GON]\n");
    String first = CoderDictionaries.withFolder(dir).fingerprint();
    assertEquals(first, CoderDictionaries.withFolder(dir).fingerprint());
    Files.writeString(f, "GONDOR [GNR]\n");
    assertNotEquals(first, CoderDictionaries.withFolder(dir).fingerprint());
  }

  @Test
  void problemsNameTheFileAndLine() throws IOException {
    Files.writeString(dir.resolve("bad.actors.txt"), "GONDOR [GON]\nARNOR [arn]\n");
    List<LoadProblem> p = CoderDictionaries.withFolder(dir).problems();
    assertEquals(1, p.size(), p.toString());
    assertEquals(2, p.get(0).line());
    assertTrue(p.get(0).source().endsWith("bad.actors.txt"), p.get(0).source());
  }

  @Test
  void unknownNamesSecondVerbFilesAndMissingFoldersAreRefused() throws IOException {
    IllegalArgumentException missing =
        assertThrows(
            IllegalArgumentException.class,
            () -> CoderDictionaries.withFolder(dir.resolve("nowhere")));
    assertTrue(missing.getMessage().contains("nowhere"), missing.getMessage());
    Files.writeString(dir.resolve("realm.actor.txt"), "GONDOR [GON]\n");
    IllegalArgumentException misspelt =
        assertThrows(IllegalArgumentException.class, () -> CoderDictionaries.withFolder(dir));
    assertTrue(misspelt.getMessage().contains("realm.actor.txt"), misspelt.getMessage());
    Files.delete(dir.resolve("realm.actor.txt"));
    Files.writeString(dir.resolve("a.verbs.txt"), "--- PARLEY [040] ---\n");
    Files.writeString(dir.resolve("b.verbs.txt"), "--- PARLEY [040] ---\n");
    IllegalArgumentException two =
        assertThrows(IllegalArgumentException.class, () -> CoderDictionaries.withFolder(dir));
    assertTrue(two.getMessage().contains("b.verbs.txt"), two.getMessage());
  }
}
