package org.annalist.cli;

import static org.annalist.cli.CliTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Linking on the demo corpus, end to end (needs the CoreNLP models: the demo codes events). */
@Tag("models")
class LinkDemoCliTest {
  @TempDir Path tmp;

  private String export(String store, String what, String name) throws IOException {
    Path out = tmp.resolve(name);
    CliTest.Result r = run("export", "--store", store, "--what", what, "--out", out.toString());
    assertEquals(ExitCodes.OK, r.code(), r.err());
    return Files.readString(out);
  }

  @Test
  void demoLinksAndRelinkingChangesNothing() throws IOException {
    String store = tmp.resolve("store").toString();
    CliTest.Result demo = run("demo", "--store", store);
    assertEquals(ExitCodes.OK, demo.code(), demo.err());
    assertTrue(demo.out().contains("Linking: "), demo.out());
    assertTrue(demo.out().contains("Stories:"), demo.out());

    String events = export(store, "linked-events", "events-1.jsonl");
    String stories = export(store, "stories", "stories-1.jsonl");
    assertFalse(events.isEmpty());
    ObjectMapper json = new ObjectMapper();
    List<String> lines = stories.lines().toList();
    assertFalse(lines.isEmpty(), "the demo corpus has story threads");
    for (String line : lines) {
      JsonNode s = json.readTree(line);
      for (String field : List.of("id", "title", "articles", "events", "first", "last")) {
        assertTrue(s.has(field), field + " in " + line);
      }
      assertTrue(s.get("events").asInt() >= 2, line);
    }

    CliTest.Result again = run("link", "--store", store);
    assertEquals(ExitCodes.OK, again.code(), again.err());
    assertFalse(again.out().contains("id changes"), again.out());
    assertEquals(events, export(store, "linked-events", "events-2.jsonl"), "same ids, same bytes");
    assertEquals(stories, export(store, "stories", "stories-2.jsonl"));

    CliTest.Result timeline = run("timeline", "--store", store, "--actor", "TAL");
    assertEquals(ExitCodes.OK, timeline.code(), timeline.err());
  }
}
