package org.annalist.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.annalist.model.Article;
import org.annalist.model.Failure;
import org.annalist.model.Origin;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreTest {
  @TempDir private Path tmp;

  private Path dir() {
    return tmp.resolve("store");
  }

  @Test
  void everyFieldRoundTrips() {
    Article full = TestArticles.full();
    Article minimal = TestArticles.minimal();
    try (Store store = Store.open(dir())) {
      WriteResult result = store.write(List.of(full, minimal));
      assertEquals(2, result.added());
      assertEquals(Optional.of(full), store.article(full.id()));
      assertEquals(Optional.of(minimal), store.article(minimal.id()));
      assertEquals(full.origins(), store.article(full.id()).orElseThrow().origins());
      assertEquals(full.removed(), store.article(full.id()).orElseThrow().removed());
      assertEquals(full.provenance(), store.article(full.id()).orElseThrow().provenance());
      assertEquals(full.notes(), store.article(full.id()).orElseThrow().notes());
      assertNull(store.article(minimal.id()).orElseThrow().published());
    }
  }

  @Test
  void writingTheSameBatchTwiceChangesNothing() {
    List<Article> batch = List.of(TestArticles.full(), TestArticles.minimal());
    try (Store store = Store.open(dir())) {
      store.write(batch);
      WriteResult again = store.write(batch);
      assertEquals(0, again.added());
      assertEquals(0, again.originAdded());
      assertEquals(2, again.unchanged());
      assertEquals(WriteStatus.UNCHANGED, again.status(TestArticles.full().id()));
      assertEquals(2, store.articleCount());
      assertEquals(TestArticles.full(), store.article(TestArticles.full().id()).orElseThrow());
    }
  }

  @Test
  void aSecondOriginIsAppended() {
    Article a = TestArticles.minimal();
    Origin second = new Origin("warc/day2.warc.gz", "https://example.net/n", "urn:uuid:1");
    Origin third = Origin.file("third.txt");
    try (Store store = Store.open(dir())) {
      store.write(List.of(a));
      WriteResult r = store.write(List.of(a.withOrigins(List.of(second))));
      assertEquals(WriteStatus.ORIGIN_ADDED, r.status(a.id()));
      assertEquals(1, r.originAdded());
      assertEquals(1, store.articleCount());
      Article stored = store.article(a.id()).orElseThrow();
      assertEquals(List.of(a.origins().get(0), second), stored.origins());

      // Origins already stored are not repeated; new ones go after them in the order given.
      Article reordered =
          new Article(
              a.id(),
              List.of(third, second),
              a.outlet(),
              a.title(),
              a.published(),
              a.dateline(),
              a.byline(),
              a.language(),
              a.body(),
              a.removed(),
              a.provenance(),
              a.notes());
      assertEquals(WriteStatus.ORIGIN_ADDED, store.write(List.of(reordered)).status(a.id()));
      assertEquals(
          List.of(a.origins().get(0), second, third),
          store.article(a.id()).orElseThrow().origins());
      assertEquals(WriteStatus.UNCHANGED, store.write(List.of(a)).status(a.id()));
    }
  }

  @Test
  void anIdTwiceInOneBatchIsOneArticleWithBothOrigins() {
    Article a = TestArticles.minimal();
    Article b = a.withOrigins(List.of(Origin.file("copy.txt")));
    try (Store store = Store.open(dir())) {
      WriteResult r = store.write(List.of(a, b));
      assertEquals(Map.of(a.id(), WriteStatus.ADDED), r.statuses());
      assertEquals(b.origins(), store.article(a.id()).orElseThrow().origins());
    }
  }

  @Test
  void anEmptyBatchWritesNothing() {
    try (Store store = Store.open(dir())) {
      assertEquals(WriteResult.EMPTY, store.write(List.of()));
      assertEquals(0, store.articleCount());
    }
  }

  @Test
  void reopeningKeepsEverything() {
    try (Store store = Store.open(dir())) {
      store.write(List.of(TestArticles.full()));
      long run = store.beginRun(List.of("in.jsonl"));
      store.finishRun(run, new RunCounts(2, 1, 0, 0), List.of(new Failure("in.jsonl#2", "bad")));
    }
    try (Store store = Store.open(dir())) {
      assertEquals(1, store.articleCount());
      assertEquals(TestArticles.full(), store.article(TestArticles.full().id()).orElseThrow());
      assertEquals(1, store.runs().size());
      assertEquals(List.of(new Failure("in.jsonl#2", "bad")), store.failures(1));
    }
  }

  @Test
  void anEmptyDirectoryGetsEveryMigration() throws Exception {
    try (Store store = Store.open(dir())) {
      assertEquals(Migrations.builtIn().size(), store.schemaVersion());
      assertEquals(3, store.schemaVersion());
    }
    assertTrue(Files.isRegularFile(dir().resolve(Store.DATABASE_FILE)));
    List<String> tables = new ArrayList<>();
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + db());
        Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery("SELECT table_name FROM information_schema.tables ORDER BY 1")) {
      while (rs.next()) {
        tables.add(rs.getString(1));
      }
    }
    assertEquals(
        List.of(
            "article_entities",
            "article_groups",
            "article_notes",
            "article_origins",
            "article_provenance",
            "article_removed",
            "articles",
            "entity_mentions",
            "entity_roles",
            "events",
            "extractions",
            "failures",
            "linked_event_changes",
            "linked_event_ids",
            "linked_event_mentions",
            "linked_event_parties",
            "linked_events",
            "quotes",
            "run_inputs",
            "runs",
            "schema_version",
            "stories",
            "story_events",
            "time_expressions"),
        tables);
  }

  @Test
  void aNewMigrationIsAppliedOnceOnTopOfTheOldOnes() throws Exception {
    List<Migration> v1 = Migrations.builtIn();
    int next = v1.size() + 1;
    List<Migration> v2 = new ArrayList<>(v1);
    v2.add(
        new Migration(
            next,
            "entities",
            "-- a made-up later stage\nCREATE TABLE entities (id VARCHAR PRIMARY KEY);\n"
                + "INSERT INTO entities VALUES ('e1');\n"));
    try (Store store = Store.open(dir(), v1)) {
      store.write(List.of(TestArticles.minimal()));
    }
    try (Store store = Store.open(dir(), v2)) {
      assertEquals(next, store.schemaVersion());
      assertEquals(1, store.articleCount());
    }
    try (Store store = Store.open(dir(), v2)) {
      assertEquals(next, store.schemaVersion());
    }
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + db());
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT count(*) FROM entities")) {
      rs.next();
      assertEquals(1, rs.getLong(1), "the new migration ran exactly once");
    }
    // And the old build now refuses the upgraded store.
    StoreException e = assertThrows(StoreException.class, () -> Store.open(dir(), v1));
    assertTrue(e.getMessage().contains("schema version " + next + " is newer"), e.getMessage());
  }

  @Test
  void aFailingMigrationIsRolledBackAndReported() {
    int next = Migrations.builtIn().size() + 1;
    List<Migration> bad = new ArrayList<>(Migrations.builtIn());
    bad.add(new Migration(next, "broken", "CREATE TABLE half (x INTEGER);\nNOT SQL AT ALL;\n"));
    StoreException e = assertThrows(StoreException.class, () -> Store.open(dir(), bad));
    assertTrue(e.getMessage().contains("migration V" + next + "__broken failed"), e.getMessage());
    try (Store store = Store.open(dir())) {
      assertEquals(next - 1, store.schemaVersion());
    }
    // The half-applied table is gone, so the fixed migration applies cleanly.
    List<Migration> fixed = new ArrayList<>(Migrations.builtIn());
    fixed.add(new Migration(next, "fixed", "CREATE TABLE half (x INTEGER);\n"));
    try (Store store = Store.open(dir(), fixed)) {
      assertEquals(next, store.schemaVersion());
    }
  }

  @Test
  void aNewerSchemaVersionIsRefusedClearly() throws Exception {
    Store.open(dir()).close();
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + db());
        Statement s = c.createStatement()) {
      s.execute("INSERT INTO schema_version VALUES (99, 'future', now()::TIMESTAMP)");
    }
    StoreException e = assertThrows(StoreException.class, () -> Store.open(dir()));
    assertEquals(dir().toAbsolutePath(), e.dir());
    assertTrue(e.getMessage().contains(dir().toAbsolutePath().toString()), e.getMessage());
    assertTrue(e.reason().contains("schema version 99 is newer than this build"), e.getMessage());
  }

  @Test
  void aFileWhereTheDirectoryShouldBeIsRefusedClearly() throws Exception {
    Files.writeString(dir(), "not a directory");
    StoreException e = assertThrows(StoreException.class, () -> Store.open(dir()));
    assertTrue(e.getMessage().contains(dir().toString()), e.getMessage());
    assertTrue(e.reason().contains("not a directory"), e.getMessage());
  }

  @Test
  void aForeignDatabaseIsRefused() throws Exception {
    Files.createDirectories(dir());
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + db());
        Statement s = c.createStatement()) {
      s.execute("CREATE TABLE something_else (x INTEGER)");
    }
    StoreException e = assertThrows(StoreException.class, () -> Store.open(dir()));
    assertTrue(e.reason().contains("not an Annalist store"), e.getMessage());
  }

  @Test
  void aGarbageDatabaseFileIsRefused() throws Exception {
    Files.createDirectories(dir());
    Files.writeString(db(), "this is not a database ".repeat(500));
    StoreException e = assertThrows(StoreException.class, () -> Store.open(dir()));
    assertTrue(e.reason().contains("cannot open the database"), e.getMessage());
  }

  @Test
  void anIdPrefixFindsTheArticleUnlessAmbiguous() {
    Article a = withId(TestArticles.minimal(), "abcdef0123456789aaaa");
    Article b = withId(TestArticles.full(), "abcdef9999999999bbbb");
    try (Store store = Store.open(dir())) {
      store.write(List.of(a, b));
      assertEquals(Optional.of(a), store.article("abcdef0"));
      assertEquals(Optional.of(b), store.article("ABCDEF9"));
      assertEquals(Optional.empty(), store.article("ffffff"));
      AmbiguousIdException e =
          assertThrows(AmbiguousIdException.class, () -> store.article("abcdef"));
      assertEquals(List.of(a.id(), b.id()), e.matches());
      assertThrows(IllegalArgumentException.class, () -> store.article("abcde"));
    }
  }

  @Test
  void articlesComeOrderedByPublishedThenIdAcrossPages() {
    List<Article> all =
        IntStream.range(0, 1234).mapToObj(i -> TestArticles.numbered(i, 60)).toList();
    try (Store store = Store.open(dir())) {
      for (int from = 0; from < all.size(); from += 100) {
        store.write(all.subList(from, Math.min(all.size(), from + 100)));
      }
      List<Article> expected =
          all.stream()
              .sorted(
                  Comparator.comparing(
                          Article::published, Comparator.nullsLast(Comparator.naturalOrder()))
                      .thenComparing(Article::id))
              .toList();
      List<Article> read;
      try (Stream<Article> s = store.articles()) {
        read = s.toList();
      }
      assertEquals(expected, read);
      List<String> ids = new ArrayList<>();
      store.forEachArticle(x -> ids.add(x.id()));
      assertEquals(expected.stream().map(Article::id).toList(), ids);
    }
  }

  @Test
  void runsAndFailuresAreRecorded() {
    try (Store store = Store.open(dir())) {
      long first = store.beginRun(List.of("a.jsonl", "pages/"));
      store.recordFailures(first, List.of(new Failure("a.jsonl#line 2", "line is not JSON")));
      RunCounts counts =
          RunCounts.ZERO.plusDocuments(3).plus(store.write(List.of(TestArticles.full())));
      store.finishRun(first, counts, List.of(new Failure("pages/x.html", "empty body")));
      long second = store.beginRun(List.of("b.warc"));
      assertEquals(first + 1, second);

      List<Run> runs = store.runs();
      assertEquals(2, runs.size());
      Run done = runs.get(0);
      assertEquals(List.of("a.jsonl", "pages/"), done.inputs());
      assertEquals(new RunCounts(3, 1, 0, 0), done.counts());
      assertEquals(2, done.failures());
      assertTrue(!done.finishedAt().isBefore(done.startedAt()));
      assertNull(runs.get(1).finishedAt(), "an unfinished run shows as such");
      assertNull(runs.get(1).counts());
      assertEquals(
          List.of(
              new Failure("a.jsonl#line 2", "line is not JSON"),
              new Failure("pages/x.html", "empty body")),
          store.failures(first));
      assertThrows(IllegalStateException.class, () -> store.finishRun(first, counts, List.of()));
      assertThrows(IllegalArgumentException.class, () -> store.recordFailures(42, List.of()));
      assertEquals(2, store.failures(first).size(), "a refused call records nothing");
    }
  }

  @Test
  void readsSeeCommittedDataWhileAStreamIsOpen() {
    try (Store store = Store.open(dir())) {
      store.write(List.of(TestArticles.minimal()));
      try (Stream<Article> s = store.articles()) {
        var it = s.iterator();
        assertEquals(TestArticles.minimal(), it.next());
        store.write(List.of(TestArticles.full()));
        assertEquals(2, store.articleCount());
      }
    }
  }

  private Path db() {
    return dir().resolve(Store.DATABASE_FILE);
  }

  private static Article withId(Article a, String id) {
    return new Article(
        id,
        a.origins(),
        a.outlet(),
        a.title(),
        a.published(),
        a.dateline(),
        a.byline(),
        a.language(),
        a.body(),
        a.removed(),
        a.provenance(),
        a.notes());
  }
}
