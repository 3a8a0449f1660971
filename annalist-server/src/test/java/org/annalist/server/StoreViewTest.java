package org.annalist.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.annalist.extract.event.EventExports;
import org.annalist.model.ArticleEntity;
import org.annalist.model.Span;
import org.annalist.pipeline.EntityExports;
import org.annalist.pipeline.LinkExports;
import org.annalist.store.ExportFormat;
import org.annalist.store.Store;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The snapshot shares equal strings and small numbers between its records to save heap: its records
 * must still equal those the export writers produce, parsed plainly.
 */
class StoreViewTest {
  @TempDir static Path dir;

  private static Store store;
  private static final ObjectMapper JSON = new ObjectMapper();

  @BeforeAll
  static void fill() throws IOException {
    store = Store.open(dir.resolve("store"));
    ActorFixture.fill(store, dir);
  }

  @AfterAll
  static void close() {
    store.close();
  }

  @Test
  void recordsEqualTheExportsParsedPlainly() throws IOException {
    StoreView v = StoreView.of(store, JSON);
    EntityExports ids = EntityExports.of(store);
    StringWriter w = new StringWriter();
    ids.entities(ExportFormat.JSONL, w);
    assertEquals(StoreView.lines(w, JSON), v.entities());
    w = new StringWriter();
    EventExports.load().jsonl(ids.events(store), w);
    List<ObjectNode> events = StoreView.lines(w, JSON);
    assertFalse(events.isEmpty());
    assertEquals(events, v.events());
    w = new StringWriter();
    ids.quotes(store, ExportFormat.JSONL, w);
    List<ObjectNode> quotes = StoreView.lines(w, JSON);
    assertEquals(quotes.size(), v.quotes().size());
    for (int i = 0; i < quotes.size(); i++) {
      ObjectNode q = v.quotes().get(i).deepCopy();
      String id = q.remove("id").asText();
      assertTrue(id.startsWith(q.path("article").asText() + ":q"), id);
      assertEquals(quotes.get(i), q);
    }
    w = new StringWriter();
    LinkExports.standard().linkedEvents(store.linkedEvents(), ExportFormat.JSONL, w);
    assertEquals(StoreView.lines(w, JSON), v.linkedEvents());
    w = new StringWriter();
    LinkExports.standard().stories(store, ExportFormat.JSONL, w);
    assertEquals(StoreView.lines(w, JSON), v.stories());
    w = new StringWriter();
    store.export(ExportFormat.JSONL, w);
    List<ObjectNode> articles = StoreView.lines(w, JSON);
    assertEquals(articles.size(), v.articles().size());
    for (int i = 0; i < articles.size(); i++) {
      ObjectNode a = articles.get(i);
      a.remove("body");
      a.remove("removed");
      assertEquals(a, v.articles().get(i));
    }
  }

  @Test
  void recordsSerialiseAsTheExportsDoAndAreReadOnly() throws IOException {
    StoreView v = StoreView.of(store, JSON);
    StringWriter w = new StringWriter();
    EventExports.load().jsonl(EntityExports.of(store).events(store), w);
    List<ObjectNode> plain = StoreView.lines(w, JSON);
    assertEquals(plain.size(), v.events().size());
    for (int i = 0; i < plain.size(); i++) {
      ObjectNode e = v.events().get(i);
      assertEquals(JSON.writeValueAsString(plain.get(i)), JSON.writeValueAsString(e));
      assertEquals(plain.get(i).hashCode(), e.hashCode());
      assertEquals(e, e.deepCopy());
      ObjectNode copy = e.deepCopy();
      copy.put("role", "source");
      assertEquals("source", copy.path("role").asText());
      assertThrows(UnsupportedOperationException.class, () -> e.put("role", "source"));
    }
    for (ObjectNode l : v.linkedEvents()) {
      assertEquals(
          JSON.writeValueAsString(JSON.readTree(JSON.writeValueAsString(l))),
          JSON.writeValueAsString(l));
    }
  }

  @Test
  void copiesOfSnapshotNodesShareNothingThroughTheBuildingFactory() {
    StoreView v = StoreView.of(store, JSON);
    ObjectNode a = v.events().get(0).deepCopy();
    ObjectNode b = v.events().get(0).deepCopy();
    a.put("note", "made later");
    b.put("note", "made later");
    assertNotSame(a.get("note"), b.get("note"));
  }

  @Test
  void equalStringsAreOneNode() {
    StoreView v = StoreView.of(store, JSON);
    JsonNode event = v.events().get(0);
    String article = event.path("article").asText();
    JsonNode listed = null;
    for (ObjectNode a : v.articles()) {
      if (a.path("id").asText().equals(article)) {
        listed = a.get("id");
      }
    }
    assertSame(listed, event.get("article"));
  }

  @Test
  void mentionsAreTheExtractionsInOrder() {
    StoreView v = StoreView.of(store, JSON);
    List<String> seen = new ArrayList<>();
    store.forEachExtraction(
        (a, x) -> {
          List<ObjectNode> m = v.mentions(a.id(), JSON);
          int n = 0;
          for (ArticleEntity e : x.entities()) {
            for (Span s : e.mentions()) {
              ObjectNode expected = JSON.createObjectNode();
              expected.put("name", e.name());
              expected.put("type", e.type().name());
              expected.put("start", s.start());
              expected.put("end", s.end());
              assertEquals(expected, m.get(n++));
            }
          }
          assertEquals(n, m.size());
          if (n > 0) {
            seen.add(a.id());
          }
        });
    assertFalse(seen.isEmpty());
    assertEquals(List.of(), v.mentions("no-such-article", JSON));
  }
}
