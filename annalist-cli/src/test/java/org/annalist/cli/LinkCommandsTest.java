package org.annalist.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** {@code annalist eval clusters} and {@code annalist bench link} (no models are loaded here). */
class LinkCommandsTest {
  private static final Path ROOT = Path.of(System.getProperty("annalist.root", ".."));

  @Test
  void evalClustersScoresTheDemoGoldOnText() {
    CliTest.Result r =
        CliTest.run(
            "eval",
            "clusters",
            ROOT.resolve("demo/expected").toString(),
            "--corpus",
            ROOT.resolve("demo/corpus").toString(),
            "--no-language",
            "--errors");
    assertEquals(ExitCodes.OK, r.code(), r.out() + r.err());
    assertTrue(r.out().contains("clusters: 36 articles"), r.out());
    assertTrue(r.out().contains("copies          P 1.000  R 1.000"), r.out());
    assertTrue(r.out().contains("COPY "), r.out());
  }

  @Test
  void evalClustersWantsOneSource() {
    CliTest.Result r = CliTest.run("eval", "clusters", ROOT.resolve("demo/expected").toString());
    assertEquals(ExitCodes.USAGE, r.code(), r.out() + r.err());
    assertTrue(r.err().contains("--store"), r.err());
    CliTest.Result bad =
        CliTest.run(
            "eval",
            "clusters",
            ROOT.resolve("demo/expected").toString(),
            "--store",
            "x",
            "--cosine-threshold",
            "2");
    assertEquals(ExitCodes.USAGE, bad.code(), bad.out() + bad.err());
  }

  @Test
  void benchLinkReportsEachSizeAndTheRatio() {
    CliTest.Result r = CliTest.run("bench", "link", "--articles", "300,600");
    assertEquals(ExitCodes.OK, r.code(), r.out() + r.err());
    assertTrue(r.out().contains("       300 "), r.out());
    assertTrue(r.out().contains("2x the articles took"), r.out());
    CliTest.Result bad = CliTest.run("bench", "link", "--articles", "0");
    assertEquals(ExitCodes.USAGE, bad.code(), bad.out() + bad.err());
  }
}
