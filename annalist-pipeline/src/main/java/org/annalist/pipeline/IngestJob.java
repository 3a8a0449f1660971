package org.annalist.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.annalist.ingest.clean.ArticleCleaner;
import org.annalist.ingest.read.DocumentSink;
import org.annalist.ingest.read.ReadSummary;
import org.annalist.ingest.read.Readers;
import org.annalist.model.Article;
import org.annalist.model.Failure;
import org.annalist.model.RawDocument;
import org.annalist.store.RunCounts;
import org.annalist.store.Store;
import org.annalist.store.WriteResult;

/**
 * Ingests files and folders into a store: read, clean, and write in batches, one transaction each.
 *
 * <p>Idempotent: running the same inputs again adds nothing; an article met again from another
 * place gains that origin. One bad file or record never stops the run: it is reported (listener,
 * summary, and the store's run log) with its location and reason. A crash leaves the store with
 * whole batches only, and running the same ingest again completes it.
 *
 * <p>Immutable; {@link #run} may be called from several threads on different stores.
 */
public final class IngestJob {
  private final Readers readers;
  private final ArticleCleaner cleaner;
  private final IngestOptions options;

  /** A job from its parts. */
  public IngestJob(Readers readers, ArticleCleaner cleaner, IngestOptions options) {
    this.readers = readers;
    this.cleaner = cleaner;
    this.options = options;
  }

  /** A job with the standard readers, cleaner and {@link IngestOptions#DEFAULTS}. */
  public static IngestJob standard() {
    return new IngestJob(Readers.standard(), new ArticleCleaner(), IngestOptions.DEFAULTS);
  }

  /**
   * Ingests {@code inputs} into {@code store}.
   *
   * @param inputs files and folders (walked recursively)
   * @param listener told of progress and failures as they happen
   * @return what was done, failures included
   */
  public IngestSummary run(List<Path> inputs, Store store, IngestListener listener) {
    long started = System.nanoTime();
    long run = store.beginRun(inputs.stream().map(Path::toString).toList());
    ExecutorService pool = Executors.newFixedThreadPool(options.threads());
    try {
      var sink = new BatchingSink(store, pool, listener, started, totalBytes(inputs));
      ReadSummary read = readers.read(inputs, sink);
      sink.flush();
      RunCounts counts = sink.counts;
      store.finishRun(run, counts, sink.failures);
      return new IngestSummary(
          run,
          read.files(),
          counts.documents(),
          counts.added(),
          counts.originAdded(),
          counts.unchanged(),
          read.skippedRecords(),
          sink.failures,
          Duration.ofNanos(System.nanoTime() - started));
    } finally {
      pool.shutdownNow();
    }
  }

  /** Total bytes of the regular files under {@code inputs}, for the ETA; 0 when unknown. */
  private static long totalBytes(List<Path> inputs) {
    long total = 0;
    for (Path p : inputs) {
      if (!Files.exists(p)) {
        continue;
      }
      try (Stream<Path> files = Files.walk(p)) {
        total += files.filter(Files::isRegularFile).mapToLong(IngestJob::size).sum();
      } catch (IOException | UncheckedIOException e) {
        return 0; // the readers report unreadable inputs; the ETA just stays unknown
      }
    }
    return total;
  }

  private static long size(Path p) {
    try {
      return Files.size(p);
    } catch (IOException e) {
      return 0;
    }
  }

  /** Collects documents into batches, cleans each batch in parallel, and writes it. */
  private final class BatchingSink implements DocumentSink {
    private final Store store;
    private final ExecutorService pool;
    private final IngestListener listener;
    private final long started;
    private final long bytesTotal;
    private final List<RawDocument> pending = new ArrayList<>();
    private final List<Failure> failures = new ArrayList<>();
    private final Set<String> filesSeen = new HashSet<>();
    private RunCounts counts = RunCounts.ZERO;
    private long bytesDone;
    private long stored;

    BatchingSink(
        Store store, ExecutorService pool, IngestListener listener, long started, long bytesTotal) {
      this.store = store;
      this.pool = pool;
      this.listener = listener;
      this.started = started;
      this.bytesTotal = bytesTotal;
    }

    @Override
    public void document(RawDocument doc) {
      if (filesSeen.add(doc.origin().path())) {
        bytesDone += size(Path.of(doc.origin().path()));
      }
      pending.add(doc);
      if (pending.size() >= options.batchSize()) {
        flush();
      }
    }

    @Override
    public void failure(Failure failure) {
      failures.add(failure);
      listener.failure(failure);
    }

    void flush() {
      if (pending.isEmpty()) {
        return;
      }
      List<Future<Article>> cleaned = new ArrayList<>();
      for (RawDocument doc : pending) {
        cleaned.add(pool.submit(() -> cleaner.apply(doc)));
      }
      Map<String, Article> batch = new LinkedHashMap<>();
      for (int i = 0; i < pending.size(); i++) {
        RawDocument doc = pending.get(i);
        Article a = await(cleaned.get(i), doc);
        if (a == null) {
          continue;
        }
        if (a.body().isBlank()) {
          failure(
              new Failure(
                  doc.origin().display(),
                  "no article text found ("
                      + doc.text().length()
                      + " characters read, none of them article prose)"));
          continue;
        }
        batch.merge(a.id(), a, (x, y) -> x.withOrigins(y.origins()));
      }
      counts = counts.plusDocuments(pending.size());
      pending.clear();
      WriteResult written = store.write(List.copyOf(batch.values()));
      counts = counts.plus(written);
      stored += written.statuses().size();
      listener.progress(
          new IngestProgress(
              counts.documents(),
              stored,
              failures.size(),
              bytesDone,
              bytesTotal,
              Duration.ofNanos(System.nanoTime() - started)));
    }

    private Article await(Future<Article> future, RawDocument doc) {
      try {
        return future.get();
      } catch (ExecutionException e) {
        Throwable cause = e.getCause();
        failure(
            new Failure(
                doc.origin().display(),
                "cleaning failed: "
                    + cause.getClass().getSimpleName()
                    + ": "
                    + cause.getMessage()));
        return null;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("ingest interrupted", e);
      }
    }
  }
}
