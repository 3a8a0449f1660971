package org.annalist.store;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.annalist.model.Article;

/**
 * Timing runner, not a test: writes {@code n} made-up articles of about {@code chars} body
 * characters in batches of {@code batch} into a fresh store and prints articles written per second
 * and the store's size on disk per 1,000 articles.
 *
 * <p>Arguments: a directory that does not exist yet, then optionally n (20000), batch (100), chars
 * (4000).
 */
public final class WriteBenchmark {
  private WriteBenchmark() {}

  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args[0]);
    int n = args.length > 1 ? Integer.parseInt(args[1]) : 20_000;
    int batch = args.length > 2 ? Integer.parseInt(args[2]) : 100;
    int chars = args.length > 3 ? Integer.parseInt(args[3]) : 4000;
    if (Files.exists(dir)) {
      throw new IllegalArgumentException(dir + " exists; give a new directory");
    }
    List<List<Article>> batches =
        IntStream.range(0, (n + batch - 1) / batch)
            .mapToObj(
                b ->
                    IntStream.range(b * batch, Math.min(n, (b + 1) * batch))
                        .mapToObj(i -> TestArticles.numbered(i, chars))
                        .toList())
            .toList();
    double avgBody =
        batches.stream().flatMap(List::stream).mapToInt(a -> a.body().length()).average().orElse(0);

    long t0 = System.nanoTime();
    try (Store store = Store.open(dir)) {
      long t1 = System.nanoTime();
      for (List<Article> b : batches) {
        store.write(b);
      }
      long t2 = System.nanoTime();
      for (List<Article> b : batches) {
        store.write(b);
      }
      long t3 = System.nanoTime();
      long exported;
      try (Writer sink = Writer.nullWriter()) {
        exported = store.export(ExportFormat.JSONL, sink);
      }
      long t4 = System.nanoTime();
      System.out.printf(
          "articles=%d batch=%d avg_body_chars=%.0f open_ms=%.0f%n",
          n, batch, avgBody, (t1 - t0) / 1e6);
      System.out.printf("write new:       %.0f articles/s%n", n / ((t2 - t1) / 1e9));
      System.out.printf("rewrite (same):  %.0f articles/s%n", n / ((t3 - t2) / 1e9));
      System.out.printf("export jsonl:    %.0f articles/s%n", exported / ((t4 - t3) / 1e9));
    }
    long bytes;
    try (Stream<Path> files = Files.walk(dir)) {
      bytes = files.filter(Files::isRegularFile).mapToLong(WriteBenchmark::size).sum();
    }
    System.out.printf(
        "on disk after close: %.1f MB total, %.0f KB per 1,000 articles%n",
        bytes / 1e6, bytes / 1024.0 / (n / 1000.0));
  }

  private static long size(Path p) {
    try {
      return Files.size(p);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
