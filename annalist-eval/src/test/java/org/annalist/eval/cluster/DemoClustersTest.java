package org.annalist.eval.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.annalist.ingest.clean.ArticleCleaner;
import org.annalist.ingest.read.DocumentSink;
import org.annalist.ingest.read.Readers;
import org.annalist.link.article.ArticleLinker;
import org.annalist.model.Article;
import org.annalist.model.Failure;
import org.annalist.model.RawDocument;
import org.junit.jupiter.api.Test;

/**
 * The demo gold scored end to end without the language models: the demo corpus read and cleaned,
 * linked on text alone, scored against demo/expected.
 */
class DemoClustersTest {
  private static final Path ROOT = Path.of(System.getProperty("annalist.root", "..."));

  static List<Article> readDemoCorpus() {
    ArticleCleaner cleaner = new ArticleCleaner();
    List<Article> out = new ArrayList<>();
    Readers.standard()
        .read(
            List.of(ROOT.resolve("demo/corpus")),
            new DocumentSink() {
              @Override
              public void document(RawDocument doc) {
                out.add(cleaner.apply(doc));
              }

              @Override
              public void failure(Failure failure) {
                throw new AssertionError("demo corpus failed to read: " + failure);
              }
            });
    return out;
  }

  @Test
  void demoGoldScoresWithoutModels() throws IOException {
    ClusterGold gold = ClusterGold.read(ROOT.resolve("demo/expected"));
    ClusterReport r =
        ClusterEval.run(gold, readDemoCorpus(), Map.of(), ArticleLinker.withDefaults());
    System.out.printf(
        "demo (text only): happening P %.3f R %.3f F1 %.3f (%d/%d/%d), violated %d/%d;"
            + " copies P %.3f R %.3f%n  FP %s%n  FN %s%n  V %s%n",
        r.happening().precision(),
        r.happening().recall(),
        r.happening().f1(),
        r.happening().truePairs(),
        r.happening().systemPairs(),
        r.happening().goldPairs(),
        r.happening().violated(),
        r.happening().cannotLinks(),
        r.copies().precision(),
        r.copies().recall(),
        r.happening().falsePositives(),
        r.happening().falseNegatives(),
        r.happening().violations());
    assertEquals(36, r.articles());
    assertEquals(List.of(), r.unmatched());
    assertEquals(1.0, r.copies().recall(), "the republished wire story is a copy");
    assertEquals(1.0, r.copies().precision(), r.copies().falsePositives().toString());
    assertTrue(r.happening().f1() >= 0.0, "F1 " + r.happening().f1());
  }
}
