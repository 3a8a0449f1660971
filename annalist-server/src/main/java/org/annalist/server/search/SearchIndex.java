package org.annalist.server.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import org.annalist.model.Article;
import org.annalist.model.Event;
import org.annalist.model.EventActor;
import org.annalist.model.Extraction;
import org.annalist.model.Quote;
import org.annalist.store.Store;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;

/**
 * A full-text index (Lucene) of a store's articles (title and body), quotes and events, kept in a
 * directory of its own (by convention {@code STORE/search}).
 *
 * <p>The index records, per article, a fingerprint of what it indexed of it; {@link #update(Store)}
 * re-indexes only the articles whose fingerprint changed (new articles, new or re-run extractions,
 * changed metadata) and drops the articles the store no longer holds, so a restart or a re-ingest
 * does not index everything again.
 *
 * <p>Queries use Lucene's classic syntax ({@code "peace talks"}, {@code Taliban AND Doha}, {@code
 * negotiat*}); terms are joined with AND unless said otherwise; English stemming and stop words.
 *
 * <p>Thread safety: searches run concurrently with each other and with an update; updates are
 * serialised. A directory can be open in one process at a time. Errors: {@link SearchException}.
 */
public final class SearchIndex implements AutoCloseable {
  /** Unit types in the index. */
  public static final List<String> TYPES = List.of("article", "quote", "event");

  /** Bump when what is indexed of an article changes: every article is then re-indexed. */
  private static final String FORMAT = "annalist-search-1";

  private static final String TYPE = "type";
  private static final String ID = "id";
  private static final String ARTICLE = "article";
  private static final String TEXT = "text";
  private static final String START = "start";
  private static final String END = "end";
  private static final String FINGERPRINT = "fingerprint";

  private final Analyzer analyzer = new EnglishAnalyzer();
  private final Directory directory;
  private final IndexWriter writer;
  private final SearcherManager searchers;
  private final Map<String, String> fingerprints;

  private SearchIndex(Directory directory, IndexWriter writer, SearcherManager searchers)
      throws IOException {
    this.directory = directory;
    this.writer = writer;
    this.searchers = searchers;
    this.fingerprints = readFingerprints();
  }

  /**
   * Opens the index in {@code dir}, creating it if needed.
   *
   * @throws SearchException when the directory cannot be opened (locked by another process, not an
   *     index)
   */
  public static SearchIndex open(Path dir) {
    Directory d = null;
    IndexWriter w = null;
    try {
      d = FSDirectory.open(dir);
      IndexWriterConfig config = new IndexWriterConfig(new EnglishAnalyzer());
      config.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
      w = new IndexWriter(d, config);
      w.commit();
      return new SearchIndex(d, w, new SearcherManager(w, null));
    } catch (IOException e) {
      closeQuietly(w, d);
      throw SearchException.index("cannot open the search index at " + dir + ": " + e, e);
    }
  }

  /** Articles indexed. */
  public synchronized int articles() {
    return fingerprints.size();
  }

  /**
   * Brings the index in step with {@code store}: indexes new and changed articles (with their
   * quotes and events), removes the articles no longer stored, and commits.
   *
   * @throws SearchException when the index cannot be written
   */
  public synchronized UpdateResult update(Store store) {
    Objects.requireNonNull(store, "store");
    long[] counts = new long[4];
    Set<String> seen = new HashSet<>();
    try {
      store.forEachExtraction(
          (a, x) -> {
            seen.add(a.id());
            index(a, x, counts);
          });
      try (Stream<Article> all = store.articles()) {
        all.filter(a -> !seen.contains(a.id()))
            .forEach(
                a -> {
                  seen.add(a.id());
                  index(a, null, counts);
                });
      }
      for (String id : List.copyOf(fingerprints.keySet())) {
        if (!seen.contains(id)) {
          writer.deleteDocuments(new Term(ARTICLE, id));
          fingerprints.remove(id);
          counts[2]++;
        }
      }
      writer.commit();
      searchers.maybeRefreshBlocking();
    } catch (IOException | UncheckedIOException e) {
      throw SearchException.index("cannot update the search index: " + e.getMessage(), e);
    }
    return new UpdateResult(counts[0], counts[1], counts[2], counts[3]);
  }

  private void index(Article a, Extraction x, long[] counts) {
    List<Unit> units = units(a, x);
    String fp = fingerprint(units);
    String old = fingerprints.get(a.id());
    if (fp.equals(old)) {
      counts[3]++;
      return;
    }
    List<Document> docs = new ArrayList<>();
    for (Unit u : units) {
      docs.add(u.document(docs.isEmpty() ? fp : null));
    }
    try {
      writer.deleteDocuments(new Term(ARTICLE, a.id()));
      writer.addDocuments(docs);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    fingerprints.put(a.id(), fp);
    counts[old == null ? 0 : 1]++;
  }

  /**
   * One page of the units matching {@code query}, best first.
   *
   * @param query a query in Lucene's classic syntax (not blank)
   * @param type {@code article}, {@code quote}, {@code event}, or null for all
   * @param limit page size, at least 1
   * @param offset hits to skip, at least 0
   * @throws SearchException ({@link SearchException#badQuery()}) when the query cannot be parsed
   */
  public SearchResult search(String query, String type, int limit, int offset) {
    if (query == null || query.isBlank()) {
      throw SearchException.badQuery("the query is empty", null);
    }
    if (limit < 1 || offset < 0) {
      throw new IllegalArgumentException("limit " + limit + ", offset " + offset);
    }
    if (type != null && !TYPES.contains(type)) {
      throw new IllegalArgumentException("unknown type " + type);
    }
    Query parsed = parse(query);
    Query q = parsed;
    if (type != null) {
      q =
          new BooleanQuery.Builder()
              .add(parsed, BooleanClause.Occur.MUST)
              .add(new TermQuery(new Term(TYPE, type)), BooleanClause.Occur.FILTER)
              .build();
    }
    try {
      IndexSearcher searcher = searchers.acquire();
      try {
        int total = searcher.count(q);
        List<SearchHit> hits = new ArrayList<>();
        if (offset < total) {
          TopDocs top = searcher.search(q, Math.addExact(offset, limit));
          Highlighter highlighter = new Highlighter(analyzer, TEXT, parsed);
          StoredFields stored = searcher.storedFields();
          for (int i = offset; i < top.scoreDocs.length; i++) {
            ScoreDoc sd = top.scoreDocs[i];
            Document d = stored.document(sd.doc);
            Highlighter.Snippet s = highlighter.snippet(d.get(TEXT));
            hits.add(
                new SearchHit(
                    d.get(TYPE),
                    d.get(ID),
                    d.get(ARTICLE),
                    sd.score,
                    s.text(),
                    s.highlights(),
                    d.getField(START).numericValue().intValue(),
                    d.getField(END).numericValue().intValue()));
          }
        }
        return new SearchResult(total, hits);
      } finally {
        searchers.release(searcher);
      }
    } catch (IOException e) {
      throw SearchException.index("cannot search: " + e, e);
    }
  }

  private Query parse(String query) {
    QueryParser parser = new QueryParser(TEXT, analyzer);
    parser.setDefaultOperator(QueryParser.Operator.AND);
    try {
      return parser.parse(query);
    } catch (ParseException | IllegalArgumentException e) {
      String m = e.getMessage() == null ? e.toString() : e.getMessage().lines().findFirst().get();
      throw SearchException.badQuery("cannot read the query: " + m, e);
    }
  }

  @Override
  public synchronized void close() {
    try {
      searchers.close();
      writer.close();
      directory.close();
    } catch (IOException e) {
      throw SearchException.index("cannot close the search index: " + e, e);
    }
  }

  private Map<String, String> readFingerprints() throws IOException {
    Map<String, String> out = new HashMap<>();
    IndexSearcher searcher = searchers.acquire();
    try {
      Set<String> fields = Set.of(ARTICLE, FINGERPRINT);
      for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
        Bits live = leaf.reader().getLiveDocs();
        StoredFields stored = leaf.reader().storedFields();
        for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
          if (live == null || live.get(doc)) {
            Document d = stored.document(doc, fields);
            String fp = d.get(FINGERPRINT);
            if (fp != null) {
              out.put(d.get(ARTICLE), fp);
            }
          }
        }
      }
    } finally {
      searchers.release(searcher);
    }
    return out;
  }

  private static List<Unit> units(Article a, Extraction x) {
    List<Unit> units = new ArrayList<>();
    String title = a.title() == null ? "" : a.title() + "\n";
    units.add(new Unit("article", a.id(), a.id(), title + a.body(), 0, a.body().length()));
    if (x == null) {
      return units;
    }
    List<Quote> quotes = x.quotes();
    for (int i = 0; i < quotes.size(); i++) {
      Quote q = quotes.get(i);
      units.add(
          new Unit("quote", a.id() + ":q" + i, a.id(), q.text(), q.span().start(), q.span().end()));
    }
    for (Event e : x.events()) {
      int s = Math.min(e.evidence().start(), a.body().length());
      int t = Math.min(e.evidence().end(), a.body().length());
      StringBuilder text = new StringBuilder(a.body().substring(s, t));
      for (EventActor actor : new EventActor[] {e.source(), e.target()}) {
        if (actor != null && actor.name() != null && !text.toString().contains(actor.name())) {
          text.append(" · ").append(actor.name());
        }
      }
      units.add(new Unit("event", e.id(), a.id(), text.toString(), s, t));
    }
    return units;
  }

  private static String fingerprint(List<Unit> units) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update(FORMAT.getBytes(StandardCharsets.UTF_8));
      for (Unit u : units) {
        String line =
            u.type + "\u0000" + u.id + "\u0000" + u.start + "\u0000" + u.end + "\u0000" + u.text;
        sha.update(line.getBytes(StandardCharsets.UTF_8));
        sha.update((byte) '\n');
      }
      return HexFormat.of().formatHex(sha.digest(), 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this Java", e);
    }
  }

  private static void closeQuietly(IndexWriter w, Directory d) {
    try {
      if (w != null) {
        w.close();
      }
      if (d != null) {
        d.close();
      }
    } catch (IOException e) {
      // already failing: the first error is the one reported
      return;
    }
  }

  /** One indexed unit: an article, a quote or an event. */
  private record Unit(String type, String id, String article, String text, int start, int end) {
    Document document(String fingerprint) {
      Document d = new Document();
      d.add(new StringField(TYPE, type, Field.Store.YES));
      d.add(new StringField(ID, id, Field.Store.YES));
      d.add(new StringField(ARTICLE, article, Field.Store.YES));
      d.add(new TextField(TEXT, text, Field.Store.YES));
      d.add(new StoredField(START, start));
      d.add(new StoredField(END, end));
      if (fingerprint != null) {
        d.add(new StoredField(FINGERPRINT, fingerprint));
      }
      return d;
    }
  }
}
