package org.annalist.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NumericNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.annalist.extract.event.EventExports;
import org.annalist.link.event.LinkedEvent;
import org.annalist.model.Article;
import org.annalist.model.ArticleEntity;
import org.annalist.model.Extraction;
import org.annalist.model.Span;
import org.annalist.pipeline.EntityExports;
import org.annalist.pipeline.LinkExports;
import org.annalist.store.ArticleExporter;
import org.annalist.store.ExportFormat;
import org.annalist.store.Store;

/**
 * A read-only snapshot of what a store holds, as the records of the JSONL exports ({@code
 * docs/formats.md}): the same writers produce them, so the API and the exports cannot drift apart.
 * Article records here leave out {@code body} and {@code removed} (see {@link #article}).
 *
 * <p>Immutable after construction; safe to share between threads. Built by {@link #of}, which
 * resolves entity identities across the whole store (seconds for a large store).
 */
final class StoreView {
  private final List<ObjectNode> articles;
  private final Map<String, LocalDate> published;
  private final Map<String, String> outlets;
  private final List<ObjectNode> entities;
  private final List<ObjectNode> quotes;
  private final List<ObjectNode> events;
  private final List<ObjectNode> linkedEvents;
  private final List<ObjectNode> stories;
  private final List<LinkedEvent> linkedRecords;
  private final Map<LocalDate, Long> articlesPerDay;
  private final Map<String, List<ObjectNode>> entitiesByArticle;
  private final Map<String, List<ObjectNode>> quotesByArticle;
  private final Map<String, List<ObjectNode>> eventsByArticle;
  private final Map<String, List<String>> linkedByArticle;
  private final Map<String, Mentions> mentionsByArticle;

  /**
   * An article's entity mentions, compact: the names and types of its entities, and per mention the
   * entity's index, start and end in {@code spans} (an object tree per mention took about 40% of
   * the snapshot's heap).
   */
  private record Mentions(String[] names, String[] types, int[] spans) {}

  private StoreView(
      List<ObjectNode> articles,
      Map<String, LocalDate> published,
      List<ObjectNode> entities,
      List<ObjectNode> quotes,
      List<ObjectNode> events,
      List<ObjectNode> linkedEvents,
      List<ObjectNode> stories,
      List<LinkedEvent> linkedRecords,
      Map<LocalDate, Long> articlesPerDay,
      Map<String, Mentions> mentionsByArticle) {
    this.articles = List.copyOf(articles);
    this.published = Map.copyOf(published);
    Map<String, String> outlets = new HashMap<>();
    for (ObjectNode a : this.articles) {
      String outlet = a.path("outlet").asText(null);
      if (outlet != null) {
        outlets.put(a.path("id").asText(), outlet);
      }
    }
    this.outlets = Map.copyOf(outlets);
    this.entities = List.copyOf(entities);
    this.quotes = List.copyOf(quotes);
    this.events = List.copyOf(events);
    this.linkedEvents = List.copyOf(linkedEvents);
    this.stories = List.copyOf(stories);
    this.linkedRecords = List.copyOf(linkedRecords);
    this.articlesPerDay = Map.copyOf(articlesPerDay);
    this.mentionsByArticle = Map.copyOf(mentionsByArticle);
    Map<String, List<ObjectNode>> ents = new HashMap<>();
    for (ObjectNode e : this.entities) {
      for (JsonNode a : e.path("articles")) {
        ents.computeIfAbsent(a.asText(), k -> new ArrayList<>()).add(e);
      }
    }
    this.entitiesByArticle = frozen(ents);
    this.quotesByArticle = byArticle(this.quotes);
    this.eventsByArticle = byArticle(this.events);
    Map<String, List<String>> linked = new HashMap<>();
    for (ObjectNode e : this.linkedEvents) {
      String id = e.path("id").asText();
      for (JsonNode r : e.path("reports")) {
        List<String> ids =
            linked.computeIfAbsent(r.path("article").asText(), k -> new ArrayList<>());
        if (ids.isEmpty() || !ids.get(ids.size() - 1).equals(id)) {
          ids.add(id);
        }
      }
    }
    Map<String, List<String>> linkedFrozen = new HashMap<>();
    linked.forEach((k, v) -> linkedFrozen.put(k, List.copyOf(v)));
    this.linkedByArticle = Map.copyOf(linkedFrozen);
  }

  private static Map<String, List<ObjectNode>> byArticle(List<ObjectNode> records) {
    Map<String, List<ObjectNode>> m = new HashMap<>();
    for (ObjectNode r : records) {
      m.computeIfAbsent(r.path("article").asText(), k -> new ArrayList<>()).add(r);
    }
    return frozen(m);
  }

  private static Map<String, List<ObjectNode>> frozen(Map<String, List<ObjectNode>> m) {
    Map<String, List<ObjectNode>> out = new HashMap<>();
    m.forEach((k, v) -> out.put(k, List.copyOf(v)));
    return Map.copyOf(out);
  }

  /** Reads everything the API lists from {@code store}. */
  static StoreView of(Store store, ObjectMapper mapper) {
    SharingNodeFactory sharing = new SharingNodeFactory();
    ObjectReader json = mapper.reader().with(sharing);
    try {
      List<ObjectNode> articles = new ArrayList<>();
      Map<String, LocalDate> published = new HashMap<>();
      ArticleExporter exporter = new ArticleExporter(ExportFormat.JSONL);
      try (Stream<Article> all = store.articles()) {
        for (Article a : (Iterable<Article>) all::iterator) {
          ObjectNode n = record(a, exporter, json);
          n.remove("body");
          n.remove("removed");
          articles.add(n);
          if (a.published() != null) {
            published.put(a.id(), a.published());
          }
        }
      }
      Map<String, Mentions> mentions = new HashMap<>();
      Map<String, String> names = new HashMap<>();
      EntityExports ids =
          EntityExports.of(store, (a, x) -> mentions.put(a.id(), mentionsOf(x, names)));
      StringWriter w = new StringWriter();
      ids.entities(ExportFormat.JSONL, w);
      List<ObjectNode> entities = lines(w, json);
      w = new StringWriter();
      ids.quotes(store, ExportFormat.JSONL, w);
      List<ObjectNode> quotes = withQuoteIds(lines(w, json), json);
      w = new StringWriter();
      EventExports.load().jsonl(ids.events(store), w);
      List<ObjectNode> events = lines(w, json);
      LinkExports links = LinkExports.standard();
      List<LinkedEvent> linkedRecords = store.linkedEvents();
      w = new StringWriter();
      links.linkedEvents(linkedRecords, ExportFormat.JSONL, w);
      List<ObjectNode> linked = lines(w, json);
      w = new StringWriter();
      links.stories(store, ExportFormat.JSONL, w);
      List<ObjectNode> stories = lines(w, json);
      sharing.seal();
      return new StoreView(
          freeze(articles),
          published,
          freeze(entities),
          freeze(quotes),
          freeze(events),
          freeze(linked),
          freeze(stories),
          linkedRecords,
          store.articlesPerDay(),
          mentions);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<ObjectNode> freeze(List<ObjectNode> records) {
    List<ObjectNode> out = new ArrayList<>(records.size());
    for (ObjectNode r : records) {
      out.add(FrozenJson.freeze(r));
    }
    return out;
  }

  /** One article's full export record (with {@code body} and {@code removed}). */
  static ObjectNode article(Article a, ObjectMapper json) {
    return record(a, new ArticleExporter(ExportFormat.JSONL), json.reader());
  }

  private static ObjectNode record(Article a, ArticleExporter exporter, ObjectReader json) {
    StringWriter w = new StringWriter();
    try {
      exporter.export(List.of(a), w);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return lines(w, json).get(0);
  }

  /** Gives each quote an {@code id}, {@code ARTICLE:qN} (N: its index in the article). */
  private static List<ObjectNode> withQuoteIds(List<ObjectNode> quotes, ObjectReader json) {
    Map<String, Integer> next = new HashMap<>();
    List<ObjectNode> out = new ArrayList<>();
    for (ObjectNode q : quotes) {
      String article = q.path("article").asText();
      int n = next.merge(article, 1, Integer::sum) - 1;
      ObjectNode withId = json.getConfig().getNodeFactory().objectNode();
      withId.put("id", article + ":q" + n);
      withId.setAll(q);
      out.add(withId);
    }
    return out;
  }

  static List<ObjectNode> lines(StringWriter w, ObjectMapper json) {
    return lines(w, json.reader());
  }

  private static List<ObjectNode> lines(StringWriter w, ObjectReader json) {
    List<ObjectNode> out = new ArrayList<>();
    for (String line : w.toString().split("\n")) {
      if (line.isEmpty()) {
        continue;
      }
      try {
        JsonNode n = json.readTree(line);
        out.add((ObjectNode) n);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return out;
  }

  List<ObjectNode> articles() {
    return articles;
  }

  /** The publication date of an article, or null (undated or unknown). */
  LocalDate published(String articleId) {
    return published.get(articleId);
  }

  /** The outlet of an article, or null (none given, or no such article). */
  String outlet(String articleId) {
    return outlets.get(articleId);
  }

  List<ObjectNode> entities() {
    return entities;
  }

  List<ObjectNode> quotes() {
    return quotes;
  }

  List<ObjectNode> events() {
    return events;
  }

  List<ObjectNode> linkedEvents() {
    return linkedEvents;
  }

  List<ObjectNode> stories() {
    return stories;
  }

  /** The linked events as records (for timelines and dyad series). */
  List<LinkedEvent> linkedRecords() {
    return linkedRecords;
  }

  /** Stored articles per publication day (the dyad series' normalisation). */
  Map<LocalDate, Long> articlesPerDay() {
    return articlesPerDay;
  }

  private static Mentions mentionsOf(Extraction x, Map<String, String> shared) {
    List<ArticleEntity> entities = x.entities();
    String[] names = new String[entities.size()];
    String[] types = new String[entities.size()];
    int count = 0;
    for (int i = 0; i < entities.size(); i++) {
      ArticleEntity e = entities.get(i);
      names[i] = shared.computeIfAbsent(e.name(), n -> n);
      types[i] = e.type().name();
      count += e.mentions().size();
    }
    int[] spans = new int[3 * count];
    int k = 0;
    for (int i = 0; i < entities.size(); i++) {
      for (Span m : entities.get(i).mentions()) {
        spans[k++] = i;
        spans[k++] = m.start();
        spans[k++] = m.end();
      }
    }
    return new Mentions(names, types, spans);
  }

  /**
   * Where an article's entities are mentioned in its body ({@code name, type, start, end}), by
   * entity, then as the extraction lists them; empty for an article without an extraction.
   */
  List<ObjectNode> mentions(String articleId, ObjectMapper json) {
    Mentions m = mentionsByArticle.get(articleId);
    if (m == null) {
      return List.of();
    }
    List<ObjectNode> list = new ArrayList<>(m.spans().length / 3);
    for (int k = 0; k < m.spans().length; k += 3) {
      ObjectNode n = json.createObjectNode();
      n.put("name", m.names()[m.spans()[k]]);
      n.put("type", m.types()[m.spans()[k]]);
      n.put("start", m.spans()[k + 1]);
      n.put("end", m.spans()[k + 2]);
      list.add(n);
    }
    return list;
  }

  /**
   * Builds the snapshot's trees with one node per distinct string and small number: article ids,
   * entity ids, codes, names and dates recur across records and would otherwise each hold a copy.
   * Shared nodes are immutable; the map is dropped with the factory once the snapshot is built.
   */
  private static final class SharingNodeFactory extends JsonNodeFactory {
    private static final long serialVersionUID = 1L;
    private static final int SMALL = 4096;

    private transient Map<String, TextNode> texts = new HashMap<>();
    private transient IntNode[] ints = new IntNode[SMALL];
    private transient Map<Double, DoubleNode> doubles = new HashMap<>();

    /**
     * Drops the maps and makes this an ordinary factory: every node built keeps its factory, and
     * the handlers' copies of snapshot nodes (on many threads) must not share through it.
     */
    void seal() {
      texts = null;
      ints = null;
      doubles = null;
    }

    @Override
    public TextNode textNode(String text) {
      if (texts == null || text == null) {
        return super.textNode(text);
      }
      return texts.computeIfAbsent(text, TextNode::valueOf);
    }

    @Override
    public NumericNode numberNode(int v) {
      if (ints == null || v < 0 || v >= SMALL) {
        return super.numberNode(v);
      }
      IntNode n = ints[v];
      if (n == null) {
        n = IntNode.valueOf(v);
        ints[v] = n;
      }
      return n;
    }

    @Override
    public NumericNode numberNode(double v) {
      if (doubles == null) {
        return super.numberNode(v);
      }
      return doubles.computeIfAbsent(v, DoubleNode::valueOf);
    }
  }

  /** The global entities an article mentions. */
  List<ObjectNode> entitiesOf(String articleId) {
    return entitiesByArticle.getOrDefault(articleId, List.of());
  }

  /** An article's quotes, in order. */
  List<ObjectNode> quotesOf(String articleId) {
    return quotesByArticle.getOrDefault(articleId, List.of());
  }

  /** An article's coded events, in order. */
  List<ObjectNode> eventsOf(String articleId) {
    return eventsByArticle.getOrDefault(articleId, List.of());
  }

  /** The ids of the linked events an article reports. */
  List<String> linkedOf(String articleId) {
    return linkedByArticle.getOrDefault(articleId, List.of());
  }

  /** Counts of each kind of record, for the status endpoint. */
  Map<String, Integer> counts() {
    Map<String, Integer> m = new LinkedHashMap<>();
    m.put("articles", articles.size());
    m.put("entities", entities.size());
    m.put("quotes", quotes.size());
    m.put("events", events.size());
    m.put("linked_events", linkedEvents.size());
    m.put("stories", stories.size());
    return m;
  }
}
