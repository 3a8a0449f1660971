package org.annalist.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.annalist.eval.EvalReport;
import org.annalist.eval.ExtractionEval;
import org.annalist.eval.PageScore;
import org.annalist.eval.TimexCounts;
import org.annalist.eval.TimexDocumentScore;
import org.annalist.eval.TimexEval;
import org.annalist.eval.TimexMismatch;
import org.annalist.eval.TimexReport;
import org.annalist.eval.petrarch.Coding;
import org.annalist.eval.petrarch.PetrarchEval;
import org.annalist.eval.petrarch.PetrarchInputs;
import org.annalist.eval.petrarch.PetrarchScore;
import org.annalist.ingest.clean.ArticleCleaner;
import org.annalist.model.DocumentHints;
import org.annalist.model.Origin;
import org.annalist.model.RawDocument;
import org.annalist.model.SourceFormat;
import org.annalist.nlp.CoreNlpEngine;
import org.annalist.nlp.CoreNlpOptions;
import org.annalist.nlp.SuTimeTagger;
import org.annalist.time.TimeTagger;
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
    subcommands = {
      EvalCommand.Extraction.class,
      EvalCommand.Timex.class,
      EvalCommand.Petrarch.class,
      ClustersCommand.class,
      EventsEvalCommand.class
    })
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

  /** {@code annalist eval timex DIR}: TIMEX3 recognition and normalisation, TempEval-3 style. */
  @Command(
      name = "timex",
      mixinStandardHelpOptions = true,
      description = {
        "Time expressions against TimeML gold (e.g. the TempEval-3 platinum set): strict and",
        "relaxed span P/R/F1, type and value accuracy on relaxed matches, and value F1",
        "(TE3 attribute F1). DIR holds *.tml files; each DCT is the reference date."
      })
  static final class Timex implements Callable<Integer> {
    @Spec private CommandSpec spec;

    @Parameters(paramLabel = "DIR", description = "Folder of TimeML .tml files.")
    private Path dir;

    @Option(names = "--errors", description = "List every mismatch (missed, spurious, value...).")
    private boolean errors;

    @Option(names = "--per-document", description = "Print the figures of each document.")
    private boolean perDocument;

    @Option(
        names = "--compare-sutime",
        description = "Also score CoreNLP's SUTime on the same documents (loads CoreNLP models).")
    private boolean compareSutime;

    @Option(
        names = "--speed-rounds",
        description =
            "Timed passes over the corpus after a warm-up, for a tagger speed figure (default:"
                + " ${DEFAULT-VALUE}; 0 skips).",
        defaultValue = "50")
    private int speedRounds;

    @Override
    public Integer call() throws IOException {
      if (!Files.isDirectory(dir)) {
        throw new NotFoundException("no such folder: " + dir);
      }
      TimeTagger tagger = new TimeTagger();
      TimexReport r = TimexEval.run(dir, tagger::tag);
      TimexCounts t = r.total();
      PrintWriter out = spec.commandLine().getOut();
      out.printf(
          "timex: %d documents from %s, %d gold and %d system expressions%n",
          r.documents().size(), dir, t.gold(), t.system());
      out.printf(
          "  strict   P %.3f  R %.3f  F1 %.3f%n",
          t.strictPrecision(), t.strictRecall(), t.strictF1());
      out.printf(
          "  relaxed  P %.3f  R %.3f  F1 %.3f%n",
          t.relaxedPrecision(), t.relaxedRecall(), t.relaxedF1());
      out.printf(
          "  type accuracy %.3f  value accuracy %.3f  (on relaxed matches)%n",
          t.typeAccuracy(), t.valueAccuracy());
      out.printf("  type F1 %.3f  value F1 %.3f  (TE3 attribute F1)%n", t.typeF1(), t.valueF1());
      out.printf(
          "  speed %.2f MB/s cold (%d characters, tagger only, one thread, JIT warm-up included)%n",
          r.charactersPerSecond() / 1e6, r.characters());
      if (speedRounds > 0) {
        double warm = TimexEval.throughput(dir, tagger::tag, speedRounds);
        out.printf(
            "  speed %.2f MB/s warm (%d passes after a warm-up, one thread)%n",
            warm / 1e6, speedRounds);
      }
      if (compareSutime) {
        TimexCounts su = TimexEval.run(dir, new SuTimeTagger()::tag).total();
        out.printf("SUTime (CoreNLP 4.5.10) on the same documents:%n");
        out.printf(
            "  strict   P %.3f  R %.3f  F1 %.3f%n",
            su.strictPrecision(), su.strictRecall(), su.strictF1());
        out.printf(
            "  relaxed  P %.3f  R %.3f  F1 %.3f%n",
            su.relaxedPrecision(), su.relaxedRecall(), su.relaxedF1());
        out.printf("  type F1 %.3f  value F1 %.3f%n", su.typeF1(), su.valueF1());
      }
      if (perDocument) {
        out.printf("  per document (gold, system, relaxed F1, value F1):%n");
        for (TimexDocumentScore d : r.documents()) {
          TimexCounts c = d.counts();
          out.printf(
              "    %-40s %3d %3d  %.3f  %.3f%n",
              d.id(), c.gold(), c.system(), c.relaxedF1(), c.valueF1());
        }
      }
      if (errors) {
        out.printf(
            "  mismatches (kind, document, gold text/type/value | system text/type/value):%n");
        for (TimexDocumentScore d : r.documents()) {
          for (TimexMismatch m : d.mismatches()) {
            out.printf(
                "    %-8s %s  [%s|%s|%s]  [%s|%s|%s]  ... %s ...%n",
                m.kind(),
                m.document(),
                m.goldText(),
                m.goldType(),
                m.goldValue(),
                m.systemText(),
                m.systemType(),
                m.systemValue(),
                m.context());
          }
        }
      }
      out.flush();
      return ExitCodes.OK;
    }
  }

  /** {@code annalist eval petrarch DIR}: the event coder on PETRARCH's own unit-test records. */
  @Command(
      name = "petrarch",
      mixinStandardHelpOptions = true,
      description = {
        "Codes PETRARCH-style records (texts with expected source, target and CAMEO code)",
        "with the dictionaries beside them and reports exact (source, target, code) P/R/F1,",
        "root-code F1 and exact records. DIR holds PETR.UnitTest.records.xml and",
        "PETR.Validate.actors/agents/verbs/discards.txt, or files named *records*.xml,",
        "*actors*.txt, *agents*.txt, *verbs*.txt (or CAMEO*.txt) and *discards*.txt; the",
        "options name any of them explicitly. Loads CoreNLP models."
      })
  static final class Petrarch implements Callable<Integer> {
    @Spec private CommandSpec spec;

    @Parameters(paramLabel = "DIR", description = "Folder of the PETRARCH unit-test files.")
    private Path dir;

    @Option(names = "--errors", description = "List every record not coded exactly.")
    private boolean errors;

    @Option(names = "--records", paramLabel = "FILE", description = "The records file.")
    private Path records;

    @Option(
        names = "--actors",
        paramLabel = "FILE",
        split = ",",
        description = "Actor files, in load order (comma-separated or repeated).")
    private List<Path> actors;

    @Option(names = "--agents", paramLabel = "FILE", description = "The agents file.")
    private Path agents;

    @Option(names = "--verbs", paramLabel = "FILE", description = "The verbs file.")
    private Path verbs;

    @Option(names = "--discards", paramLabel = "FILE", description = "The discards file.")
    private Path discards;

    @Override
    public Integer call() throws IOException {
      if (!Files.isDirectory(dir)) {
        throw new NotFoundException("no such folder: " + dir);
      }
      PetrarchInputs inputs;
      PetrarchScore s;
      try {
        inputs = PetrarchInputs.inFolder(dir, records, actors, agents, verbs, discards);
      } catch (NoSuchFileException e) {
        throw new NotFoundException(e.getMessage());
      }
      try (CoreNlpEngine engine = new CoreNlpEngine(CoreNlpOptions.DEFAULTS)) {
        s = PetrarchEval.run(inputs, engine::apply);
      } catch (NoSuchFileException e) {
        throw new NotFoundException("no such file: " + e.getMessage());
      }
      PrintWriter out = spec.commandLine().getOut();
      out.printf(
          "petrarch: %d records from %s, %d exact (%.3f)%n",
          s.records(), inputs.records(), s.exactRecords(), s.exactShare());
      out.printf(
          "  exact triples  P %.3f  R %.3f  F1 %.3f   root-code F1 %.3f%n",
          s.precision(), s.recall(), s.f1(), s.rootF1());
      out.printf("  correct %d  uncoded %d  extra %d%n", s.correct(), s.uncoded(), s.extra());
      if (errors) {
        for (PetrarchScore.RecordResult r : s.perRecord()) {
          if (!r.exact()) {
            out.printf("    %-14s gold %s  system %s%n", r.id(), show(r.gold()), show(r.system()));
          }
        }
      }
      return ExitCodes.OK;
    }

    private static String show(List<Coding> cs) {
      StringBuilder b = new StringBuilder("[");
      for (Coding c : cs) {
        b.append(b.length() > 1 ? " " : "")
            .append(c.source())
            .append('>')
            .append(c.target())
            .append(':')
            .append(c.code());
      }
      return b.append(']').toString();
    }
  }
}
