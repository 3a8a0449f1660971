package org.annalist.eval;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.annalist.ingest.html.HtmlExtractor;
import org.annalist.ingest.html.HtmlExtractorOptions;
import org.annalist.ingest.html.HtmlPage;
import org.annalist.model.Removed;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The article-extraction evaluation over {@code shared/eval/article-extraction-dev}: an evaluation
 * command, not a unit test. Skipped unless run with {@code -Dannalist.eval=true}:
 *
 * <pre>
 * mvn -B -q -pl annalist-eval -am test -Dtest=ArticleExtractionBenchmarkIT -Dannalist.eval=true \
 *     -Dsurefire.failIfNoSpecifiedTests=false
 * </pre>
 *
 * <p>{@code -Dannalist.eval.without=SIGNAL} switches one extractor signal off (to measure it);
 * {@code -Dannalist.eval.dump=DIR} writes each page's predicted body to DIR.
 */
class ArticleExtractionBenchmarkIT {

  @Test
  void scoresTheDevelopmentHalf() throws IOException {
    Assumptions.assumeTrue(Boolean.getBoolean("annalist.eval"), "set -Dannalist.eval=true to run");
    Path dir =
        Path.of(System.getProperty("annalist.shared", "../shared"))
            .resolve("eval/article-extraction-dev");
    Assumptions.assumeTrue(Files.isDirectory(dir), "no benchmark at " + dir);

    HtmlExtractorOptions options = HtmlExtractorOptions.defaults();
    String without = System.getProperty("annalist.eval.without", "");
    if (!without.isBlank()) {
      for (String name : without.split(",")) {
        options = options.without(HtmlExtractorOptions.Signal.valueOf(name.strip()));
      }
    }
    HtmlExtractor extractor = new HtmlExtractor(options);
    String dump = System.getProperty("annalist.eval.dump", "");
    Path dumpDir = dump.isBlank() ? null : Files.createDirectories(Path.of(dump));
    // warm-up pass so that the timed pass measures steady-state extraction
    ExtractionEval.run(dir, page -> extractor.extract(page.html(), page.url()).body());
    EvalReport report =
        ExtractionEval.run(
            dir,
            page -> {
              HtmlPage extracted = extractor.extract(page.html(), page.url());
              if (dumpDir != null) {
                write(dumpDir.resolve(page.id() + ".txt"), extracted.body());
                StringBuilder removed = new StringBuilder();
                for (Removed r : extracted.removed()) {
                  removed.append('[').append(r.reason()).append("] ").append(r.text()).append('\n');
                }
                write(dumpDir.resolve(page.id() + ".removed.txt"), removed.toString());
              }
              return extracted.body();
            });

    StringBuilder out = new StringBuilder();
    out.append(
        String.format(
            Locale.ROOT,
            "pages=%d precision=%.4f recall=%.4f F1=%.4f (pooled P=%.4f R=%.4f F1=%.4f)"
                + " pages/s=%.1f signals-off=%s%n",
            report.pages(),
            report.precision(),
            report.recall(),
            report.f1(),
            report.pooledPrecision(),
            report.pooledRecall(),
            report.pooledF1(),
            report.pagesPerSecond(),
            without.isBlank() ? "none" : without));
    for (PageScore s : report.worst(10)) {
      out.append(
          String.format(
              Locale.ROOT,
              "  %s P=%.3f R=%.3f F1=%.3f%n",
              s.id(),
              s.precision(),
              s.recall(),
              s.f1()));
    }
    System.out.print(out);
    double min = Double.parseDouble(System.getProperty("annalist.eval.minF1", "0"));
    assertTrue(report.f1() >= min, "F1 " + report.f1() + " below " + min);
  }

  private static void write(Path file, String text) {
    try {
      Files.writeString(file, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
