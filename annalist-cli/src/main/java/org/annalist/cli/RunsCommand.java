package org.annalist.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.util.concurrent.Callable;
import org.annalist.model.Failure;
import org.annalist.store.Run;
import org.annalist.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code annalist runs}: the ingest log, with each run's failures. */
@Command(
    name = "runs",
    mixinStandardHelpOptions = true,
    description = "Lists ingest runs recorded in the store, and what failed in each.")
final class RunsCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;
  @Mixin private StoreOption store;

  @Option(names = "--failures", description = "Also list each run's failures.")
  private boolean failures;

  @Override
  public Integer call() {
    if (!Files.isDirectory(store.dir())) {
      throw new NotFoundException("no store at " + store.dir());
    }
    PrintWriter out = spec.commandLine().getOut();
    try (Store st = store.open()) {
      for (Run r : st.runs()) {
        out.printf(
            "run %d  %s  %s  documents=%d added=%d already-present=%d failed=%d  %s%n",
            r.id(),
            r.startedAt(),
            r.finishedAt() == null ? "UNFINISHED" : "finished",
            r.counts().documents(),
            r.counts().added(),
            r.counts().originAdded() + r.counts().unchanged(),
            r.failures(),
            String.join(" ", r.inputs()));
        if (failures) {
          for (Failure f : st.failures(r.id())) {
            out.println("    " + f);
          }
        }
      }
    }
    out.flush();
    return ExitCodes.OK;
  }
}
