package org.annalist.extract.quote;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.annalist.model.Span;

/**
 * Pairs quotation marks in raw text. Pure, stateless and thread-safe.
 *
 * <p>Rules, in order:
 *
 * <ol>
 *   <li>Double marks: straight {@code "}, curly {@code “ ”}, in any mix. A mark's direction comes
 *       from its neighbours (after a space or an opening bracket and before a word: opening; after
 *       a word and before a space, punctuation or the end: closing); a curly mark whose neighbours
 *       say nothing keeps the direction of its shape, a straight one takes the one the pairing
 *       needs.
 *   <li>A paragraph (a line) that opens a quote without closing it, followed by a paragraph that
 *       starts with an opening mark, continues the quote (one span over both paragraphs). Otherwise
 *       an unclosed quote ends at its paragraph's end ({@link MarkedSpan#close()} -1).
 *   <li>A closing mark with no opening before it in its paragraph starts at the start of its
 *       sentence (or paragraph); {@link MarkedSpan#open()} is -1.
 *   <li>Single marks ({@code ‘ ’} or {@code '}) outside double-quoted text are quotation marks only
 *       when the opening one stands before a word after a space, bracket or line start, and a
 *       closing one follows within the paragraph after a word and before a non-letter, at most 40
 *       words later. So apostrophes ({@code Taliban’s}, {@code Zabihullah’ tweet}) are left alone.
 * </ol>
 *
 * <p>The content span excludes the marks, surrounding spaces and a trailing comma ({@code
 * succeed,”}).
 */
public final class QuoteMarks {
  private static final int MAX_SINGLE_WORDS = 40;
  private static final Set<String> ABBREVIATIONS =
      Set.of(
          "mr", "mrs", "ms", "dr", "col", "gen", "lt", "sgt", "st", "jr", "sr", "prof", "rep",
          "sen", "gov", "capt", "maj", "u.s", "u.n", "no", "vs", "mt", "ft", "adm", "cmdr", "brig");

  private QuoteMarks() {}

  private enum Dir {
    OPEN,
    CLOSE,
    EITHER
  }

  private record Mark(int pos, Dir dir) {}

  /** Every quoted stretch of {@code text}, in text order. */
  public static List<MarkedSpan> pair(String text) {
    List<MarkedSpan> out = new ArrayList<>();
    List<int[]> paragraphs = paragraphs(text);
    Mark pending = null;
    int pendingParagraphs = 0;
    int pendingEnd = 0;
    for (int[] p : paragraphs) {
      List<Mark> marks = doubleMarks(text, p[0], p[1]);
      int from = 0;
      if (pending != null) {
        if (!marks.isEmpty() && marks.get(0).pos() == p[0] && marks.get(0).dir() != Dir.CLOSE) {
          pendingParagraphs++;
          from = 1;
        } else {
          add(
              out,
              text,
              pending.pos() + 1,
              pendingEnd,
              pending.pos(),
              -1,
              false,
              pendingParagraphs);
          pending = null;
        }
      }
      for (int i = from; i < marks.size(); i++) {
        Mark m = marks.get(i);
        Dir dir = m.dir() == Dir.EITHER ? (pending == null ? Dir.OPEN : Dir.CLOSE) : m.dir();
        if (dir == Dir.OPEN && pending != null && text.charAt(m.pos()) == '"') {
          dir = Dir.CLOSE;
        }
        if (dir == Dir.OPEN) {
          pending = m;
          pendingParagraphs = 1;
        } else if (pending != null) {
          add(
              out,
              text,
              pending.pos() + 1,
              m.pos(),
              pending.pos(),
              m.pos(),
              false,
              pendingParagraphs);
          pending = null;
        } else {
          add(out, text, sentenceStart(text, p[0], m.pos()), m.pos(), -1, m.pos(), false, 1);
        }
      }
      pendingEnd = p[1];
    }
    if (pending != null) {
      add(out, text, pending.pos() + 1, pendingEnd, pending.pos(), -1, false, pendingParagraphs);
    }
    List<MarkedSpan> singles = new ArrayList<>();
    for (int[] p : paragraphs) {
      singles.addAll(singleQuotes(text, p[0], p[1], out));
    }
    out.addAll(singles);
    out.sort(Comparator.comparingInt(q -> q.content().start()));
    return List.copyOf(out);
  }

  private static void add(
      List<MarkedSpan> out,
      String text,
      int start,
      int end,
      int open,
      int close,
      boolean single,
      int paragraphs) {
    int s = start;
    int e = end;
    while (s < e && Character.isWhitespace(text.charAt(s))) {
      s++;
    }
    while (e > s && (Character.isWhitespace(text.charAt(e - 1)) || text.charAt(e - 1) == ',')) {
      e--;
    }
    if (e > s) {
      out.add(new MarkedSpan(new Span(s, e), open, close, single, paragraphs));
    }
  }

  /** Lines with text, as [start, end) pairs. */
  static List<int[]> paragraphs(String text) {
    List<int[]> out = new ArrayList<>();
    int i = 0;
    int n = text.length();
    while (i < n) {
      int end = text.indexOf('\n', i);
      if (end < 0) {
        end = n;
      }
      int s = i;
      while (s < end && Character.isWhitespace(text.charAt(s))) {
        s++;
      }
      int e = end;
      while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
        e--;
      }
      if (e > s) {
        out.add(new int[] {s, e});
      }
      i = end + 1;
    }
    return out;
  }

  private static List<Mark> doubleMarks(String text, int start, int end) {
    List<Mark> out = new ArrayList<>();
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      if (c != '"' && c != '“' && c != '”') {
        continue;
      }
      boolean openCtx = opensBefore(text, i, start) && wordAfter(text, i, end);
      boolean closeCtx = !opensBefore(text, i, start) && endsAfter(text, i, end);
      Dir dir;
      if (openCtx && !closeCtx) {
        dir = Dir.OPEN;
      } else if (closeCtx && !openCtx) {
        dir = Dir.CLOSE;
      } else if (c == '“') {
        dir = Dir.OPEN;
      } else if (c == '”') {
        dir = Dir.CLOSE;
      } else {
        dir = Dir.EITHER;
      }
      out.add(new Mark(i, dir));
    }
    return out;
  }

  /** True when the character before {@code i} is a line start, a space or an opening bracket. */
  private static boolean opensBefore(String text, int i, int lineStart) {
    if (i <= lineStart) {
      return true;
    }
    char p = text.charAt(i - 1);
    return Character.isWhitespace(p) || "([{—–-/:“‘".indexOf(p) >= 0;
  }

  private static boolean wordAfter(String text, int i, int lineEnd) {
    if (i + 1 >= lineEnd) {
      return false;
    }
    char n = text.charAt(i + 1);
    return !Character.isWhitespace(n) && ",.;:!?)]}".indexOf(n) < 0;
  }

  private static boolean endsAfter(String text, int i, int lineEnd) {
    if (i + 1 >= lineEnd) {
      return true;
    }
    char n = text.charAt(i + 1);
    return Character.isWhitespace(n) || ",.;:!?)]}—–-”’".indexOf(n) >= 0;
  }

  /** Start of the sentence holding {@code pos} within the paragraph starting at {@code from}. */
  static int sentenceStart(String text, int from, int pos) {
    for (int i = pos - 1; i > from; i--) {
      char c = text.charAt(i);
      if ((c == '.' || c == '!' || c == '?')
          && i + 1 < pos
          && Character.isWhitespace(text.charAt(i + 1))
          && !abbreviation(text, from, i)) {
        int s = i + 1;
        while (s < pos && Character.isWhitespace(text.charAt(s))) {
          s++;
        }
        if (s < pos
            && (Character.isUpperCase(text.charAt(s)) || "\"“‘'".indexOf(text.charAt(s)) >= 0)) {
          return s;
        }
      }
    }
    return from;
  }

  private static boolean abbreviation(String text, int from, int dot) {
    int s = dot;
    while (s > from && !Character.isWhitespace(text.charAt(s - 1))) {
      s--;
    }
    String word = text.substring(s, dot).toLowerCase(java.util.Locale.ROOT);
    return ABBREVIATIONS.contains(word)
        || (word.length() == 1 && Character.isLetter(word.charAt(0)));
  }

  private static List<MarkedSpan> singleQuotes(
      String text, int start, int end, List<MarkedSpan> doubles) {
    List<MarkedSpan> out = new ArrayList<>();
    int i = start;
    while (i < end) {
      char c = text.charAt(i);
      if ((c == '‘' || c == '\'')
          && opensBefore(text, i, start)
          && i + 1 < end
          && Character.isLetterOrDigit(text.charAt(i + 1))
          && !insideDouble(i, doubles)) {
        int close = singleClose(text, i + 1, end);
        if (close > 0 && !insideDouble(close, doubles)) {
          add(out, text, i + 1, close, i, close, true, 1);
          i = close + 1;
          continue;
        }
      }
      i++;
    }
    return out;
  }

  private static int singleClose(String text, int from, int end) {
    int words = 0;
    for (int j = from; j < end; j++) {
      char c = text.charAt(j);
      if (Character.isWhitespace(c) && j > from && !Character.isWhitespace(text.charAt(j - 1))) {
        words++;
        if (words >= MAX_SINGLE_WORDS) {
          return -1;
        }
      }
      if ((c == '’' || c == '\'')
          && !Character.isWhitespace(text.charAt(j - 1))
          && (j + 1 >= end || !Character.isLetterOrDigit(text.charAt(j + 1)))) {
        return j;
      }
      if (c == '"' || c == '“' || c == '”') {
        return -1;
      }
    }
    return -1;
  }

  private static boolean insideDouble(int pos, List<MarkedSpan> doubles) {
    for (MarkedSpan d : doubles) {
      int s = d.open() >= 0 ? d.open() : d.content().start();
      int e = d.close() >= 0 ? d.close() : d.content().end();
      if (pos >= s && pos <= e) {
        return true;
      }
    }
    return false;
  }
}
