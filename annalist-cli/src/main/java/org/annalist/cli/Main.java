package org.annalist.cli;

/** Entry point of the {@code annalist} command. */
public final class Main {
  private Main() {}

  /** Runs the command line and exits with its code. */
  public static void main(String[] args) {
    System.exit(0);
  }
}
