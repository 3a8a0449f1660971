package org.annalist.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.annalist.pipeline.LinkExports;
import org.annalist.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code annalist timeline --actor X [--from D] [--to D]}: an actor's linked events by date. */
@Command(
    name = "timeline",
    mixinStandardHelpOptions = true,
    description = {
      "Writes the linked events an actor takes part in (as source or target), by date.",
      "The actor is a CAMEO code (USA covers USAGOV, USAMIL, ...) or a name (see docs/formats.md)."
    })
final class TimelineCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;
  @Mixin private StoreOption store;

  @Option(names = "--actor", required = true, paramLabel = "X", description = "Code or name.")
  private String actor;

  @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "First day (inclusive).")
  private LocalDate from;

  @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Last day (inclusive).")
  private LocalDate to;

  @Option(
      names = "--format",
      description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).",
      defaultValue = "jsonl")
  private TableFormat format;

  @Option(names = "--out", paramLabel = "FILE", description = "Write here instead of stdout.")
  private Path out;

  @Override
  public Integer call() throws IOException {
    if (from != null && to != null && to.isBefore(from)) {
      throw new ParameterException(spec.commandLine(), "--to " + to + " is before --from " + from);
    }
    if (!Files.isDirectory(store.dir())) {
      throw new NotFoundException("no store at " + store.dir() + " (run `annalist ingest` first)");
    }
    try (Store st = store.open()) {
      Output.write(
          out,
          "events",
          w -> LinkExports.standard().timeline(st, actor, from, to, format.format(), w));
      LinkCommand.hintIfNeverLinked(st, spec.commandLine().getErr());
    }
    return ExitCodes.OK;
  }
}
