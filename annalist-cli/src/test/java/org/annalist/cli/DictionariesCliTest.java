package org.annalist.cli;

import static org.annalist.cli.CliTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code annalist dictionaries DIR} and {@code ingest --dictionaries DIR}. */
class DictionariesCliTest {
  @TempDir Path tmp;

  private static final String ARTICLE =
      "Published on 2 March 2021 in The Harbour Gazette\n\n"
          + "Border row deepens\n\n"
          + "MINAS TIRITH: Gondor accused Mordor on Monday of shelling villages along the river,"
          + " officials said.\n\n"
          + "Gondor also accused Mordor of cheating after the football match in the capital.\n";

  private Path folder(String... files) throws IOException {
    Path dir = Files.createDirectories(tmp.resolve("dicts"));
    for (int i = 0; i < files.length; i += 2) {
      Files.writeString(dir.resolve(files[i]), files[i + 1], StandardCharsets.UTF_8);
    }
    return dir;
  }

  @Test
  void checksAFolderAndReportsItsProblems() throws IOException {
    Path dir = folder("realm.actors.txt", "GONDOR [GON]\nMORDOR [mor]\n");
    CliTest.Result r = run("dictionaries", dir.toString());
    assertEquals(ExitCodes.OK, r.code(), r.err());
    assertTrue(r.out().contains("realm.actors.txt:2: LENIENT"), r.out());
    assertTrue(r.out().contains("1 read leniently"), r.out());

    Files.writeString(dir.resolve("realm.agents.txt"), "RANGER [~MIL\n");
    CliTest.Result skipped = run("dictionaries", dir.toString());
    assertEquals(ExitCodes.SOME_FAILED, skipped.code(), skipped.out());
    assertTrue(skipped.out().contains("realm.agents.txt:1: SKIPPED"), skipped.out());

    CliTest.Result own = run("dictionaries");
    assertEquals(ExitCodes.OK, own.code(), own.err());
    assertTrue(own.out().contains("fingerprint:      built-in"), own.out());
  }

  @Test
  void aBadFolderIsAUsageErrorNamingThePath() throws IOException {
    Path dir = folder("realm.actor.txt", "GONDOR [GON]\n");
    CliTest.Result r = run("dictionaries", dir.toString());
    assertEquals(ExitCodes.USAGE, r.code());
    assertTrue(r.err().contains("realm.actor.txt"), r.err());
    CliTest.Result ingest =
        run(
            "ingest",
            "--store",
            tmp.resolve("store").toString(),
            "--dictionaries",
            dir.toString(),
            tmp.toString());
    assertEquals(ExitCodes.USAGE, ingest.code());
    assertTrue(ingest.err().contains("realm.actor.txt"), ingest.err());
    assertTrue(!Files.exists(tmp.resolve("store")), "nothing ingested before the check");
  }

  @Test
  @Tag("models")
  void ingestCodesWithTheUsersDictionariesAndAgainWithoutThem() throws IOException {
    Path in = Files.createDirectories(tmp.resolve("in"));
    Files.writeString(in.resolve("one.txt"), ARTICLE, StandardCharsets.UTF_8);
    Path dir =
        folder(
            "realm.actors.txt", "GONDOR [GON]\nMORDOR [MOR]\n", "realm.discards.txt", "FOOTBALL\n");
    String store = tmp.resolve("store").toString();

    CliTest.Result own = run("ingest", "--store", store, "--no-link", in.toString());
    assertEquals(ExitCodes.OK, own.code(), own.err());
    assertEquals(List.of(), events(store), "no actor known without the user's dictionary");

    String[] withDictionaries = {
      "ingest", "--store", store, "--no-link", "--dictionaries", dir.toString(), in.toString()
    };
    CliTest.Result r = run(withDictionaries);
    assertEquals(ExitCodes.OK, r.code(), r.err());
    assertTrue(r.out().contains("Language layer: 1 articles"), "coded again: " + r.out());
    assertEquals(List.of("GON 112 MOR 0"), events(store), "the football sentence (1) is discarded");

    CliTest.Result again = run(withDictionaries);
    assertTrue(again.out().contains("Language layer: 0 articles"), again.out());
  }

  private List<String> events(String store) throws IOException {
    Path out = tmp.resolve("events.jsonl");
    CliTest.Result r = run("export", "--store", store, "--what", "events", "--out", out.toString());
    assertEquals(ExitCodes.OK, r.code(), r.err());
    ObjectMapper json = new ObjectMapper();
    return Files.readAllLines(out).stream()
        .map(
            l -> {
              try {
                JsonNode e = json.readTree(l);
                return e.get("source").get("code").asText()
                    + " "
                    + e.get("cameo").asText()
                    + " "
                    + e.get("target").get("code").asText()
                    + " "
                    + e.get("sentence").asText();
              } catch (IOException x) {
                throw new UncheckedIOException(x);
              }
            })
        .toList();
  }
}
