package org.annalist.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import org.annalist.link.dyad.Granularity;
import org.annalist.pipeline.LinkExports;
import org.annalist.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code annalist dyad A B [--by day|week|month]}: two actors' events per period. */
@Command(
    name = "dyad",
    mixinStandardHelpOptions = true,
    description = {
      "Counts two actors' linked events per day, week or month, in both directions.",
      "Per QuadClass, with Goldstein sum and mean, normalised by the period's articles."
    })
final class DyadCommand implements Callable<Integer> {
  /** Periods, named as users type them. */
  enum By {
    day(Granularity.DAY),
    week(Granularity.WEEK),
    month(Granularity.MONTH);

    private final Granularity granularity;

    By(Granularity granularity) {
      this.granularity = granularity;
    }
  }

  @Spec private CommandSpec spec;
  @Mixin private StoreOption store;

  @Parameters(index = "0", paramLabel = "A", description = "One actor: code or name.")
  private String a;

  @Parameters(index = "1", paramLabel = "B", description = "The other actor.")
  private String b;

  @Option(
      names = "--by",
      description = "Period: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).",
      defaultValue = "month")
  private By by;

  @Option(
      names = "--format",
      description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).",
      defaultValue = "jsonl")
  private TableFormat format;

  @Option(names = "--out", paramLabel = "FILE", description = "Write here instead of stdout.")
  private Path out;

  @Override
  public Integer call() throws IOException {
    if (!Files.isDirectory(store.dir())) {
      throw new NotFoundException("no store at " + store.dir() + " (run `annalist ingest` first)");
    }
    AtomicInteger coarser = new AtomicInteger();
    try (Store st = store.open()) {
      Output.write(
          out,
          "periods",
          w -> {
            var r = LinkExports.standard().dyad(st, a, b, by.granularity, format.format(), w);
            coarser.set(r.coarser());
            return r.points().size();
          });
      LinkCommand.hintIfNeverLinked(st, spec.commandLine().getErr());
    }
    if (coarser.get() > 0) {
      spec.commandLine()
          .getErr()
          .printf(
              "note: %d linked events between %s and %s have a date coarser than a %s"
                  + " and are not counted%n",
              coarser.get(), a, b, by);
      spec.commandLine().getErr().flush();
    }
    return ExitCodes.OK;
  }
}
