package org.annalist.extract.quote;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.annalist.model.Quote;
import org.annalist.model.QuoteKind;
import org.annalist.model.Span;
import org.annalist.model.Words;

/**
 * Scores extracted quotes against a golden file: one expected quote a line, {@code KIND<TAB>speaker
 * <TAB>first words}, {@code #} starts a comment. A found quote matches an expected one when its
 * words start with the expected first words (marks and case ignored); each is used once.
 */
final class QuoteScorer {
  record Expected(QuoteKind kind, String speaker, String start) {}

  /** Counts over one or more articles; add them up with {@link #plus}. */
  record Score(
      int expected, int found, int matched, int kindRight, int speakerRight, int speakersExpected) {
    Score plus(Score o) {
      return new Score(
          expected + o.expected,
          found + o.found,
          matched + o.matched,
          kindRight + o.kindRight,
          speakerRight + o.speakerRight,
          speakersExpected + o.speakersExpected);
    }

    double precision() {
      return found == 0 ? 0 : (double) matched / found;
    }

    double recall() {
      return expected == 0 ? 0 : (double) matched / expected;
    }

    @Override
    public String toString() {
      return String.format(
          Locale.ROOT,
          "expected %d, found %d, matched %d: span P %.2f R %.2f; kind right %d/%d;"
              + " speaker right %d/%d matched (%d of %d expected)",
          expected,
          found,
          matched,
          precision(),
          recall(),
          kindRight,
          matched,
          speakerRight,
          matched,
          speakerRight,
          speakersExpected);
    }
  }

  private QuoteScorer() {}

  static List<Expected> read(Path file) {
    try {
      List<Expected> out = new ArrayList<>();
      for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t");
        out.add(new Expected(QuoteKind.valueOf(f[0].trim()), f[1].trim(), f[2].trim()));
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Scores {@code found} against {@code expected}; only the kinds in {@code kinds} count. */
  static Score score(List<Expected> expected, List<Quote> found, List<QuoteKind> kinds) {
    List<Expected> exp = expected.stream().filter(e -> kinds.contains(e.kind())).toList();
    List<Quote> got = found.stream().filter(q -> kinds.contains(q.kind())).toList();
    boolean[] used = new boolean[got.size()];
    int matched = 0;
    int kindRight = 0;
    int speakerRight = 0;
    int speakersExpected = 0;
    for (Expected e : exp) {
      speakersExpected++;
      for (int i = 0; i < got.size(); i++) {
        if (!used[i] && startsWith(got.get(i).text(), e.start())) {
          used[i] = true;
          matched++;
          if (got.get(i).kind() == e.kind()) {
            kindRight++;
          }
          if (sameSpeaker(e.speaker(), got.get(i))) {
            speakerRight++;
          }
          break;
        }
      }
    }
    return new Score(exp.size(), got.size(), matched, kindRight, speakerRight, speakersExpected);
  }

  /** Scores bare spans (CoreNLP's quote annotator) against the expected marked quotes. */
  static Score scoreSpans(List<Expected> expected, List<Span> spans, String body) {
    List<Expected> exp = expected.stream().filter(e -> e.kind() != QuoteKind.INDIRECT).toList();
    boolean[] used = new boolean[spans.size()];
    int matched = 0;
    for (Expected e : exp) {
      for (int i = 0; i < spans.size(); i++) {
        if (!used[i] && startsWith(spans.get(i).of(body), e.start())) {
          used[i] = true;
          matched++;
          break;
        }
      }
    }
    return new Score(exp.size(), spans.size(), matched, 0, 0, 0);
  }

  static boolean startsWith(String text, String start) {
    List<String> t = lower(Words.tokens(text));
    List<String> s = lower(Words.tokens(start));
    return t.size() >= s.size() && t.subList(0, s.size()).equals(s);
  }

  /** The expected speaker's last word is among the found speaker's words ("-" expects none). */
  static boolean sameSpeaker(String expected, Quote q) {
    if ("-".equals(expected)) {
      return q.speaker() == null;
    }
    if (q.speaker() == null) {
      return false;
    }
    List<String> e = lower(Words.tokens(expected));
    List<String> f = lower(Words.tokens(q.speaker().name()));
    return !e.isEmpty() && f.contains(e.get(e.size() - 1));
  }

  private static List<String> lower(List<String> words) {
    return words.stream().map(w -> w.toLowerCase(Locale.ROOT)).toList();
  }
}
