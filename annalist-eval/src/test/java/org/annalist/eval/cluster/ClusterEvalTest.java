package org.annalist.eval.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.annalist.link.article.ArticleLinks;
import org.annalist.model.Article;
import org.annalist.model.Origin;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClusterEvalTest {
  @TempDir Path dir;

  private Path write(String name, String... lines) throws IOException {
    Path p = dir.resolve(name);
    Files.write(p, List.of(lines), StandardCharsets.UTF_8);
    return p;
  }

  private static Article article(String id, String path, String record) {
    return new Article(
        id,
        List.of(new Origin(path, null, record)),
        null,
        null,
        null,
        null,
        null,
        "en",
        "body " + id,
        List.of(),
        null,
        null);
  }

  @Test
  void kindsComeFromTheLineOrTheFileName() throws IOException {
    write("same-event.jsonl", "{\"event\": \"e\", \"files\": [\"a.txt\", \"b.txt\"]}");
    write("near-duplicates.jsonl", "{\"files\": [\"a.txt\", \"b.txt\"], \"note\": \"n\"}");
    write("distinct-events.jsonl", "{\"files\": [\"a.txt\", \"c.txt\"]}");
    ClusterGold folder = ClusterGold.read(dir);
    assertEquals(1, folder.of(GoldKind.SAME_HAPPENING).size());
    assertEquals(1, folder.of(GoldKind.COPIES).size());
    assertEquals(1, folder.of(GoldKind.DISTINCT).size());
    assertEquals("e", folder.of(GoldKind.SAME_HAPPENING).get(0).note());
    Path one =
        write(
            "gold.jsonl",
            "{\"kind\": \"copies\", \"files\": [\"a.txt\", \"b.txt\"]}",
            "",
            "{\"kind\": \"distinct\", \"files\": [\"a.txt\", \"c.txt\"]}");
    ClusterGold file = ClusterGold.read(one);
    assertEquals(
        List.of(GoldKind.COPIES, GoldKind.DISTINCT),
        file.groups().stream().map(GoldGroup::kind).toList());
  }

  @Test
  void badLinesAreRefusedWithTheirPlace() throws IOException {
    Path bad = write("bad.jsonl", "{\"kind\": \"distinct\", \"files\": [\"a\", \"b\", \"c\"]}");
    IOException e = assertThrows(IOException.class, () -> ClusterGold.read(bad));
    assertTrue(e.getMessage().contains("bad.jsonl:1"), e.getMessage());
    Path unknown = write("u.jsonl", "{\"kind\": \"maybe\", \"files\": [\"a\", \"b\"]}");
    assertThrows(IOException.class, () -> ClusterGold.read(unknown));
    Path noFiles = write("n.jsonl", "{\"kind\": \"copies\"}");
    assertThrows(IOException.class, () -> ClusterGold.read(noFiles));
  }

  @Test
  void namesMatchOriginsByPathSuffixAndRecord() {
    assertTrue(ClusterEval.matches(Origin.file("demo/corpus/x/a.txt"), "x/a.txt"));
    assertTrue(ClusterEval.matches(Origin.file("x/a.txt"), "x/a.txt"));
    assertFalse(ClusterEval.matches(Origin.file("demo/corpus/xx/a.txt"), "x/a.txt"));
    assertTrue(ClusterEval.matches(new Origin("c/f.jsonl", null, "line 3"), "f.jsonl#line 3"));
    assertFalse(ClusterEval.matches(new Origin("c/f.jsonl", null, "line 4"), "f.jsonl#line 3"));
  }

  @Test
  void pairsAreScoredAgainstTheGold() throws IOException {
    // gold: {a, b, c} one happening (a, b copies), d alone; c and d cannot link
    ClusterGold gold =
        ClusterGold.read(
            write(
                "g.jsonl",
                "{\"kind\": \"same-happening\", \"files\": [\"a.txt\", \"b.txt\", \"c.txt\"]}",
                "{\"kind\": \"copies\", \"files\": [\"a.txt\", \"b.txt\"]}",
                "{\"kind\": \"distinct\", \"files\": [\"c.txt\", \"d.txt\"]}",
                "{\"kind\": \"same-happening\", \"files\": [\"e.txt\", \"f.txt\"]}"));
    List<Article> articles =
        List.of(
            article("1", "in/a.txt", null),
            article("2", "in/b.txt", null),
            article("3", "in/c.txt", null),
            article("4", "in/d.txt", null),
            article("5", "in/other.txt", null));
    // system: {1, 2} copies; happenings {1, 2}, {3, 4, 5}
    ArticleLinks links =
        new ArticleLinks(
            Map.of("1", "1", "2", "1", "3", "3", "4", "4", "5", "5"),
            Map.of("1", "1", "2", "1", "3", "3", "4", "3", "5", "3"),
            List.of(),
            List.of(),
            List.of());
    ClusterReport r = ClusterEval.score(gold, articles, links);
    assertEquals(List.of("e.txt", "f.txt"), r.unmatched());
    ClusterScore h = r.happening();
    assertEquals(4, h.goldPairs(), "ab ac bc ef");
    assertEquals(4, h.systemPairs(), "12 34 35 45");
    assertEquals(1, h.truePairs());
    assertEquals(0.25, h.precision(), 1e-9);
    assertEquals(0.25, h.recall(), 1e-9);
    assertEquals(1, h.cannotLinks());
    assertEquals(1, h.violated());
    assertEquals(1.0, r.copies().f1(), 1e-9);
  }
}
