package org.annalist.extract.actor;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a TABARI/PETRARCH dictionary file into content lines: {@code <!-- -->} comments removed
 * (also over several lines), lines starting with {@code #} dropped, and anything from a {@code #}
 * outside square brackets cut (so {@code [###]} codes survive). Blank results are dropped. Not
 * thread-safe; one instance per file.
 */
final class SourceLines {
  /** A content line: its 1-based number, the text without comments (trimmed), the raw text. */
  record Line(int number, String text, String raw) {}

  private final String source;
  private final List<LoadProblem> problems;

  SourceLines(String source, List<LoadProblem> problems) {
    this.source = source;
    this.problems = problems;
  }

  List<Line> read(Reader reader) {
    List<Line> out = new ArrayList<>();
    BufferedReader in = new BufferedReader(reader);
    boolean inComment = false;
    int commentStart = 0;
    int n = 0;
    try {
      for (String raw = in.readLine(); raw != null; raw = in.readLine()) {
        n++;
        String s = raw.replace("\uFEFF", "");
        if (inComment) {
          int end = s.indexOf("-->");
          if (end < 0) {
            continue;
          }
          inComment = false;
          s = s.substring(end + 3);
        }
        // XML comments, possibly several on a line, possibly opening one that runs on
        while (true) {
          int open = s.indexOf("<!--");
          if (open < 0) {
            break;
          }
          int close = s.indexOf("-->", open + 4);
          if (close < 0) {
            inComment = true;
            commentStart = n;
            s = s.substring(0, open);
            break;
          }
          s = s.substring(0, open) + " " + s.substring(close + 3);
        }
        String t = s.trim();
        if (t.startsWith("<!")) {
          problems.add(
              new LoadProblem(
                  source,
                  n,
                  LoadProblem.Kind.LENIENT,
                  "malformed comment opener (not '<!--'); the line is read as a comment",
                  raw.trim()));
          continue;
        }
        if (t.startsWith("#")) {
          continue;
        }
        t = cutHash(t).trim();
        if (!t.isEmpty()) {
          out.add(new Line(n, t, raw));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("reading " + source + " at line " + n, e);
    }
    if (inComment) {
      problems.add(
          new LoadProblem(
              source,
              commentStart,
              LoadProblem.Kind.SKIPPED,
              "comment opened with '<!--' never closed; the rest of the file was ignored",
              ""));
    }
    return out;
  }

  private static String cutHash(String s) {
    int depth = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '[') {
        depth++;
      } else if (c == ']') {
        depth = Math.max(0, depth - 1);
      } else if (c == '#' && depth == 0) {
        return s.substring(0, i);
      }
    }
    return s;
  }
}
