package org.annalist.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Where a command writes its records: a file, or standard output (UTF-8 either way). */
final class Output {
  private Output() {}

  /** Something that writes records and says how many. */
  interface Records {
    long write(Writer w) throws IOException;
  }

  /** Writes to {@code out}, or to stdout when null; a file gets a line on stderr with the count. */
  static long write(Path out, String what, Records records) throws IOException {
    if (out == null) {
      Writer w = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8));
      long n = records.write(w);
      w.flush();
      return n;
    }
    try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
      long n = records.write(w);
      System.err.printf("wrote %,d %s to %s%n", n, what, out);
      return n;
    }
  }
}
