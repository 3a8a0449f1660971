package org.annalist.store;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.annalist.link.article.ArticleDigest;
import org.annalist.link.article.ArticleLinks;
import org.annalist.link.event.EventLinking;
import org.annalist.link.event.IdChange;
import org.annalist.link.event.IdRegistry;
import org.annalist.link.event.LinkedEvent;
import org.annalist.link.story.Story;
import org.annalist.model.Article;
import org.annalist.model.Extraction;
import org.annalist.model.Failure;
import org.duckdb.DuckDBConnection;

/**
 * The embedded store: cleaned articles and ingest runs in one directory, in an embedded DuckDB
 * database ({@value #DATABASE_FILE}, plus DuckDB's write-ahead log beside it). No server.
 *
 * <p>Lifecycle: {@link #open(Path)} creates the directory if needed and brings the schema up to
 * date; {@link #close()} releases it. A directory can be open in one process at a time (DuckDB
 * locks the file; a second process gets a {@link StoreException} saying so), and should be opened
 * once per process.
 *
 * <p>Thread safety: a Store is safe to share. Writes ({@link #write}, {@link #writeExtractions},
 * {@link #writeLinks}, {@link #beginRun}, {@link #recordFailures}, {@link #finishRun}) are
 * serialised; reads run concurrently with each other and with a write, each on its own connection,
 * and see committed data only.
 *
 * <p>Durability: each {@link #write} is one transaction; a process killed mid-write leaves the
 * store usable with whole batches only.
 *
 * <p>Every method throws {@link StoreException} when the database fails.
 */
public final class Store implements AutoCloseable {
  /** Name of the database file inside the store directory. */
  public static final String DATABASE_FILE = "annalist.duckdb";

  /** Shortest id prefix that {@link #article(String)} accepts. */
  public static final int MIN_PREFIX = 6;

  private static final int PAGE = 500;

  private final Path dir;
  private final Connection root;
  private final Connection writer;
  private final int schemaVersion;

  private Store(Path dir, Connection root, Connection writer, int schemaVersion) {
    this.dir = dir;
    this.root = root;
    this.writer = writer;
    this.schemaVersion = schemaVersion;
  }

  /**
   * Opens the store in {@code dir}, creating the directory and the database when missing and
   * applying any schema migrations this build has that the store lacks.
   *
   * @throws StoreException with the path and reason when {@code dir} is not a directory, cannot be
   *     created, the database is locked by another process, is not an Annalist store, or has a
   *     newer schema than this build knows
   */
  public static Store open(Path dir) {
    return open(dir, Migrations.builtIn());
  }

  /** {@link #open(Path)} with another list of migrations (tests of upgrades). */
  static Store open(Path dir, List<Migration> migrations) {
    Path abs = dir.toAbsolutePath().normalize();
    if (Files.exists(abs) && !Files.isDirectory(abs)) {
      throw new StoreException(abs, "not a directory (a file is in the way)", null);
    }
    try {
      Files.createDirectories(abs);
    } catch (IOException e) {
      throw new StoreException(abs, "cannot create the directory: " + e, e);
    }
    Path db = abs.resolve(DATABASE_FILE);
    if (Files.exists(db) && !Files.isRegularFile(db)) {
      throw new StoreException(abs, db + " is not a regular file", null);
    }
    Connection root;
    try {
      root = DriverManager.getConnection("jdbc:duckdb:" + db);
    } catch (SQLException e) {
      String msg = String.valueOf(e.getMessage());
      String reason =
          msg.contains("Could not set lock")
              ? "the database is locked by another process; close it there first (" + msg + ")"
              : "cannot open the database " + db + ": " + msg;
      throw new StoreException(abs, reason, e);
    }
    Connection writer = null;
    try {
      writer = ((DuckDBConnection) root).duplicate();
      writer.setAutoCommit(false);
      int version = Migrations.apply(writer, migrations, abs);
      return new Store(abs, root, writer, version);
    } catch (SQLException e) {
      closeQuietly(writer, root);
      throw new StoreException(abs, "cannot prepare the database: " + e.getMessage(), e);
    } catch (RuntimeException e) {
      closeQuietly(writer, root);
      throw e;
    }
  }

  /** The store directory (absolute). */
  public Path dir() {
    return dir;
  }

  /** The schema version: the number of the last migration applied. */
  public int schemaVersion() {
    return schemaVersion;
  }

  /**
   * Writes a batch of articles in one transaction. For each article, by id: a new one is inserted
   * ({@link WriteStatus#ADDED}); a stored one gets the origins it lacks appended ({@link
   * WriteStatus#ORIGIN_ADDED}), its other fields are kept as first stored; a stored one with no new
   * origins is left alone ({@link WriteStatus#UNCHANGED}). Writing the same batch twice changes
   * nothing the second time.
   *
   * @return counts and the status of every id in the batch
   * @throws StoreException when the write fails; nothing of the batch is then stored
   */
  public synchronized WriteResult write(List<Article> batch) {
    if (batch.isEmpty()) {
      return WriteResult.EMPTY;
    }
    try {
      WriteResult result = ArticleWrites.write(writer, batch, now());
      writer.commit();
      return result;
    } catch (SQLException e) {
      rollback();
      throw new StoreException(
          dir, "writing a batch of " + batch.size() + " articles failed: " + e.getMessage(), e);
    }
  }

  /**
   * Stores what the language layer extracted, replacing any earlier extraction of the same
   * articles. One transaction for the batch.
   *
   * @throws StoreException when the write fails; nothing of the batch is then stored
   */
  public synchronized void writeExtractions(List<Extraction> batch) {
    if (batch.isEmpty()) {
      return;
    }
    try {
      ExtractionWrites.write(writer, batch, now());
      writer.commit();
    } catch (SQLException e) {
      rollback();
      throw new StoreException(
          dir, "writing " + batch.size() + " extractions failed: " + e.getMessage(), e);
    }
  }

  /**
   * Up to {@code limit} stored articles that have no extraction of {@code version} (never
   * extracted, or by another version), by id.
   */
  public List<Article> articlesToExtract(String version, int limit) {
    return read(
        "finding articles to extract",
        c -> ArticleReads.byIds(c, ExtractionReads.idsToExtract(c, version, limit)));
  }

  /** The stored extraction of an article, if it was extracted. */
  public Optional<Extraction> extraction(String articleId) {
    return Optional.ofNullable(
        read("reading an extraction", c -> ExtractionReads.byIds(c, List.of(articleId)))
            .get(articleId));
  }

  /**
   * Calls {@code action} with every extracted article and its extraction, in the order of {@link
   * #articles()}.
   */
  public void forEachExtraction(BiConsumer<? super Article, ? super Extraction> action) {
    List<Article> page = new ArrayList<>();
    try (Stream<Article> all = articles()) {
      all.forEach(
          a -> {
            page.add(a);
            if (page.size() == PAGE) {
              emitExtractions(page, action);
              page.clear();
            }
          });
    }
    emitExtractions(page, action);
  }

  private void emitExtractions(
      List<Article> page, BiConsumer<? super Article, ? super Extraction> action) {
    if (page.isEmpty()) {
      return;
    }
    List<String> ids = page.stream().map(Article::id).toList();
    Map<String, Extraction> found = read("reading extractions", c -> ExtractionReads.byIds(c, ids));
    for (Article a : page) {
      Extraction x = found.get(a.id());
      if (x != null) {
        action.accept(a, x);
      }
    }
  }

  /**
   * Stores the result of a linking in one transaction: replaces the article groups (copies and
   * same-happening clusters of {@code articles}), the linked events (with their mentions and
   * parties) and the stories, replaces the id registry with {@code linking}'s (which holds every id
   * ever issued), and appends its id changes to the change log. Writing the same linking twice
   * leaves the same content (the change log grows only by changes).
   *
   * @throws StoreException when the write fails; nothing of it is then stored
   */
  public synchronized void writeLinks(
      List<ArticleDigest> articles,
      ArticleLinks groups,
      EventLinking linking,
      List<Story> stories) {
    try {
      LinkWrites.write(writer, articles, groups, linking, stories, now());
      writer.commit();
    } catch (SQLException e) {
      rollback();
      throw new StoreException(
          dir,
          "writing "
              + linking.events().size()
              + " linked events and "
              + stories.size()
              + " stories failed: "
              + e.getMessage(),
          e);
    }
  }

  /** The linked-event id registry of the last linking ({@link IdRegistry#EMPTY} before any). */
  public IdRegistry linkRegistry() {
    return read("reading the linked-event id registry", LinkReads::registry);
  }

  /** Every linked event of the last linking, by day (undated last), then id. */
  public List<LinkedEvent> linkedEvents() {
    return read("reading linked events", LinkReads::events);
  }

  /** Every story of the last linking, by first day, then id. */
  public List<Story> stories() {
    return read("reading stories", LinkReads::stories);
  }

  /** Every recorded linked-event id change (merges, splits, drops), oldest first. */
  public List<IdChange> linkChanges() {
    return read("reading linked-event id changes", LinkReads::changes);
  }

  /** Every linked article's copy group and same-happening cluster, by article id. */
  public List<ArticleGroup> articleGroups() {
    return read("reading article groups", LinkReads::articleGroups);
  }

  /** Stored articles per publication day (articles without a date are not counted). */
  public Map<LocalDate, Long> articlesPerDay() {
    return read("counting articles per day", LinkReads::articlesPerDay);
  }

  /**
   * Records the start of an ingest run.
   *
   * @param inputs the inputs as given (paths, URLs)
   * @return the new run's id (1, 2, 3, ... in this store)
   */
  public synchronized long beginRun(List<String> inputs) {
    try {
      long id;
      try (Statement s = writer.createStatement();
          ResultSet rs = s.executeQuery("SELECT coalesce(max(id), 0) + 1 FROM runs")) {
        rs.next();
        id = rs.getLong(1);
      }
      Rows run = new Rows("runs", "id BIGINT", "started_at TIMESTAMP");
      run.add(id, now());
      run.insert(writer);
      Rows in = new Rows("run_inputs", "run_id BIGINT", "ordinal INTEGER", "input VARCHAR");
      for (int i = 0; i < inputs.size(); i++) {
        in.add(id, i, inputs.get(i));
      }
      in.insert(writer);
      writer.commit();
      return id;
    } catch (SQLException e) {
      rollback();
      throw new StoreException(dir, "recording a new run failed: " + e.getMessage(), e);
    }
  }

  /**
   * Records failures of a run, appended to those already recorded for it.
   *
   * @throws IllegalArgumentException when there is no such run
   */
  public synchronized void recordFailures(long run, List<Failure> failures) {
    try {
      insertFailures(run, failures);
      writer.commit();
    } catch (SQLException e) {
      rollback();
      throw new StoreException(
          dir, "recording failures of run " + run + " failed: " + e.getMessage(), e);
    } catch (RuntimeException e) {
      rollback();
      throw e;
    }
  }

  /**
   * Records the end of a run: its totals and its remaining failures, in one transaction.
   *
   * @throws IllegalArgumentException when there is no such run
   * @throws IllegalStateException when the run has already finished
   */
  public synchronized void finishRun(long run, RunCounts counts, List<Failure> failures) {
    try {
      insertFailures(run, failures);
      try (PreparedStatement ps =
          writer.prepareStatement(
              "UPDATE runs SET finished_at = ?, documents = ?, added = ?, origin_added = ?,"
                  + " unchanged = ? WHERE id = ? AND finished_at IS NULL")) {
        ps.setObject(1, now());
        ps.setLong(2, counts.documents());
        ps.setLong(3, counts.added());
        ps.setLong(4, counts.originAdded());
        ps.setLong(5, counts.unchanged());
        ps.setLong(6, run);
        if (ps.executeUpdate() != 1) {
          throw new IllegalStateException("run " + run + " has already finished");
        }
      }
      writer.commit();
    } catch (SQLException e) {
      rollback();
      throw new StoreException(dir, "finishing run " + run + " failed: " + e.getMessage(), e);
    } catch (RuntimeException e) {
      rollback();
      throw e;
    }
  }

  private void insertFailures(long run, List<Failure> failures) throws SQLException {
    int next;
    try (PreparedStatement ps =
        writer.prepareStatement(
            "SELECT (SELECT count(*) FROM runs WHERE id = ?),"
                + " (SELECT coalesce(max(ordinal) + 1, 0) FROM failures WHERE run_id = ?)")) {
      ps.setLong(1, run);
      ps.setLong(2, run);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        if (rs.getLong(1) == 0) {
          throw new IllegalArgumentException("no run " + run + " in store " + dir);
        }
        next = rs.getInt(2);
      }
    }
    LocalDateTime now = now();
    Rows rows =
        new Rows(
            "failures",
            "run_id BIGINT",
            "ordinal INTEGER",
            "location VARCHAR",
            "reason VARCHAR",
            "recorded_at TIMESTAMP");
    for (Failure f : failures) {
      rows.add(run, next++, f.location(), f.reason(), now);
    }
    rows.insert(writer);
  }

  /** Every recorded run, oldest first. */
  public List<Run> runs() {
    return read(
        "reading runs",
        c -> {
          Map<Long, List<String>> inputs = new HashMap<>();
          try (Statement s = c.createStatement();
              ResultSet rs =
                  s.executeQuery("SELECT run_id, input FROM run_inputs ORDER BY run_id, ordinal")) {
            while (rs.next()) {
              inputs.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2));
            }
          }
          List<Run> runs = new ArrayList<>();
          try (Statement s = c.createStatement();
              ResultSet rs =
                  s.executeQuery(
                      "SELECT id, started_at, finished_at, documents, added, origin_added,"
                          + " unchanged, (SELECT count(*) FROM failures f WHERE f.run_id = r.id)"
                          + " FROM runs r ORDER BY id")) {
            while (rs.next()) {
              long id = rs.getLong(1);
              Instant finished = instant(rs.getObject(3, LocalDateTime.class));
              RunCounts counts =
                  finished == null
                      ? null
                      : new RunCounts(rs.getLong(4), rs.getLong(5), rs.getLong(6), rs.getLong(7));
              runs.add(
                  new Run(
                      id,
                      inputs.getOrDefault(id, List.of()),
                      instant(rs.getObject(2, LocalDateTime.class)),
                      finished,
                      counts,
                      rs.getLong(8)));
            }
          }
          return runs;
        });
  }

  /** The failures recorded for a run, in the order recorded (empty for an unknown run). */
  public List<Failure> failures(long run) {
    return read(
        "reading failures of run " + run,
        c -> {
          List<Failure> failures = new ArrayList<>();
          try (PreparedStatement ps =
              c.prepareStatement(
                  "SELECT location, reason FROM failures WHERE run_id = ? ORDER BY ordinal")) {
            ps.setLong(1, run);
            try (ResultSet rs = ps.executeQuery()) {
              while (rs.next()) {
                failures.add(new Failure(rs.getString(1), rs.getString(2)));
              }
            }
          }
          return failures;
        });
  }

  /**
   * The article with this id, or with an id starting with this prefix.
   *
   * @param idOrPrefix a whole id or a prefix of at least {@value #MIN_PREFIX} characters (case is
   *     ignored)
   * @throws IllegalArgumentException when the prefix is shorter than {@value #MIN_PREFIX}
   * @throws AmbiguousIdException when the prefix matches more than one article
   */
  public Optional<Article> article(String idOrPrefix) {
    String prefix = idOrPrefix.strip().toLowerCase(Locale.ROOT);
    if (prefix.length() < MIN_PREFIX) {
      throw new IllegalArgumentException(
          "article id prefix '"
              + idOrPrefix
              + "' is too short; give at least "
              + MIN_PREFIX
              + " characters");
    }
    return read(
        "reading article " + prefix,
        c -> {
          List<String> ids = ArticleReads.idsWithPrefix(c, prefix, 10);
          if (ids.size() > 1) {
            throw new AmbiguousIdException(idOrPrefix, ids);
          }
          return ArticleReads.byIds(c, ids).stream().findFirst();
        });
  }

  /** Number of stored articles. */
  public long articleCount() {
    return read(
        "counting articles",
        c -> {
          try (Statement s = c.createStatement();
              ResultSet rs = s.executeQuery("SELECT count(*) FROM articles")) {
            rs.next();
            return rs.getLong(1);
          }
        });
  }

  /**
   * Every stored article, ordered by published date (undated last) then id. Read lazily in pages,
   * each page a consistent snapshot; articles committed while the stream is read appear when they
   * sort after the current position.
   *
   * <p>The stream holds a database connection: close it (try-with-resources). A database error
   * while reading throws {@link StoreException} from the stream's terminal operation.
   */
  public Stream<Article> articles() {
    Connection c = connect("reading articles");
    Spliterator<Article> pages =
        new Spliterators.AbstractSpliterator<>(
            Long.MAX_VALUE, Spliterator.ORDERED | Spliterator.NONNULL) {
          private final Deque<Article> buffer = new ArrayDeque<>();
          private ArticleReads.Cursor cursor;
          private boolean done;

          @Override
          public boolean tryAdvance(Consumer<? super Article> action) {
            if (buffer.isEmpty() && !done) {
              List<Article> page = inTransaction(c, "reading articles", x -> nextPage(x));
              buffer.addAll(page);
              done = page.size() < PAGE;
              if (!page.isEmpty()) {
                Article last = page.get(page.size() - 1);
                cursor = new ArticleReads.Cursor(last.published(), last.id());
              }
            }
            Article next = buffer.poll();
            if (next == null) {
              return false;
            }
            action.accept(next);
            return true;
          }

          private List<Article> nextPage(Connection x) throws SQLException {
            return ArticleReads.page(x, cursor, PAGE);
          }
        };
    return StreamSupport.stream(pages, false).onClose(() -> closeQuietly(c));
  }

  /** Passes every stored article, in the order of {@link #articles()}, to {@code action}. */
  public void forEachArticle(Consumer<? super Article> action) {
    try (Stream<Article> all = articles()) {
      all.forEach(action);
    }
  }

  /**
   * Writes every stored article to {@code out} in the order of {@link #articles()}.
   *
   * @return the number of articles written
   * @throws IOException when {@code out} fails; {@code out} is flushed, not closed
   */
  public long export(ExportFormat format, Writer out) throws IOException {
    try (Stream<Article> all = articles()) {
      return new ArticleExporter(format).export(all, out);
    }
  }

  /** Closes the store; streams still open keep their own connection until closed. */
  @Override
  public synchronized void close() {
    try {
      writer.close();
      root.close();
    } catch (SQLException e) {
      throw new StoreException(dir, "closing failed: " + e.getMessage(), e);
    }
  }

  private interface Query<T> {
    T run(Connection c) throws SQLException;
  }

  private <T> T read(String what, Query<T> query) {
    Connection c = connect(what);
    try {
      return inTransaction(c, what, query);
    } finally {
      closeQuietly(c);
    }
  }

  private <T> T inTransaction(Connection c, String what, Query<T> query) {
    try {
      T result = query.run(c);
      c.commit();
      return result;
    } catch (SQLException e) {
      try {
        c.rollback();
      } catch (SQLException ignored) {
        // report the original error
      }
      throw new StoreException(dir, what + " failed: " + e.getMessage(), e);
    }
  }

  private Connection connect(String what) {
    try {
      Connection c;
      synchronized (root) {
        c = ((DuckDBConnection) root).duplicate();
      }
      c.setAutoCommit(false);
      return c;
    } catch (SQLException e) {
      throw new StoreException(dir, what + ": cannot connect: " + e.getMessage(), e);
    }
  }

  private void rollback() {
    try {
      writer.rollback();
    } catch (SQLException ignored) {
      // the original error is the one reported
    }
  }

  private static LocalDateTime now() {
    return LocalDateTime.now(ZoneOffset.UTC);
  }

  private static Instant instant(LocalDateTime utc) {
    return utc == null ? null : utc.toInstant(ZoneOffset.UTC);
  }

  private static void closeQuietly(Connection... connections) {
    for (Connection c : connections) {
      if (c != null) {
        try {
          c.close();
        } catch (SQLException ignored) {
          // nothing more to do when closing fails
        }
      }
    }
  }
}
