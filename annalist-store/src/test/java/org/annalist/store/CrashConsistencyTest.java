package org.annalist.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.annalist.model.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** A writer process killed mid-write leaves a usable store holding whole batches only. */
class CrashConsistencyTest {
  private static final int BATCH = 50;
  private static final int MAX_BATCHES = 2000;
  private static final int REPORTED_BEFORE_KILL = 5;

  @TempDir private Path tmp;

  @Test
  @Timeout(value = 180, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void aKilledWriterLeavesWholeBatches() throws Exception {
    Path dir = tmp.resolve("store");
    Path err = tmp.resolve("child.err");
    Process child =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                CrashWriterMain.class.getName(),
                dir.toString(),
                String.valueOf(MAX_BATCHES),
                String.valueOf(BATCH),
                "60000")
            .redirectError(err.toFile())
            .start();
    int lastReported = -1;
    try (BufferedReader out =
        new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while (lastReported < REPORTED_BEFORE_KILL - 1 && (line = out.readLine()) != null) {
        if (line.startsWith("committed ")) {
          lastReported = Integer.parseInt(line.substring("committed ".length()));
        }
      }
      assertEquals(
          REPORTED_BEFORE_KILL - 1,
          lastReported,
          "the child stopped early; its stderr: " + Files.readString(err));

      // While the child holds the store, another process cannot open it, and says why.
      StoreException locked = assertThrows(StoreException.class, () -> Store.open(dir));
      assertTrue(locked.reason().contains("locked by another process"), locked.getMessage());

      child.destroyForcibly();
      assertTrue(child.waitFor(30, TimeUnit.SECONDS), "the child did not die");
    }

    int committed;
    try (Store store = Store.open(dir)) {
      long count = store.articleCount();
      assertEquals(0, count % BATCH, "a partial batch is visible: " + count + " articles");
      committed = (int) (count / BATCH);
      assertTrue(committed >= REPORTED_BEFORE_KILL, "reported batches are lost: " + count);
      for (int b = 0; b < committed; b++) {
        for (Article a : CrashWriterMain.batch(b, BATCH)) {
          // a spot check of content, not only of counts
          if (a.id().endsWith("0")) {
            assertEquals(a, store.article(a.id()).orElseThrow());
          }
        }
      }
    }

    int total = committed + 3;
    try (Store store = Store.open(dir)) {
      for (int b = 0; b < total; b++) {
        WriteResult r = store.write(CrashWriterMain.batch(b, BATCH));
        if (b < committed) {
          assertEquals(BATCH, r.unchanged(), "batch " + b + " was committed before the kill");
        } else {
          assertEquals(BATCH, r.added(), "batch " + b + " was not committed before the kill");
        }
      }
      assertEquals((long) total * BATCH, store.articleCount());
      Set<String> ids = new HashSet<>();
      try (Stream<Article> all = store.articles()) {
        all.forEach(a -> assertTrue(ids.add(a.id()), "duplicate " + a.id()));
      }
      assertEquals(total * BATCH, ids.size());
      for (int b = 0; b < total; b++) {
        List<Article> batch = CrashWriterMain.batch(b, BATCH);
        assertTrue(batch.stream().allMatch(a -> ids.contains(a.id())), "batch " + b + " missing");
      }
    }
  }
}
