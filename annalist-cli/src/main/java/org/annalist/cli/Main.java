package org.annalist.cli;

import picocli.CommandLine;

/** Entry point of the {@code annalist} command. */
public final class Main {
  private Main() {}

  /** Runs the command line and exits with its code (see {@link ExitCodes}). */
  public static void main(String[] args) {
    System.exit(AnnalistCommand.commandLine().execute(args));
  }

  /** For tests: the picocli instance {@link #main} runs. */
  static CommandLine commandLine() {
    return AnnalistCommand.commandLine();
  }
}
