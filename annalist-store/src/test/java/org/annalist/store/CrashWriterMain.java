package org.annalist.store;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import org.annalist.model.Article;

/**
 * Child process of {@link CrashConsistencyTest}: writes numbered batches into a store in a loop and
 * prints {@code committed N} after batch N commits. Stops by itself after a number of batches or
 * milliseconds, whichever comes first.
 *
 * <p>Arguments: store directory, number of batches, batch size, time limit in milliseconds.
 */
public final class CrashWriterMain {
  private CrashWriterMain() {}

  /** Batch {@code b} of the reproducible series. */
  static List<Article> batch(int b, int size) {
    return IntStream.range(b * size, (b + 1) * size)
        .mapToObj(i -> TestArticles.numbered(i, 2000))
        .toList();
  }

  public static void main(String[] args) {
    Path dir = Path.of(args[0]);
    int batches = Integer.parseInt(args[1]);
    int size = Integer.parseInt(args[2]);
    long deadline = System.nanoTime() + Long.parseLong(args[3]) * 1_000_000L;
    try (Store store = Store.open(dir)) {
      System.out.println("open");
      for (int b = 0; b < batches && System.nanoTime() < deadline; b++) {
        store.write(batch(b, size));
        System.out.println("committed " + b);
        System.out.flush();
      }
      System.out.println("done");
    }
  }
}
