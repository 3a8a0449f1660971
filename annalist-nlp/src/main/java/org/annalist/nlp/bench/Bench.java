package org.annalist.nlp.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import org.annalist.model.Article;

/**
 * Measures a stage's throughput: one warm-up pass over the articles, then {@code passes} measured
 * passes on {@code threads} threads; reports articles/s, tokens/s and peak heap. Reports, never
 * asserts: times depend on the machine.
 *
 * <p>Peak heap is the sum of the heap memory pools' peak usage, reset before the measured passes
 * (an upper bound: pools may peak at different moments). It includes whatever the process holds,
 * models included.
 *
 * <p>Immutable; {@link #run} may be called from several threads, but concurrent runs disturb each
 * other's figures.
 */
public final class Bench {
  private final int threads;
  private final int passes;

  /**
   * A benchmark with these settings.
   *
   * @param threads worker threads, at least 1
   * @param passes measured passes over the articles, at least 1
   */
  public Bench(int threads, int passes) {
    if (threads < 1 || passes < 1) {
      throw new IllegalArgumentException(
          "threads and passes must be at least 1: threads=" + threads + ", passes=" + passes);
    }
    this.threads = threads;
    this.passes = passes;
  }

  /** Worker threads. */
  public int threads() {
    return threads;
  }

  /** A measurement and the warm-up pass's outputs, in article order. */
  public record Measurement<O>(BenchResult result, List<O> outputs) {
    public Measurement {
      outputs = List.copyOf(outputs);
    }
  }

  /**
   * Runs {@code stage} over {@code articles}: a warm-up pass, then the measured passes.
   *
   * @param name what is measured, for the report
   * @param tokens counts the tokens of one output (e.g. {@code Annotation::tokenCount})
   * @throws BenchException when the stage throws on an article, or the run is interrupted
   */
  public <O> Measurement<O> run(
      String name, Function<Article, O> stage, List<Article> articles, ToIntFunction<O> tokens) {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<O> outputs = pass(pool, stage, articles);
      long tokensPerPass = outputs.stream().mapToLong(tokens::applyAsInt).sum();
      List<MemoryPoolMXBean> heap = heapPools();
      heap.forEach(MemoryPoolMXBean::resetPeakUsage);
      long started = System.nanoTime();
      List<Article> all = new ArrayList<>();
      for (int p = 0; p < passes; p++) {
        all.addAll(articles);
      }
      pass(pool, stage, all);
      Duration elapsed = Duration.ofNanos(System.nanoTime() - started);
      long peak = heap.stream().mapToLong(b -> b.getPeakUsage().getUsed()).sum();
      return new Measurement<>(
          new BenchResult(name, threads, all.size(), tokensPerPass * passes, elapsed, peak),
          outputs);
    } finally {
      pool.shutdownNow();
    }
  }

  private static <O> List<O> pass(
      ExecutorService pool, Function<Article, O> stage, List<Article> articles) {
    List<Future<O>> futures = new ArrayList<>(articles.size());
    for (Article a : articles) {
      futures.add(pool.submit(() -> stage.apply(a)));
    }
    List<O> out = new ArrayList<>(articles.size());
    for (int i = 0; i < futures.size(); i++) {
      try {
        out.add(futures.get(i).get());
      } catch (ExecutionException e) {
        throw new BenchException(
            "stage failed on " + articles.get(i).origins().get(0).display() + ": " + e.getCause(),
            e.getCause());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new BenchException("interrupted", e);
      }
    }
    return out;
  }

  private static List<MemoryPoolMXBean> heapPools() {
    return ManagementFactory.getMemoryPoolMXBeans().stream()
        .filter(b -> b.getType() == MemoryType.HEAP && b.isValid())
        .toList();
  }

  /**
   * Heap in use after asking for a full collection: roughly what the process keeps (models
   * included). {@link System#gc()} is only a request, so this is an estimate.
   */
  public static long usedHeapAfterGc() {
    System.gc();
    Runtime r = Runtime.getRuntime();
    return r.totalMemory() - r.freeMemory();
  }
}
