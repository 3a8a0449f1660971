package org.annalist.cli;

/**
 * The command's exit codes (documented in README and {@code docs/cli.md}).
 *
 * <ul>
 *   <li>0: done, nothing failed
 *   <li>1: done, but some inputs failed (each reported with its location and reason)
 *   <li>2: usage error (unknown option, missing argument)
 *   <li>3: the store could not be opened, read or written
 *   <li>4: not found (an article id, the demo corpus, an evaluation folder)
 *   <li>5: any other error while running (an I/O error writing output)
 * </ul>
 */
final class ExitCodes {
  static final int OK = 0;
  static final int SOME_FAILED = 1;
  static final int USAGE = 2;
  static final int STORE = 3;
  static final int NOT_FOUND = 4;
  static final int ERROR = 5;

  private ExitCodes() {}
}
