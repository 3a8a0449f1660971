package org.annalist.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code annalist bench serve} on a small store of the demo corpus (no models are loaded here). */
class BenchServeCommandTest {
  private static final Path ROOT = Path.of(System.getProperty("annalist.root", ".."));

  @Test
  void measuresEachEndpointOfAServedStore(@TempDir Path tmp) {
    String store = tmp.resolve("store").toString();
    CliTest.Result ingest =
        CliTest.run(
            "ingest", "--no-language", "--store", store, ROOT.resolve("demo/corpus").toString());
    assertEquals(ExitCodes.OK, ingest.code(), ingest.out() + ingest.err());
    CliTest.Result r =
        CliTest.run("bench", "serve", "--store", store, "--requests", "8", "--clients", "2");
    assertEquals(ExitCodes.OK, r.code(), r.out() + r.err());
    assertTrue(r.out().contains("\"articles\":36"), r.out());
    assertTrue(r.out().contains("First request (builds the snapshot)"), r.out());
    List<String> rows =
        Arrays.stream(r.out().split("\n"))
            .filter(l -> l.startsWith("articles (page of 50)") || l.startsWith("one article"))
            .toList();
    assertEquals(2, rows.size(), r.out());
    for (String row : rows) {
      String[] cols = row.trim().split("\\s+");
      assertEquals("8", cols[cols.length - 6], row);
      assertEquals("0", cols[cols.length - 1], row + ": no request may fail");
    }
    // no events without the language layer: the event page endpoints are left out, not failed
    assertFalse(r.out().contains("one event "), r.out());
  }

  @Test
  void badCountsAreUsageErrors() {
    CliTest.Result r = CliTest.run("bench", "serve", "--clients", "0");
    assertEquals(ExitCodes.USAGE, r.code(), r.out() + r.err());
  }
}
