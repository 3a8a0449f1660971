package org.annalist.eval.petrarch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Finding a PETRARCH-style evaluation's files in a folder. */
class PetrarchInputsTest {
  @TempDir Path dir;

  private Path touch(String name) throws IOException {
    return Files.writeString(dir.resolve(name), "");
  }

  @Test
  void petrarchsOwnNamesComeFirst() throws IOException {
    for (String n :
        List.of(
            "PETR.UnitTest.records.xml",
            "other.records.xml",
            "PETR.Validate.actors.txt",
            "Phoenix.Countries.actors.txt",
            "PETR.Validate.agents.txt",
            "PETR.Validate.verbs.txt",
            "PETR.Validate.discards.txt")) {
      touch(n);
    }
    PetrarchInputs in = PetrarchInputs.inFolder(dir);
    assertEquals(dir.resolve("PETR.UnitTest.records.xml"), in.records());
    assertEquals(List.of(dir.resolve("PETR.Validate.actors.txt")), in.actors());
    assertEquals(dir.resolve("PETR.Validate.discards.txt"), in.discards());
  }

  @Test
  void otherNamesByWhatTheyHold() throws IOException {
    Path records = touch("gold.records.xml");
    Path countries = touch("Phoenix.Countries.actors.txt");
    Path intl = touch("Phoenix.International.actors.txt");
    Path agents = touch("Phoenix.agents.txt");
    Path verbs = touch("CAMEO.2.0.txt");
    PetrarchInputs in = PetrarchInputs.inFolder(dir);
    assertEquals(records, in.records());
    assertEquals(List.of(countries, intl), in.actors(), "all actor files, in name order");
    assertEquals(agents, in.agents());
    assertEquals(verbs, in.verbs());
    assertNull(in.discards(), "discards are optional");
  }

  @Test
  void missingOrAmbiguousFilesAreNamedUnlessGiven() throws IOException {
    touch("gold.records.xml");
    touch("a.actors.txt");
    touch("a.verbs.txt");
    touch("b.verbs.txt");
    NoSuchFileException e =
        assertThrows(NoSuchFileException.class, () -> PetrarchInputs.inFolder(dir));
    assertTrue(e.getMessage().contains("agents"), e.getMessage());
    Path agents = touch("a.agents.txt");
    NoSuchFileException two =
        assertThrows(NoSuchFileException.class, () -> PetrarchInputs.inFolder(dir));
    assertTrue(two.getMessage().contains("verbs"), two.getMessage());
    Path verbs = dir.resolve("b.verbs.txt");
    PetrarchInputs in = PetrarchInputs.inFolder(dir, null, null, null, verbs, null);
    assertEquals(verbs, in.verbs());
    assertEquals(agents, in.agents());
  }
}
