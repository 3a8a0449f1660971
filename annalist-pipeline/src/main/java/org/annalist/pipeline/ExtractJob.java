package org.annalist.pipeline;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.annalist.model.Article;
import org.annalist.model.Extraction;
import org.annalist.model.Failure;
import org.annalist.model.Stage;
import org.annalist.store.Store;

/**
 * Runs the language layer over the stored articles that have no extraction of its version yet, in
 * batches (one transaction each), on a thread pool sharing one stage instance.
 *
 * <p>Idempotent and resumable: a second run finds nothing to do; an interrupted run keeps its
 * committed batches and the next run does the rest. An article whose extraction throws is reported
 * as a failure and skipped (it stays unextracted, so a later run retries it).
 */
public final class ExtractJob {
  private final Stage<Article, Extraction> layer;
  private final String version;
  private final IngestOptions options;

  /**
   * @param layer the language layer (thread-safe)
   * @param version the version its extractions carry; articles extracted by another version are
   *     extracted again
   */
  public ExtractJob(Stage<Article, Extraction> layer, String version, IngestOptions options) {
    this.layer = layer;
    this.version = version;
    this.options = options;
  }

  /** What a run did. */
  public record Summary(long extracted, List<Failure> failures, Duration elapsed) {
    public Summary {
      failures = List.copyOf(failures);
    }
  }

  /** Extracts every stored article that needs it. */
  public Summary run(Store store, IngestListener listener) {
    long started = System.nanoTime();
    ExecutorService pool = Executors.newFixedThreadPool(options.threads());
    List<Failure> failures = new ArrayList<>();
    List<String> failedIds = new ArrayList<>();
    long extracted = 0;
    try {
      while (true) {
        List<Article> todo = new ArrayList<>();
        for (Article a : store.articlesToExtract(version, options.batchSize() + failedIds.size())) {
          if (!failedIds.contains(a.id())) {
            todo.add(a);
          }
        }
        if (todo.isEmpty()) {
          break;
        }
        List<Future<Extraction>> futures = new ArrayList<>();
        for (Article a : todo) {
          futures.add(pool.submit(() -> layer.apply(a)));
        }
        List<Extraction> batch = new ArrayList<>();
        for (int i = 0; i < todo.size(); i++) {
          try {
            batch.add(futures.get(i).get());
          } catch (ExecutionException e) {
            Article a = todo.get(i);
            failedIds.add(a.id());
            Failure f =
                new Failure(
                    a.origins().get(0).display(),
                    "extraction failed: "
                        + e.getCause().getClass().getSimpleName()
                        + ": "
                        + e.getCause().getMessage());
            failures.add(f);
            listener.failure(f);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("extraction interrupted", e);
          }
        }
        store.writeExtractions(batch);
        extracted += batch.size();
        listener.progress(
            new IngestProgress(
                extracted,
                extracted,
                failures.size(),
                0,
                0,
                Duration.ofNanos(System.nanoTime() - started)));
      }
    } finally {
      pool.shutdownNow();
    }
    return new Summary(extracted, failures, Duration.ofNanos(System.nanoTime() - started));
  }
}
