package org.annalist.cli;

import static org.annalist.cli.CliTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The linking commands' plumbing, without the language models (no events: empty outputs). */
class LinkCliTest {
  @TempDir Path tmp;

  private String store() throws IOException {
    Path in = Files.createDirectories(tmp.resolve("in"));
    Files.writeString(
        in.resolve("a.txt"),
        "The harbour board met on Tuesday and agreed to repair the north pier before the winter"
            + " storms, after a survey found cracks in the old stone along its whole length.\n",
        StandardCharsets.UTF_8);
    String store = tmp.resolve("store").toString();
    CliTest.Result r = run("ingest", "--no-language", "--store", store, in.toString());
    assertEquals(ExitCodes.OK, r.code(), r.err());
    assertTrue(r.out().contains("Linking: 1 articles: 0 copies"), r.out());
    assertTrue(r.out().contains("0 event mentions -> 0 linked events"), r.out());
    return store;
  }

  @Test
  void linkExportTimelineAndDyadRunOnAStore() throws IOException {
    String store = store();
    CliTest.Result link = run("link", "--store", store);
    assertEquals(ExitCodes.OK, link.code(), link.err());
    assertTrue(link.out().startsWith("Linking: "), link.out());

    Path stories = tmp.resolve("stories.csv");
    CliTest.Result s =
        run(
            "export",
            "--store",
            store,
            "--what",
            "stories",
            "--format",
            "csv",
            "--out",
            stories.toString());
    assertEquals(ExitCodes.OK, s.code(), s.err());
    assertEquals(
        List.of("id,title,articles,events,first,last,actors,place,cameo,event_ids"),
        Files.readAllLines(stories));

    Path events = tmp.resolve("events.csv");
    CliTest.Result e =
        run(
            "export",
            "--store",
            store,
            "--what",
            "linked-events",
            "--format",
            "csv",
            "--out",
            events.toString());
    assertEquals(ExitCodes.OK, e.code(), e.err());
    assertTrue(Files.readAllLines(events).get(0).startsWith("id,cameo,root,label,quad,"));

    Path timeline = tmp.resolve("timeline.csv");
    CliTest.Result t =
        run(
            "timeline",
            "--store",
            store,
            "--actor",
            "USA",
            "--from",
            "2020-01-01",
            "--format",
            "csv",
            "--out",
            timeline.toString());
    assertEquals(ExitCodes.OK, t.code(), t.err());
    assertTrue(Files.readAllLines(timeline).get(0).startsWith("day,date,date_precision,id,"));

    Path dyad = tmp.resolve("dyad.csv");
    CliTest.Result d =
        run(
            "dyad",
            "--store",
            store,
            "USA",
            "TAL",
            "--by",
            "week",
            "--format",
            "csv",
            "--out",
            dyad.toString());
    assertEquals(ExitCodes.OK, d.code(), d.err());
    assertTrue(Files.readAllLines(dyad).get(0).startsWith("period,start,source,target,articles"));
  }

  @Test
  void usageErrors() throws IOException {
    String store = store();
    assertEquals(ExitCodes.USAGE, run("export", "--store", store, "--what", "bogus").code());
    assertEquals(ExitCodes.USAGE, run("dyad", "--store", store, "USA").code());
    assertEquals(
        ExitCodes.USAGE, run("dyad", "--store", store, "USA", "TAL", "--by", "year").code());
    assertEquals(ExitCodes.USAGE, run("timeline", "--store", store).code());
    assertEquals(
        ExitCodes.USAGE,
        run(
                "timeline",
                "--store",
                store,
                "--actor",
                "USA",
                "--from",
                "2021-02-01",
                "--to",
                "2021-01-01")
            .code());
    assertEquals(
        ExitCodes.NOT_FOUND, run("link", "--store", tmp.resolve("none").toString()).code());
  }
}
