package org.annalist.server.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.annalist.model.Extraction;
import org.annalist.model.Quote;
import org.annalist.model.QuoteKind;
import org.annalist.model.Span;
import org.annalist.pipeline.IngestJob;
import org.annalist.pipeline.IngestListener;
import org.annalist.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SearchIndexTest {
  @TempDir Path dir;

  private static void ingest(Store store, Path file, String... lines) throws Exception {
    Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    IngestJob.standard().run(List.of(file), store, IngestListener.NONE);
  }

  private static String line(String id, String text) {
    return "{\"id\":\"" + id + "\",\"title\":\"T " + id + "\",\"text\":\"" + text + "\"}";
  }

  private static final String ONE =
      "The river festival drew crowds to the old harbour on Sunday afternoon. Boats were"
          + " decorated with lanterns and the brass band played until dark.";
  private static final String TWO =
      "Snow closed the mountain pass for a second day, and the road authority asked drivers to"
          + " wait in the valley towns until ploughs had cleared both lanes.";

  @Test
  void indexesOnlyWhatChangedAndKeepsItsStateAcrossRestarts() throws Exception {
    try (Store store = Store.open(dir.resolve("store"))) {
      ingest(store, dir.resolve("one.jsonl"), line("a", ONE));
      try (SearchIndex index = SearchIndex.open(dir.resolve("search"))) {
        assertEquals(new UpdateResult(1, 0, 0, 0), index.update(store));
        assertEquals(new UpdateResult(0, 0, 0, 1), index.update(store));
        assertEquals(1, index.search("lanterns", null, 10, 0).total());
      }
      ingest(store, dir.resolve("two.jsonl"), line("a", ONE), line("b", TWO));
      try (SearchIndex index = SearchIndex.open(dir.resolve("search"))) {
        assertEquals(1, index.articles());
        assertEquals(new UpdateResult(1, 0, 0, 1), index.update(store));
        String id =
            store.articles().filter(a -> a.body().contains("lanterns")).findFirst().get().id();
        store.writeExtractions(List.of(new Extraction(id, "v", List.of(), List.of(), List.of())));
        assertEquals(new UpdateResult(0, 0, 0, 2), index.update(store));
        Quote q =
            new Quote(new Span(0, 9), "The river", QuoteKind.PARTIAL, null, null, null, null, 0);
        store.writeExtractions(List.of(new Extraction(id, "v2", List.of(), List.of(), List.of(q))));
        assertEquals(new UpdateResult(0, 1, 0, 1), index.update(store));
        assertEquals(1, index.search("river", "quote", 10, 0).total());
        SearchResult r = index.search("ploughs lanes", null, 10, 0);
        assertEquals(1, r.total());
        assertEquals("article", r.hits().get(0).type());
        assertEquals(0, index.search("ploughs AND lanterns", null, 10, 0).total());
        assertEquals(2, index.search("ploughs OR lanterns", null, 10, 0).total());
        assertEquals(1, index.search("ploughs OR lanterns", null, 1, 1).hits().size());
        assertEquals(0, index.search("lanterns", "quote", 10, 0).total());
      }
    }
  }

  @Test
  void snippetsCutAroundTheFirstMatchAndHighlightPrefixTerms() throws Exception {
    try (Store store = Store.open(dir.resolve("store"))) {
      String filler = "Nothing much happened in the town that week. ".repeat(12);
      ingest(store, dir.resolve("long.jsonl"), line("c", filler + ONE));
      try (SearchIndex index = SearchIndex.open(dir.resolve("search"))) {
        index.update(store);
        SearchHit hit = index.search("lantern*", null, 10, 0).hits().get(0);
        assertTrue(hit.snippet().length() <= Highlighter.WINDOW, hit::toString);
        SearchHit.Highlight h = hit.highlights().get(0);
        assertEquals("lanterns", hit.snippet().substring(h.start(), h.end()));
      }
    }
  }

  @Test
  void unreadableQueriesAreBadQueries() throws Exception {
    try (SearchIndex index = SearchIndex.open(dir.resolve("search"))) {
      SearchException e =
          assertThrows(SearchException.class, () -> index.search("\"unclosed", null, 10, 0));
      assertTrue(e.badQuery());
      assertTrue(
          assertThrows(SearchException.class, () -> index.search(" ", null, 1, 0)).badQuery());
    }
  }
}
