package org.annalist.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.annalist.model.Article;
import org.annalist.model.DatePrecision;
import org.annalist.model.Event;
import org.annalist.model.EventActor;
import org.annalist.model.Extraction;
import org.annalist.model.Factuality;
import org.annalist.model.PlacePrecision;
import org.annalist.model.Span;
import org.annalist.pipeline.LinkJob;
import org.annalist.store.Store;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code GET /api/v1/overview} over a linked store: principals, dyads, latest first. */
class OverviewTest {
  @TempDir static Path dir;

  private static Store store;
  private static AnnalistServer server;

  @BeforeAll
  static void start() throws IOException {
    store = Store.open(dir.resolve("store"));
    Fixture.fill(store, dir);
    Article ferry =
        store.articles().filter(a -> a.body().contains("ferry")).findFirst().orElseThrow();
    store.writeExtractions(List.of(ferryExtraction(ferry)));
    LinkJob.standard().run(store);
    server = AnnalistServer.start(store, ServerOptions.local(0));
  }

  @AfterAll
  static void stop() {
    server.close();
    store.close();
  }

  /** The harbour office (a US sector, for the test's sake) announces to the mayor. */
  private static Extraction ferryExtraction(Article a) {
    String body = a.body();
    int office = body.indexOf("the harbour office");
    int said = body.indexOf("said", office);
    int end = body.indexOf('.') + 1;
    EventActor source =
        new EventActor("USAGOV", "Harbour office", null, "the harbour office", span(office, 18));
    EventActor target = new EventActor("GBR", "Britain", null, "the island", span(0, 9));
    Event e =
        new Event(
            Event.idOf(a.id(), 0, span(said, 4), "010"),
            a.id(),
            0,
            "010",
            "01",
            null,
            null,
            0.0,
            1,
            source,
            target,
            "2024-05-07",
            DatePrecision.PUBLICATION,
            null,
            PlacePrecision.NONE,
            Factuality.ASSERTED,
            null,
            "said",
            span(said, 4),
            new Span(0, end));
    return new Extraction(a.id(), "test-1", List.of(), List.of(), List.of(), List.of(e));
  }

  private static Span span(int start, int length) {
    return new Span(start, start + length);
  }

  @Test
  void countsPrincipalsAndDyadsFromLinkedEventsLatestFirst() throws Exception {
    JsonNode o = ServerTest.get(server, "/api/v1/overview").body();
    assertEquals("linked_events", o.path("basis").asText(), o::toString);
    assertEquals(2, o.path("counts").path("linked_events").asInt(), o::toString);
    assertEquals(2, o.path("latest").size());
    assertEquals("2024-05-07", o.path("latest").get(0).path("day").asText());
    assertEquals("2024-04-13", o.path("latest").get(1).path("day").asText());
    // GBRGOV (oaks) and GBR (ferry) are one principal; the name written with the bare code wins
    JsonNode top = o.path("actors").get(0);
    assertEquals("GBR", top.path("code").asText());
    assertEquals(2, top.path("events").asInt());
    assertEquals("USA", o.path("actors").get(1).path("code").asText());
    assertEquals(1, o.path("dyads").size());
    JsonNode dyad = o.path("dyads").get(0);
    assertEquals("GBR", dyad.path("a").asText());
    assertEquals("USA", dyad.path("b").asText());
    assertEquals(1, dyad.path("events").asInt());
  }
}
