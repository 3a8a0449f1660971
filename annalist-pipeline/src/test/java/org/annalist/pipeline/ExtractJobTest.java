package org.annalist.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.annalist.model.Article;
import org.annalist.model.Extraction;
import org.annalist.model.Span;
import org.annalist.model.Stage;
import org.annalist.model.TimeExpression;
import org.annalist.model.TimexAnchoring;
import org.annalist.model.TimexType;
import org.annalist.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The job's mechanics (batches, versions, failures) with a small stage written for the test. */
class ExtractJobTest {
  @TempDir Path tmp;

  /** Tags the first word of the body as a time expression; fails on bodies containing "boom". */
  private static final class FirstWord implements Stage<Article, Extraction> {
    private final AtomicInteger calls = new AtomicInteger();

    @Override
    public Extraction apply(Article a) {
      calls.incrementAndGet();
      if (a.body().contains("boom")) {
        throw new IllegalArgumentException("cannot read " + a.id());
      }
      int end = a.body().indexOf(' ');
      return new Extraction(
          a.id(),
          "t1",
          List.of(
              new TimeExpression(
                  new Span(0, end),
                  a.body().substring(0, end),
                  TimexType.DATE,
                  "X",
                  TimexAnchoring.UNRESOLVED,
                  null,
                  null)),
          List.of(),
          List.of());
    }
  }

  @Test
  void extractsEachArticleOnceAndReportsFailures() throws IOException {
    Path in = Files.createDirectories(tmp.resolve("in"));
    for (int i = 0; i < 5; i++) {
      Files.writeString(
          in.resolve(i + ".txt"),
          "Yesterday the river rose by "
              + i
              + " metres after a week of rain, and the council closed the lower road for the"
              + " night while engineers checked the banks near the old mill.\n");
    }
    Files.writeString(
        in.resolve("bad.txt"),
        "Nothing went boom in the harbour last night, the coastguard said after a long search"
            + " that ended when the fog lifted over the bay and the boats came home.\n");
    FirstWord stage = new FirstWord();
    try (Store store = Store.open(tmp.resolve("store"))) {
      IngestJob.standard().run(List.of(in), store, IngestListener.NONE);
      ExtractJob job = new ExtractJob(stage, "t1", new IngestOptions(2, 2));
      ExtractJob.Summary first = job.run(store, IngestListener.NONE);
      assertEquals(5, first.extracted());
      assertEquals(1, first.failures().size());
      assertTrue(first.failures().get(0).reason().contains("cannot read"));
      int calls = stage.calls.get();
      ExtractJob.Summary second = job.run(store, IngestListener.NONE);
      assertEquals(0, second.extracted(), "nothing left but the failing article");
      assertEquals(calls + 1, stage.calls.get(), "the failed article is retried once per run");
      store.forEachExtraction(
          (a, x) ->
              assertEquals(a.body().substring(0, a.body().indexOf(' ')), x.times().get(0).text()));
    }
  }
}
