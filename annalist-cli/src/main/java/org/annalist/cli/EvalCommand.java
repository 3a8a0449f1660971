package org.annalist.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.annalist.eval.EvalReport;
import org.annalist.eval.ExtractionEval;
import org.annalist.eval.PageScore;
import org.annalist.ingest.clean.ArticleCleaner;
import org.annalist.model.DocumentHints;
import org.annalist.model.Origin;
import org.annalist.model.RawDocument;
import org.annalist.model.SourceFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code annalist eval ...}: scores against public gold data. */
@Command(
    name = "eval",
    mixinStandardHelpOptions = true,
    description = "Scores Annalist against public gold data (slow; not part of the unit tests).",
    subcommands = {EvalCommand.Extraction.class})
final class EvalCommand implements Runnable {
  @Spec private CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** {@code annalist eval extraction DIR}: the article-extraction benchmark. */
  @Command(
      name = "extraction",
      mixinStandardHelpOptions = true,
      description = {
        "Article-body extraction benchmark: precision, recall and F1 of 4-token shingles,",
        "pages weighted equally. DIR holds html/<id>.html.gz and ground-truth.json."
      })
  static final class Extraction implements Callable<Integer> {
    @Spec private CommandSpec spec;

    @Parameters(paramLabel = "DIR", description = "Benchmark folder.")
    private Path dir;

    @Option(
        names = "--worst",
        description = "How many of the worst pages to list (default: ${DEFAULT-VALUE}).",
        defaultValue = "10")
    private int worst;

    @Override
    public Integer call() throws IOException {
      if (!Files.isRegularFile(dir.resolve("ground-truth.json"))) {
        throw new NotFoundException("no ground-truth.json in " + dir);
      }
      ArticleCleaner cleaner = new ArticleCleaner();
      // The same path `annalist ingest` takes for an HTML page: the body it would store.
      EvalReport r =
          ExtractionEval.run(
              dir,
              page ->
                  cleaner
                      .apply(
                          new RawDocument(
                              new Origin(page.id(), page.url(), null),
                              SourceFormat.HTML,
                              page.html(),
                              "UTF-8",
                              DocumentHints.NONE,
                              null))
                      .body());
      PrintWriter out = spec.commandLine().getOut();
      out.printf("article extraction: %d pages from %s%n", r.pages(), dir);
      out.printf(
          "  precision %.3f  recall %.3f  F1 %.3f   (benchmark metric: pages weighted equally)%n",
          r.precision(), r.recall(), r.f1());
      out.printf(
          "  pooled    %.3f  recall %.3f  F1 %.3f%n",
          r.pooledPrecision(), r.pooledRecall(), r.pooledF1());
      out.printf("  speed     %.1f pages/s (cleaning only, one thread)%n", r.pagesPerSecond());
      if (worst > 0) {
        out.printf("  worst %d pages (id, precision, recall, F1):%n", worst);
        for (PageScore p : r.worst(worst)) {
          out.printf("    %s  %.3f  %.3f  %.3f%n", p.id(), p.precision(), p.recall(), p.f1());
        }
      }
      out.flush();
      return ExitCodes.OK;
    }
  }
}
