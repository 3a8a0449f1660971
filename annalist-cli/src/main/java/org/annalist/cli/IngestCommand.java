package org.annalist.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import org.annalist.ingest.clean.ArticleCleaner;
import org.annalist.ingest.read.Readers;
import org.annalist.model.Failure;
import org.annalist.pipeline.CoderDictionaries;
import org.annalist.pipeline.ExtractJob;
import org.annalist.pipeline.IngestJob;
import org.annalist.pipeline.IngestListener;
import org.annalist.pipeline.IngestOptions;
import org.annalist.pipeline.IngestProgress;
import org.annalist.pipeline.IngestSummary;
import org.annalist.pipeline.LanguageLayer;
import org.annalist.pipeline.LinkJob;
import org.annalist.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code annalist ingest PATH...}: read, clean and store articles. */
@Command(
    name = "ingest",
    mixinStandardHelpOptions = true,
    description = {
      "Reads articles from files and folders (recursively) into the store:",
      "plain text, HTML, JSON Lines, WARC, each optionally gzip-compressed.",
      "Re-ingesting is idempotent; a bad file is reported and the rest goes on.",
      "Then runs the language layer and links events across articles (see --no-language,",
      "--no-link)."
    })
final class IngestCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;
  @Mixin private StoreOption store;

  @Parameters(paramLabel = "PATH", arity = "1..*", description = "Files or folders to read.")
  private List<Path> paths;

  @Option(
      names = "--threads",
      description = "Cleaning threads (default: processors).",
      defaultValue = "0")
  private int threads;

  @Option(
      names = "--batch",
      description = "Articles per store transaction (default: ${DEFAULT-VALUE}).",
      defaultValue = "200")
  private int batch;

  @Option(names = "--quiet", description = "No progress line, only the summary.")
  private boolean quiet;

  @Option(
      names = "--no-language",
      description =
          "Only read, clean and store; skip the language layer (entities, times, quotes).")
  private boolean noLanguage;

  @Option(
      names = "--no-link",
      description =
          "Do not link events across articles at the end (run `annalist link` later instead).")
  private boolean noLink;

  @Option(
      names = "--dictionaries",
      paramLabel = "DIR",
      description = {
        "Your own coder dictionaries (TABARI/PETRARCH formats: NAME.actors.txt, NAME.agents.txt,",
        "NAME.verbs.txt, NAME.nouns.txt, NAME.discards.txt) on top of the project's; articles",
        "coded with other dictionaries are coded again (docs/dictionaries.md)."
      })
  private Path dictionaries;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    CoderDictionaries coderDictionaries = null;
    if (!noLanguage) {
      coderDictionaries = DictionariesCommand.load(dictionaries, err);
      if (coderDictionaries == null) {
        return ExitCodes.USAGE;
      }
    }
    int t = threads > 0 ? threads : IngestOptions.DEFAULTS.threads();
    IngestJob job =
        new IngestJob(Readers.standard(), new ArticleCleaner(), new IngestOptions(batch, t));
    boolean terminal = System.console() != null && !quiet;
    IngestListener listener =
        new IngestListener() {
          @Override
          public void progress(IngestProgress p) {
            if (terminal) {
              err.print("\r" + progressLine(p));
              err.flush();
            }
          }

          @Override
          public void failure(Failure f) {
            if (terminal) {
              err.print("\r\033[K");
            }
            err.println("failed: " + f);
            err.flush();
          }
        };
    IngestSummary s;
    ExtractJob.Summary x = null;
    LinkJob.Summary linked = null;
    try (Store st = store.open()) {
      s = job.run(paths, st, listener);
      if (!noLanguage) {
        if (terminal) {
          err.print("\r\033[Kloading the language models ...");
          err.flush();
        }
        try (LanguageLayer layer = LanguageLayer.standard(coderDictionaries)) {
          x = new ExtractJob(layer, layer.version(), new IngestOptions(batch, t)).run(st, listener);
        }
      }
      if (!noLink) {
        linked = LinkJob.standard().run(st);
      }
    }
    if (terminal) {
      err.print("\r\033[K");
      err.flush();
    }
    printSummary(out, s, store.dir());
    if (x != null) {
      printExtraction(out, x);
    }
    if (linked != null) {
      LinkCommand.printLinking(out, linked);
    }
    boolean failed = !s.failures().isEmpty() || (x != null && !x.failures().isEmpty());
    return failed ? ExitCodes.SOME_FAILED : ExitCodes.OK;
  }

  static void printExtraction(PrintWriter out, ExtractJob.Summary x) {
    double secs = Math.max(x.elapsed().toMillis(), 1) / 1000.0;
    out.printf(
        "Language layer: %,d articles in %.1f s (%.1f articles/s, models loading included)%n",
        x.extracted(), secs, x.extracted() / secs);
    if (!x.failures().isEmpty()) {
      out.printf("  failed:           %,d%n", x.failures().size());
      for (Failure f : x.failures()) {
        out.println("    " + f.location() + ": " + f.reason());
      }
    }
    out.flush();
  }

  static String progressLine(IngestProgress p) {
    Duration eta = p.remaining();
    return String.format(
        "%,d documents  %,d stored  %,d failed  %.1f articles/s  ETA %s",
        p.documents(),
        p.stored(),
        p.failures(),
        p.documentsPerSecond(),
        eta == null ? "?" : formatDuration(eta));
  }

  static String formatDuration(Duration d) {
    long s = d.toSeconds();
    return s >= 3600
        ? String.format("%dh%02dm", s / 3600, (s % 3600) / 60)
        : String.format("%dm%02ds", s / 60, s % 60);
  }

  static void printSummary(PrintWriter out, IngestSummary s, Path store) {
    double secs = Math.max(s.elapsed().toMillis(), 1) / 1000.0;
    out.printf(
        "Ingested into %s: %,d files, %,d documents in %.1f s (%.1f documents/s)%n",
        store, s.files(), s.documents(), secs, s.documents() / secs);
    out.printf("  new articles:     %,d%n", s.added());
    out.printf(
        "  already present:  %,d (%,d of them gained a new origin)%n",
        s.alreadyPresent(), s.originAdded());
    if (s.skippedRecords() > 0) {
      out.printf(
          "  skipped records:  %,d (not articles, e.g. non-HTML WARC records)%n",
          s.skippedRecords());
    }
    out.printf("  failed:           %,d%n", s.failures().size());
    for (Failure f : s.failures()) {
      out.println("    " + f.location() + ": " + f.reason());
    }
    out.flush();
  }
}
