package org.annalist.cli;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.annalist.link.article.ArticleDigest;
import org.annalist.link.article.ArticleLinker;
import org.annalist.link.article.ArticleLinks;
import org.annalist.link.article.SyntheticCorpus;
import org.annalist.link.event.ActorKeys;
import org.annalist.link.event.EventLinker;
import org.annalist.link.event.EventLinking;
import org.annalist.link.event.IdRegistry;
import org.annalist.link.event.LinkOptions;
import org.annalist.link.event.LinkedEvent;
import org.annalist.link.event.LinkedMention;
import org.annalist.link.event.SyntheticMentions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code annalist bench link}: time and peak heap of {@link ArticleLinker} on synthetic corpora of
 * growing size, then of {@link EventLinker} on three synthetic event mentions per article, and how
 * time grows with size. Reports, never asserts.
 */
@Command(
    name = "link",
    mixinStandardHelpOptions = true,
    description = {
      "Links deterministic synthetic corpora (topics, outlets, dates over a year, wire copies with",
      "light edits) of each size and reports time, peak heap and the time ratio between sizes."
    })
final class BenchLinkCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;

  @Option(
      names = "--articles",
      paramLabel = "N,N...",
      split = ",",
      defaultValue = "10000,100000",
      description = "Corpus sizes (default: ${DEFAULT-VALUE}).")
  private List<Integer> sizes;

  @Option(
      names = "--seed",
      defaultValue = "1",
      description = "Seed of the synthetic corpora (default: ${DEFAULT-VALUE}).")
  private long seed;

  /**
   * Pairwise precision and recall of the copy groups ({@code copies}) or happenings against the
   * corpus's truth.
   */
  static double[] pairScores(SyntheticCorpus corpus, ArticleLinks links, boolean copies) {
    Map<String, String> truth = new HashMap<>();
    for (ArticleDigest d : corpus.articles()) {
      String id = d.articleId();
      if (copies) {
        String root = id;
        while (corpus.copyOf().containsKey(root)) {
          root = corpus.copyOf().get(root);
        }
        truth.put(id, root);
      } else {
        truth.put(id, String.valueOf(corpus.happening().get(id)));
      }
    }
    Map<String, Long> bySystem = new HashMap<>();
    Map<String, Long> byTruth = new HashMap<>();
    Map<String, Long> byBoth = new HashMap<>();
    for (ArticleDigest d : corpus.articles()) {
      String id = d.articleId();
      String sys = copies ? links.copyGroup(id) : links.happening(id);
      bySystem.merge(sys, 1L, Long::sum);
      byTruth.merge(truth.get(id), 1L, Long::sum);
      byBoth.merge(sys + "\n" + truth.get(id), 1L, Long::sum);
    }
    double system = pairs(bySystem);
    double gold = pairs(byTruth);
    double both = pairs(byBoth);
    return new double[] {system == 0 ? 1 : both / system, gold == 0 ? 1 : both / gold};
  }

  private static double pairs(Map<String, Long> sizes) {
    double sum = 0;
    for (long k : sizes.values()) {
      sum += k * (k - 1) / 2.0;
    }
    return sum;
  }

  private static List<MemoryPoolMXBean> heapPools() {
    return ManagementFactory.getMemoryPoolMXBeans().stream()
        .filter(p -> p.getType() == MemoryType.HEAP)
        .toList();
  }

  /** Event linking: three mentions per article of each size. */
  private void benchEvents(PrintWriter out, List<MemoryPoolMXBean> heap) {
    EventLinker linker = new EventLinker(LinkOptions.DEFAULTS, ActorKeys.standard());
    linker.link(SyntheticMentions.generate(6000, seed + 1).mentions(), IdRegistry.EMPTY, id -> id);
    out.printf(
        "%10s %9s %11s %11s  %-22s%n",
        "mentions", "seconds", "mentions/s", "peak heap", "happening pairs P / R");
    double firstSeconds = 0;
    int firstSize = 0;
    for (int articles : sizes) {
      int n = articles * 3;
      SyntheticMentions corpus = SyntheticMentions.generate(n, seed);
      System.gc();
      heap.forEach(MemoryPoolMXBean::resetPeakUsage);
      long start = System.nanoTime();
      EventLinking linking = linker.link(corpus.mentions(), IdRegistry.EMPTY, id -> id);
      double seconds = (System.nanoTime() - start) / 1e9;
      long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
      Map<String, Long> bySystem = new HashMap<>();
      Map<String, Long> byTruth = new HashMap<>();
      Map<String, Long> byBoth = new HashMap<>();
      for (LinkedEvent e : linking.events()) {
        for (LinkedMention m : e.mentions()) {
          String truth = String.valueOf(corpus.happening().get(m.id()));
          bySystem.merge(e.id(), 1L, Long::sum);
          byTruth.merge(truth, 1L, Long::sum);
          byBoth.merge(e.id() + "\n" + truth, 1L, Long::sum);
        }
      }
      double both = pairs(byBoth);
      double system = pairs(bySystem);
      double gold = pairs(byTruth);
      out.printf(
          Locale.ROOT,
          "%10d %9.2f %11.0f %8.2f GB  %.3f / %.3f%n",
          n,
          seconds,
          n / seconds,
          peak / 1e9,
          system == 0 ? 1 : both / system,
          gold == 0 ? 1 : both / gold);
      out.flush();
      if (firstSize == 0) {
        firstSize = n;
        firstSeconds = seconds;
      } else {
        out.printf(
            Locale.ROOT,
            "  %dx the mentions took %.1fx the time of %d%n",
            n / firstSize,
            seconds / firstSeconds,
            firstSize);
      }
    }
  }

  @Override
  public Integer call() {
    if (sizes.stream().anyMatch(n -> n < 1)) {
      throw new ParameterException(spec.commandLine(), "--articles sizes must be at least 1");
    }
    PrintWriter out = spec.commandLine().getOut();
    out.printf(
        "JVM: max heap %.2f GB, %d processors; linker runs on one thread%n",
        Runtime.getRuntime().maxMemory() / 1e9, Runtime.getRuntime().availableProcessors());
    ArticleLinker linker = ArticleLinker.withDefaults();
    // warm-up on a small corpus so the first size is not charged for JIT compilation
    linker.link(SyntheticCorpus.generate(2000, seed + 1).articles());
    out.printf(
        "%10s %9s %11s %11s  %-22s %-22s%n",
        "articles",
        "seconds",
        "articles/s",
        "peak heap",
        "copy pairs P / R",
        "happening pairs P / R");
    double firstSeconds = 0;
    int firstSize = 0;
    for (int n : sizes) {
      SyntheticCorpus corpus = SyntheticCorpus.generate(n, seed);
      List<MemoryPoolMXBean> heap =
          ManagementFactory.getMemoryPoolMXBeans().stream()
              .filter(p -> p.getType() == MemoryType.HEAP)
              .toList();
      System.gc();
      heap.forEach(MemoryPoolMXBean::resetPeakUsage);
      long start = System.nanoTime();
      ArticleLinks links = linker.link(corpus.articles());
      double seconds = (System.nanoTime() - start) / 1e9;
      long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
      double[] copies = pairScores(corpus, links, true);
      double[] happenings = pairScores(corpus, links, false);
      out.printf(
          Locale.ROOT,
          "%10d %9.2f %11.0f %8.2f GB  %.3f / %.3f  %8s %.3f / %.3f%n",
          n,
          seconds,
          n / seconds,
          peak / 1e9,
          copies[0],
          copies[1],
          "",
          happenings[0],
          happenings[1]);
      out.flush();
      if (firstSize == 0) {
        firstSize = n;
        firstSeconds = seconds;
      } else {
        out.printf(
            Locale.ROOT,
            "  %dx the articles took %.1fx the time of %d%n",
            n / firstSize,
            seconds / firstSeconds,
            firstSize);
      }
    }
    benchEvents(out, heapPools());
    out.println(
        "Peak heap: the heap pools' peak use while linking, corpus included (an upper bound).");
    out.println(
        "P / R: pairwise precision and recall against the generator's truth (wire copies;"
            + " reports of one happening; event mentions of one happening).");
    out.flush();
    return ExitCodes.OK;
  }
}
