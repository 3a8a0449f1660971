package org.annalist.cli;

import static org.annalist.cli.CliTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The whole command: ingest with the language layer, then export entities, times and quotes. */
@Tag("models")
class LanguageLayerCliTest {
  @TempDir Path tmp;

  private static final String ONE =
      "Published on 9 March 2022 in The Harbour Gazette\n\n"
          + "Ferry talks resume after strike\n\n"
          + "PORT ELLEN: Harbour Minister Ada Brandt met union leaders on Monday to end the ferry"
          + " strike that has cut the island off since February, her office said.\n\n"
          + "\"We will not leave the table until the boats are running,\" Brandt said after the"
          + " meeting, which lasted three hours.\n\n"
          + "The union said it expected an agreement by Friday.\n";

  private static final String TWO =
      "Ferry strike ends\n\n"
          + "Published on 12 March 2022 in The Island Times\n\n"
          + "PORT ELLEN: The ferry strike ended on Friday after Minister Ada Brandt agreed to a pay"
          + " rise for crews, the union said.\n\n"
          + "\"It is a fair deal,\" Brandt told reporters at the harbour.\n";

  private static List<JsonNode> export(String store, String what, Path out) throws IOException {
    CliTest.Result r =
        run(
            "export",
            "--store",
            store,
            "--what",
            what,
            "--format",
            "jsonl",
            "--out",
            out.toString());
    assertEquals(ExitCodes.OK, r.code(), r.err());
    ObjectMapper json = new ObjectMapper();
    List<JsonNode> nodes = new ArrayList<>();
    for (String line : Files.readAllLines(out)) {
      nodes.add(json.readTree(line));
    }
    return nodes;
  }

  @Test
  void ingestExtractsAndExportsEntitiesTimesAndQuotes() throws IOException {
    Path in = Files.createDirectories(tmp.resolve("in"));
    Files.writeString(in.resolve("one.txt"), ONE, StandardCharsets.UTF_8);
    Files.writeString(in.resolve("two.txt"), TWO, StandardCharsets.UTF_8);
    String store = tmp.resolve("store").toString();
    CliTest.Result r = run("ingest", "--store", store, in.toString());
    assertEquals(ExitCodes.OK, r.code(), r.err() + r.out());
    assertTrue(r.out().contains("Language layer: 2 articles"), r.out());

    List<JsonNode> entities = export(store, "entities", tmp.resolve("e.jsonl"));
    JsonNode brandt =
        entities.stream()
            .filter(e -> e.get("name").asText().equals("Ada Brandt"))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no Ada Brandt in " + entities));
    assertEquals("PERSON", brandt.get("type").asText());
    assertEquals(2, brandt.get("articles").size(), "one person across both articles");

    List<JsonNode> times = export(store, "times", tmp.resolve("t.jsonl"));
    assertTrue(
        times.stream()
            .anyMatch(
                t ->
                    t.get("text").asText().equals("Monday")
                        && t.get("value").asText().equals("2022-03-07")),
        "Monday before Wednesday 9 March 2022 is the 7th: " + times);

    List<JsonNode> quotes = export(store, "quotes", tmp.resolve("q.jsonl"));
    JsonNode table =
        quotes.stream()
            .filter(q -> q.get("text").asText().startsWith("We will not leave the table"))
            .findFirst()
            .orElseThrow(() -> new AssertionError("quote missing: " + quotes));
    assertEquals("direct", table.get("kind").asText());
    assertEquals(brandt.get("id").asText(), table.get("speaker").get("entity").asText());

    CliTest.Result again = run("ingest", "--store", store, in.toString());
    assertTrue(again.out().contains("Language layer: 0 articles"), "idempotent: " + again.out());
  }
}
