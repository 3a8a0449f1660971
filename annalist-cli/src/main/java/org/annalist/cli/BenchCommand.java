package org.annalist.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.stream.Stream;
import org.annalist.ingest.clean.ArticleCleaner;
import org.annalist.ingest.read.DocumentSink;
import org.annalist.ingest.read.Readers;
import org.annalist.model.Annotation;
import org.annalist.model.Article;
import org.annalist.model.Failure;
import org.annalist.model.RawDocument;
import org.annalist.nlp.CoreNlpEngine;
import org.annalist.nlp.CoreNlpOptions;
import org.annalist.nlp.bench.Bench;
import org.annalist.nlp.bench.BenchResult;
import org.annalist.nlp.bench.ConfigurationSweep;
import org.annalist.pipeline.LanguageLayer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code annalist bench}: the language pipeline's throughput against CoreNLP's default NER
 * pipeline, on the same cleaned English articles, in one run. Reports, never asserts.
 */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    subcommands = {BenchLinkCommand.class, BenchServeCommand.class, BenchStoreCommand.class},
    description = {
      "Measures the language pipeline (articles/s, tokens/s, peak heap) against CoreNLP's"
          + " default NER pipeline on the same English articles.",
      "Default input: the demo corpus, plus ../shared/samples when present."
    })
final class BenchCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;

  @Option(
      names = "--threads",
      paramLabel = "N",
      defaultValue = "2",
      description = "Worker threads (default: ${DEFAULT-VALUE}).")
  private int threads;

  @Option(
      names = "--input",
      paramLabel = "PATH",
      arity = "1..*",
      description = "Files or folders to read (default: demo corpus and ../shared/samples).")
  private List<Path> inputs;

  @Option(
      names = "--repeat",
      paramLabel = "N",
      defaultValue = "1",
      description = "Measured passes over the input, after one warm-up pass (default: 1).")
  private int repeat;

  @Option(
      names = "--configurations",
      description =
          "Instead, compare CoreNLP configurations one after another on one thread: load time,"
              + " heap, tokens/s, entity agreement with CoreNLP's default (takes minutes).")
  private boolean configurations;

  @Override
  public Integer call() throws IOException {
    if (threads < 1 || repeat < 1) {
      throw new ParameterException(spec.commandLine(), "--threads and --repeat must be at least 1");
    }
    PrintWriter out = spec.commandLine().getOut();
    List<Path> paths = inputs != null ? inputs : defaultInputs();
    List<Article> articles = read(paths, out);
    if (articles.isEmpty()) {
      throw new NotFoundException("no English articles in " + paths);
    }
    long tokensGuess = articles.stream().mapToLong(a -> a.body().split("\\s+").length).sum();
    out.printf(
        "Input: %d English articles (about %,d words) from %s%n",
        articles.size(), tokensGuess, paths);
    out.printf(
        "JVM: max heap %s, %d processors%n",
        size(Runtime.getRuntime().maxMemory()), Runtime.getRuntime().availableProcessors());
    out.flush();
    if (configurations) {
      sweep(articles, out);
      return ExitCodes.OK;
    }
    Bench bench = new Bench(threads, repeat);
    BenchResult ours =
        measure("annalist pipeline", CoreNlpOptions.DEFAULTS, true, bench, articles, out);
    BenchResult theirs =
        measure(
            "CoreNLP default NER", CoreNlpOptions.CORENLP_DEFAULT_NER, false, bench, articles, out);
    out.println();
    out.printf(
        "%-22s %10s %10s %16s %10s%n",
        "pipeline", "articles/s", "tokens/s", "tokens/s/thread", "peak heap");
    for (BenchResult r : List.of(ours, theirs)) {
      out.printf(
          Locale.ROOT,
          "%-22s %10.2f %10.0f %16.0f %10s%n",
          r.name(),
          r.articlesPerSecond(),
          r.tokensPerSecond(),
          r.tokensPerSecondPerThread(),
          size(r.peakHeapBytes()));
    }
    out.printf(
        Locale.ROOT,
        "Ratio: the annalist pipeline runs %.2fx the articles/s of CoreNLP's default NER"
            + " (%d threads, %d measured pass%s).%n",
        ours.articlesPerSecond() / theirs.articlesPerSecond(),
        threads,
        repeat,
        repeat == 1 ? "" : "es");
    out.flush();
    return ExitCodes.OK;
  }

  /**
   * Loads an engine, measures it (with the whole language layer on top when {@code layer}: times,
   * entities, quotes), and lets it go.
   */
  private static BenchResult measure(
      String name,
      CoreNlpOptions options,
      boolean layer,
      Bench bench,
      List<Article> articles,
      PrintWriter out) {
    Bench.usedHeapAfterGc();
    CoreNlpEngine engine = new CoreNlpEngine(options);
    Function<Article, Annotation> stage;
    if (layer) {
      LanguageLayer whole = LanguageLayer.withEngine(engine);
      stage = a -> whole.annotate(a).annotation();
    } else {
      stage = engine::apply;
    }
    try {
      out.printf(
          Locale.ROOT,
          "%s: %s%n  models loaded in %.1f s, heap in use after loading %s%n",
          name,
          engine.describe(),
          engine.loadTime().toMillis() / 1000.0,
          size(Bench.usedHeapAfterGc()));
      out.flush();
      BenchResult r = bench.run(name, stage, articles, Annotation::tokenCount).result();
      out.printf(
          Locale.ROOT,
          "  %d articles, %,d tokens in %.1f s%n",
          r.articles(),
          r.tokens(),
          r.elapsed().toMillis() / 1000.0);
      out.flush();
      return r;
    } finally {
      engine.close();
    }
  }

  private void sweep(List<Article> articles, PrintWriter out) {
    out.println();
    out.println(
        "| configuration | load s | heap after load | tokens/s (1 thread) | peak heap"
            + " | PERSON agree | ORG agree | LOC agree |");
    out.println("|---|---:|---:|---:|---:|---:|---:|---:|");
    out.flush();
    new ConfigurationSweep(new Bench(1, repeat))
        .run(
            ConfigurationSweep.standardConfigurations(),
            articles,
            row -> {
              StringBuilder agree = new StringBuilder();
              for (ConfigurationSweep.TypeAgreement t : row.agreement()) {
                agree.append(
                    String.format(
                        Locale.ROOT, " %d/%d (found %d) |", t.matched(), t.reference(), t.found()));
              }
              out.printf(
                  Locale.ROOT,
                  "| %s | %.1f | %s | %.0f | %s |%s%n",
                  row.name(),
                  row.loadTime().toMillis() / 1000.0,
                  size(row.heapAfterLoad()),
                  row.result().tokensPerSecond(),
                  size(row.result().peakHeapBytes()),
                  agree);
              out.flush();
            });
    out.println();
    out.println(
        "Agreement: mentions with the same span and type as corenlp-default-ner / its count.");
    out.flush();
  }

  /** Reads and cleans {@code paths}; keeps English articles with a body. */
  private List<Article> read(List<Path> paths, PrintWriter out) {
    ArticleCleaner cleaner = new ArticleCleaner();
    PrintWriter err = spec.commandLine().getErr();
    List<Article> articles = new ArrayList<>();
    Readers.standard()
        .read(
            paths,
            new DocumentSink() {
              @Override
              public void document(RawDocument doc) {
                Article a = cleaner.apply(doc);
                if (a.processable() && !a.body().isBlank()) {
                  articles.add(a);
                }
              }

              @Override
              public void failure(Failure failure) {
                err.println("annalist: skipped " + failure.location() + ": " + failure.reason());
              }
            });
    return articles;
  }

  /** The demo corpus (found like {@code annalist demo} does) and the shared samples' text files. */
  private static List<Path> defaultInputs() throws IOException {
    Path corpus = DemoCommand.findCorpus();
    if (!Files.isDirectory(corpus)) {
      throw new NotFoundException("no demo corpus at " + corpus + "; give --input");
    }
    List<Path> out = new ArrayList<>();
    out.add(corpus);
    Path root = corpus.toAbsolutePath().getParent().getParent();
    Path samples = root.resolveSibling("shared").resolve("samples");
    if (Files.isDirectory(samples)) {
      try (Stream<Path> files = Files.list(samples)) {
        files.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().forEach(out::add);
      }
    }
    return out;
  }

  private static String size(long bytes) {
    return String.format(Locale.ROOT, "%.2f GB", bytes / 1e9);
  }
}
