package org.annalist.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.annalist.pipeline.LinkJob;
import org.annalist.store.RunCounts;
import org.annalist.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code annalist bench store}: fills an empty store with a synthetic corpus made from a source
 * store's extracted articles ({@link SyntheticCorpus}) and links it, without the language layer, so
 * that {@code annalist bench serve} can measure the server on stores of any size. Reports times,
 * never asserts.
 */
@Command(
    name = "store",
    mixinStandardHelpOptions = true,
    description = {
      "Fills an empty store with N synthetic articles made from a source store's extracted",
      "articles (words varied, dates shifted, new ids; extractions moved along), then links it",
      "(copies, linked events, stories). No language layer: thousands of articles a minute.",
      "Measure the result with: annalist bench serve --store DIR"
    })
final class BenchStoreCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;
  @Mixin private StoreOption store;

  @Option(
      names = "--from",
      paramLabel = "DIR",
      required = true,
      description = "Source store with extracted articles (e.g. the demo's).")
  private Path from;

  @Option(
      names = "--articles",
      paramLabel = "N",
      required = true,
      description = "Synthetic articles to write.")
  private int articles;

  @Option(
      names = "--days",
      paramLabel = "D",
      defaultValue = "365",
      description = "Dates are shifted by 0 to D-1 days (default: ${DEFAULT-VALUE}).")
  private int days;

  @Option(
      names = "--seed",
      paramLabel = "S",
      defaultValue = "1",
      description = "Random seed (default: ${DEFAULT-VALUE}).")
  private long seed;

  @Option(names = "--no-link", description = "Leave the store unlinked (no linked events).")
  private boolean noLink;

  @Override
  public Integer call() {
    if (articles < 1 || days < 1) {
      throw new ParameterException(spec.commandLine(), "--articles and --days must be at least 1");
    }
    Path source = from.toAbsolutePath().normalize();
    if (source.equals(store.dir().toAbsolutePath().normalize())) {
      throw new ParameterException(spec.commandLine(), "--from and --store must differ");
    }
    if (!Files.isRegularFile(source.resolve(Store.DATABASE_FILE))) {
      throw new ParameterException(spec.commandLine(), "--from " + from + ": not a store");
    }
    PrintWriter out = spec.commandLine().getOut();
    List<SyntheticCorpus.Template> templates;
    try (Store src = Store.open(source)) {
      templates = SyntheticCorpus.templatesOf(src);
    }
    if (templates.isEmpty()) {
      throw new ParameterException(
          spec.commandLine(), "--from " + from + ": no extracted article to copy");
    }
    try (Store st = store.open()) {
      if (st.articleCount() > 0) {
        throw new ParameterException(
            spec.commandLine(), "--store " + store.dir() + " is not empty; give a new directory");
      }
      SyntheticCorpus corpus = new SyntheticCorpus(templates, days, seed);
      long start = System.nanoTime();
      RunCounts counts =
          corpus.fill(
              st,
              articles,
              "synthetic: " + articles + " articles from " + source + " (seed " + seed + ")",
              n -> {
                if (n % 5000 == 0) {
                  out.printf(Locale.ROOT, "  %d articles written%n", n);
                  out.flush();
                }
              });
      double writeSeconds = (System.nanoTime() - start) / 1e9;
      out.printf(
          Locale.ROOT,
          "Wrote %d synthetic articles (%d new) from %d templates in %.1f s.%n",
          counts.documents(),
          counts.added(),
          templates.size(),
          writeSeconds);
      if (!noLink) {
        LinkJob.Summary s = LinkJob.standard().run(st);
        out.printf(
            Locale.ROOT,
            "Linked in %.1f s: %d mentions -> %d linked events (%d multi-report), %d stories,"
                + " %d copies.%n",
            s.elapsed().toMillis() / 1e3,
            s.mentions(),
            s.events(),
            s.multiReport(),
            s.stories(),
            s.copies());
      }
    }
    out.printf(Locale.ROOT, "Store %s: %.1f MB on disk.%n", store.dir(), size(store.dir()) / 1e6);
    return ExitCodes.OK;
  }

  private static long size(Path dir) {
    try (Stream<Path> files = Files.walk(dir)) {
      return files.filter(Files::isRegularFile).mapToLong(BenchStoreCommand::sizeOf).sum();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static long sizeOf(Path p) {
    try {
      return Files.size(p);
    } catch (IOException e) {
      return 0;
    }
  }
}
