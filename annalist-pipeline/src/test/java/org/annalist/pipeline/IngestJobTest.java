package org.annalist.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.annalist.ingest.clean.ArticleCleaner;
import org.annalist.ingest.read.Readers;
import org.annalist.model.Article;
import org.annalist.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IngestJobTest {
  @TempDir Path tmp;

  private static final String STORY =
      "PORT ELLEN: The ferry company said on Friday that crossings would resume next week after"
          + " repairs to the harbour wall, which was damaged in the storm that struck the coast"
          + " at the start of the month.\n\n"
          + "Islanders have relied on a smaller boat since then, and shopkeepers said deliveries"
          + " of fresh food had been cut to two a week, with some shelves empty for days.\n";

  private IngestJob job(int batch) {
    return new IngestJob(Readers.standard(), new ArticleCleaner(), new IngestOptions(batch, 2));
  }

  @Test
  void sameTextFromTwoPlacesIsOneArticleWithTwoOrigins() throws IOException {
    Path in = Files.createDirectories(tmp.resolve("in"));
    Files.writeString(in.resolve("a.txt"), STORY, StandardCharsets.UTF_8);
    Files.writeString(in.resolve("b.txt"), STORY.replace("\n", "\r\n"), StandardCharsets.UTF_8);
    try (Store store = Store.open(tmp.resolve("store"))) {
      IngestSummary s = job(10).run(List.of(in), store, IngestListener.NONE);
      assertEquals(1, s.added());
      assertEquals(1, store.articleCount());
      Article a = store.articles().findFirst().orElseThrow();
      assertEquals(2, a.origins().size(), a.origins().toString());
    }
  }

  @Test
  void rerunAddsNothingAndBadFilesDoNotStopTheBatch() throws IOException {
    Path in = Files.createDirectories(tmp.resolve("in"));
    for (int i = 0; i < 7; i++) {
      Files.writeString(
          in.resolve("story-" + i + ".txt"),
          STORY
              + "\nUpdate number "
              + i
              + " of this story came in the evening, with more detail from the harbour master.\n");
    }
    Files.write(in.resolve("story-3b.txt"), new byte[] {0, 1, 2, 3, 0, 0, 7, 8});
    Files.writeString(in.resolve("story-4b.txt"), "");
    List<String> failed = new ArrayList<>();
    IngestListener listener =
        new IngestListener() {
          @Override
          public void failure(org.annalist.model.Failure f) {
            failed.add(f.location());
          }
        };
    try (Store store = Store.open(tmp.resolve("store"))) {
      IngestSummary first = job(3).run(List.of(in), store, listener);
      assertEquals(7, first.added());
      assertEquals(2, first.failures().size(), first.failures().toString());
      assertTrue(failed.stream().anyMatch(f -> f.endsWith("story-3b.txt")), failed.toString());
      IngestSummary second = job(3).run(List.of(in), store, IngestListener.NONE);
      assertEquals(0, second.added());
      assertEquals(7, second.unchanged());
      assertEquals(7, store.articleCount());
      assertEquals(2, store.runs().size());
    }
  }
}
