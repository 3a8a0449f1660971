package org.annalist.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.annalist.link.dyad.Granularity;
import org.annalist.link.event.LinkedEvent;
import org.annalist.model.Article;
import org.annalist.model.DatePrecision;
import org.annalist.model.Event;
import org.annalist.model.EventActor;
import org.annalist.model.Extraction;
import org.annalist.model.Factuality;
import org.annalist.model.PlacePrecision;
import org.annalist.model.Span;
import org.annalist.model.Stage;
import org.annalist.store.ExportFormat;
import org.annalist.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** LinkJob over a store, with events coded by a small stage written for the test. */
class LinkJobTest {
  @TempDir Path tmp;

  /**
   * Codes one event per article from its first words: "Talks DAY" is a US–Taliban negotiation in
   * Doha on that day; "Strike DAY" a US airstrike on the Taliban in Helmand.
   */
  private static final class Coder implements Stage<Article, Extraction> {
    @Override
    public Extraction apply(Article a) {
      String[] w = a.body().split(" ", 3);
      boolean talks = w[0].equals("Talks");
      String cameo = talks ? "046" : "195";
      Span trigger = new Span(0, w[0].length());
      Event e =
          new Event(
              Event.idOf(a.id(), 0, trigger, cameo),
              a.id(),
              0,
              cameo,
              cameo.substring(0, 2),
              null,
              null,
              talks ? 3.5 : -10,
              talks ? 1 : 4,
              new EventActor("USA", "United States", null, "US", new Span(0, 2)),
              new EventActor("TAL", "Taliban", null, "Taliban", new Span(3, 8)),
              w[1],
              DatePrecision.DAY,
              talks ? "Doha" : "Helmand",
              PlacePrecision.CLAUSE,
              Factuality.ASSERTED,
              null,
              w[0],
              trigger,
              new Span(0, a.body().length()));
      return new Extraction(a.id(), "t1", List.of(), List.of(), List.of(), List.of(e));
    }
  }

  private static void write(Path dir, String name, String first) throws IOException {
    Files.writeString(
        dir.resolve(name + ".txt"),
        first
            + " were reported by a correspondent who wrote at length about the day, the"
            + " delegations, the weather over the city and what came next for "
            + name
            + ".\n");
  }

  private static void ingest(Store store, Path in) {
    IngestJob.standard().run(List.of(in), store, IngestListener.NONE);
    new ExtractJob(new Coder(), "t1", IngestOptions.DEFAULTS).run(store, IngestListener.NONE);
  }

  @Test
  void linksIdempotentlyAndKeepsIdsWhenArticlesAreAdded() throws IOException {
    Path a = Files.createDirectories(tmp.resolve("a"));
    write(a, "one", "Talks 2020-02-29");
    write(a, "two", "Talks 2020-02-29");
    write(a, "three", "Talks 2020-04-02");
    write(a, "four", "Strike 2020-03-03");
    try (Store store = Store.open(tmp.resolve("store"))) {
      ingest(store, a);
      LinkJob.Summary first = LinkJob.standard().run(store);
      assertEquals(4, first.mentions());
      assertEquals(3, first.events());
      assertEquals(1, first.multiReport());
      assertEquals(1, first.stories());
      List<LinkedEvent> linked = store.linkedEvents();
      List<String> ids = linked.stream().map(LinkedEvent::id).toList();

      LinkJob.Summary again = LinkJob.standard().run(store);
      assertTrue(again.changes().isEmpty());
      assertEquals(linked, store.linkedEvents(), "re-running changes nothing");

      Path b = Files.createDirectories(tmp.resolve("b"));
      write(b, "five", "Talks 2020-02-29");
      write(b, "six", "Strike 2020-05-20");
      ingest(store, b);
      LinkJob.Summary more = LinkJob.standard().run(store);
      assertEquals(6, more.mentions());
      assertEquals(4, more.events());
      List<String> after = store.linkedEvents().stream().map(LinkedEvent::id).toList();
      assertTrue(after.containsAll(ids), after + " keeps " + ids);

      StringWriter stories = new StringWriter();
      // the talks, and now two strikes in Helmand
      assertEquals(2, LinkExports.standard().stories(store, ExportFormat.CSV, stories));
      assertTrue(
          stories.toString().startsWith("id,title,articles,events,first,last,"),
          stories.toString());
      assertTrue(stories.toString().contains("United States \u2013 Taliban: negotiations, Doha"));
      StringWriter events = new StringWriter();
      assertEquals(4, LinkExports.standard().linkedEvents(store, ExportFormat.JSONL, events));
      assertTrue(events.toString().contains("\"articles\":3"), events.toString());
      StringWriter timeline = new StringWriter();
      assertEquals(
          3,
          LinkExports.standard()
              .timeline(
                  store, "TAL", LocalDate.parse("2020-03-01"), null, ExportFormat.JSONL, timeline));
      StringWriter dyad = new StringWriter();
      // February to May, both directions
      assertEquals(
          8,
          LinkExports.standard()
              .dyad(store, "USA", "TAL", Granularity.MONTH, ExportFormat.CSV, dyad)
              .points()
              .size());
    }
  }
}
