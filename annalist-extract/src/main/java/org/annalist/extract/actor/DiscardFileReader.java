package org.annalist.extract.actor;

import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a PETRARCH {@code .discards} file: one phrase a line; a leading {@code +} makes it a
 * story-level discard. Phrases are matched as whole upper-case tokens (a trailing {@code _} is
 * dropped).
 */
final class DiscardFileReader {
  private DiscardFileReader() {}

  static Loaded<Discards> read(String source, Reader reader) {
    List<LoadProblem> problems = new ArrayList<>();
    List<Discard> out = new ArrayList<>();
    for (SourceLines.Line line : new SourceLines(source, problems).read(reader)) {
      String t = line.text();
      boolean story = t.startsWith("+");
      List<String> words = Phrases.split(story ? t.substring(1) : t);
      if (words.isEmpty()) {
        problems.add(
            new LoadProblem(
                source,
                line.number(),
                LoadProblem.Kind.SKIPPED,
                "empty discard phrase",
                line.raw().trim()));
        continue;
      }
      out.add(new Discard(words, story, line.number()));
    }
    return new Loaded<>(Discards.of(out), problems);
  }
}
