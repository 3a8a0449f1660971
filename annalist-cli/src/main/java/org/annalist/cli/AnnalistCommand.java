package org.annalist.cli;

import org.annalist.store.AmbiguousIdException;
import org.annalist.store.StoreException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The top-level {@code annalist} command: lists the subcommands. */
@Command(
    name = "annalist",
    mixinStandardHelpOptions = true,
    version = "annalist 0.1.0",
    description = "Turns raw news articles into structured, traceable knowledge.",
    subcommands = {
      IngestCommand.class,
      ExportCommand.class,
      ShowCommand.class,
      RunsCommand.class,
      LinkCommand.class,
      TimelineCommand.class,
      DyadCommand.class,
      ServeCommand.class,
      DemoCommand.class,
      EvalCommand.class,
      BenchCommand.class,
      DictionariesCommand.class,
      CommandLine.HelpCommand.class
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:done, nothing failed",
      "1:done, but some inputs failed (each reported with its path and reason)",
      "2:usage error",
      "3:the store could not be opened, read or written",
      "4:not found (article id, demo corpus, evaluation folder)",
      "5:other error"
    })
final class AnnalistCommand implements Runnable {
  @Spec private CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** The configured command line: typed errors map to exit codes with a one-line message. */
  static CommandLine commandLine() {
    CommandLine cl = new CommandLine(new AnnalistCommand());
    cl.setExecutionExceptionHandler(
        (ex, line, parsed) -> {
          line.getErr().println("annalist: " + ex.getMessage());
          if (ex instanceof StoreException) {
            return ExitCodes.STORE;
          }
          if (ex instanceof NotFoundException || ex instanceof AmbiguousIdException) {
            return ExitCodes.NOT_FOUND;
          }
          return ExitCodes.ERROR;
        });
    return cl;
  }
}
