package org.annalist.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code annalist bench} argument handling (no models are loaded here). */
class BenchCommandTest {
  @TempDir Path tmp;

  @Test
  void rejectsZeroThreads() {
    CliTest.Result r = CliTest.run("bench", "--threads", "0");
    assertEquals(ExitCodes.USAGE, r.code(), r.err());
    assertTrue(r.err().contains("--threads"), r.err());
  }

  @Test
  void reportsInputWithoutEnglishArticles() throws IOException {
    Path dir = Files.createDirectories(tmp.resolve("in"));
    Files.writeString(
        dir.resolve("es.txt"),
        "El consejo municipal aprobó el martes un presupuesto que aumenta el gasto en escuelas y"
            + " carreteras, después de una reunión que duró hasta la madrugada.\n");
    CliTest.Result r = CliTest.run("bench", "--input", dir.toString());
    assertEquals(ExitCodes.NOT_FOUND, r.code(), r.out() + r.err());
    assertTrue(r.err().contains("no English articles"), r.err());
  }

  @Test
  void isListedInTheHelp() {
    CliTest.Result r = CliTest.run("--help");
    assertTrue(r.out().contains("bench"), r.out());
  }
}
