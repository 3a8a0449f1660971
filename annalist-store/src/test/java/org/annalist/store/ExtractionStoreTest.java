package org.annalist.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.annalist.model.Article;
import org.annalist.model.ArticleEntity;
import org.annalist.model.DatePrecision;
import org.annalist.model.EntityType;
import org.annalist.model.Event;
import org.annalist.model.EventActor;
import org.annalist.model.Extraction;
import org.annalist.model.Factuality;
import org.annalist.model.PlacePrecision;
import org.annalist.model.Quote;
import org.annalist.model.QuoteKind;
import org.annalist.model.Role;
import org.annalist.model.Span;
import org.annalist.model.Speaker;
import org.annalist.model.TimeExpression;
import org.annalist.model.TimexAnchoring;
import org.annalist.model.TimexType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExtractionStoreTest {
  @TempDir Path dir;

  private static Extraction extraction(String id, String version) {
    ArticleEntity mayor =
        new ArticleEntity(
            "e1",
            "Ada Brandt",
            EntityType.PERSON,
            List.of("Brandt", "Mayor Ada Brandt"),
            List.of(new Role("Mayor", "Millbrook", new Span(0, 5))),
            List.of(new Span(6, 16), new Span(40, 46), new Span(60, 62)));
    return new Extraction(
        id,
        version,
        List.of(
            new TimeExpression(
                new Span(20, 28),
                "Saturday",
                TimexType.DATE,
                "2024-04-13",
                TimexAnchoring.RESOLVED,
                null,
                null)),
        List.of(mayor),
        List.of(
            new Quote(
                new Span(70, 90),
                "a start, not an end",
                QuoteKind.PARTIAL,
                new Speaker("Ada Brandt", new Span(60, 62), "e1"),
                null,
                "say",
                new Span(63, 67),
                1)),
        List.of(
            new Event(
                Event.idOf(id, 1, new Span(63, 67), "043"),
                id,
                1,
                "043",
                "04",
                "CONSULT",
                null,
                2.8,
                1,
                new EventActor("GBRGOV", "Ada Brandt", "e1", "Brandt", new Span(40, 46)),
                null,
                "2024-04-13",
                DatePrecision.DAY,
                "Millbrook",
                PlacePrecision.DATELINE,
                Factuality.ASSERTED,
                null,
                "met",
                new Span(63, 67),
                new Span(40, 100))));
  }

  @Test
  void extractionsRoundTripAndAreReplacedByNewerVersions() throws IOException {
    Article a = TestArticles.full();
    try (Store store = Store.open(dir)) {
      store.write(List.of(a));
      assertEquals(
          List.of(a.id()), store.articlesToExtract("v1", 10).stream().map(Article::id).toList());
      Extraction x = extraction(a.id(), "v1");
      store.writeExtractions(List.of(x));
      assertEquals(x, store.extraction(a.id()).orElseThrow());
      assertTrue(store.articlesToExtract("v1", 10).isEmpty());
      assertEquals(1, store.articlesToExtract("v2", 10).size(), "a newer version re-extracts");
      Extraction again = extraction(a.id(), "v2");
      store.writeExtractions(List.of(again));
      assertEquals(again, store.extraction(a.id()).orElseThrow());

      StringWriter times = new StringWriter();
      assertEquals(1, ExtractionExports.times(store, ExportFormat.JSONL, times));
      assertTrue(times.toString().contains("\"value\":\"2024-04-13\""), times.toString());
      StringWriter quotes = new StringWriter();
      assertEquals(
          1,
          ExtractionExports.quotes(store, ExportFormat.CSV, quotes, (article, key) -> "G-" + key));
      assertTrue(quotes.toString().contains(",partial,Ada Brandt,G-e1,"), quotes.toString());
    }
    try (Store store = Store.open(dir)) {
      assertEquals("v2", store.extraction(a.id()).orElseThrow().version(), "persists");
    }
  }
}
