package org.annalist.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.annalist.model.Span;
import org.annalist.model.TimeExpression;

/**
 * Scores a time tagger on TimeML ({@code .tml}) files the way TempEval-3 does for TIMEX3.
 *
 * <ol>
 *   <li>Each file's TEXT element is stripped of tags (entities decoded); the TIMEX3 elements inside
 *       it are the gold expressions, with offsets into that stripped text. The DCT (the TIMEX3 with
 *       {@code functionInDocument="CREATION_TIME"}) is the reference date and is not scored.
 *   <li>The tagger runs on the stripped text with the DCT.
 *   <li>Gold and system expressions are paired one to one: each gold expression, in text order,
 *       takes the first unpaired system expression with the same span, else the first that overlaps
 *       it. Counts are summed over documents (micro-average), see {@link TimexCounts} for the
 *       figures, including the TE3 value F1.
 * </ol>
 *
 * <p>Stateless and thread-safe; the tagger is called once per file, in file-name order, on the
 * calling thread.
 */
public final class TimexEval {
  private static final Pattern ATTRIBUTE = Pattern.compile("([\\w:]+)\\s*=\\s*\"([^\"]*)\"");
  private static final Pattern DCT =
      Pattern.compile("<TIMEX3\\b[^>]*functionInDocument=\"CREATION_TIME\"[^>]*>");
  private static final int CONTEXT = 60;

  private TimexEval() {}

  /**
   * Scores {@code tagger} on every {@code *.tml} file in {@code dir}.
   *
   * @throws NoSuchFileException when {@code dir} holds no {@code .tml} file
   * @throws IOException when a file cannot be read or has no TEXT element
   */
  public static TimexReport run(Path dir, TimeTaggerFunction tagger) throws IOException {
    List<Path> files;
    try (Stream<Path> s = Files.list(dir)) {
      files = s.filter(p -> p.getFileName().toString().endsWith(".tml")).sorted().toList();
    }
    if (files.isEmpty()) {
      throw new NoSuchFileException(dir.toString(), null, "no .tml files");
    }
    List<TimexDocumentScore> scores = new ArrayList<>();
    TimexCounts total = new TimexCounts(0, 0, 0, 0, 0, 0);
    long nanos = 0;
    long chars = 0;
    for (Path f : files) {
      String name = f.getFileName().toString();
      TimeMlDocument doc =
          parse(name.substring(0, name.length() - 4), Files.readString(f, StandardCharsets.UTF_8));
      long start = System.nanoTime();
      List<TimeExpression> predicted = tagger.tag(doc.text(), doc.creationTime());
      nanos += System.nanoTime() - start;
      chars += doc.text().length();
      TimexDocumentScore score = score(doc, predicted == null ? List.of() : predicted);
      scores.add(score);
      total = total.plus(score.counts());
    }
    return new TimexReport(scores, total, chars, Duration.ofNanos(nanos));
  }

  /**
   * Measures the tagger's speed on the texts of the {@code .tml} files in {@code dir}: one warm-up
   * pass, then {@code rounds} timed passes on the calling thread.
   *
   * @return characters per second of tagger time
   * @throws NoSuchFileException when {@code dir} holds no {@code .tml} file
   * @throws IOException when a file cannot be read or has no TEXT element
   * @throws IllegalArgumentException when {@code rounds < 1}
   */
  public static double throughput(Path dir, TimeTaggerFunction tagger, int rounds)
      throws IOException {
    if (rounds < 1) {
      throw new IllegalArgumentException("rounds must be at least 1, got " + rounds);
    }
    List<Path> files;
    try (Stream<Path> s = Files.list(dir)) {
      files = s.filter(p -> p.getFileName().toString().endsWith(".tml")).sorted().toList();
    }
    if (files.isEmpty()) {
      throw new NoSuchFileException(dir.toString(), null, "no .tml files");
    }
    List<TimeMlDocument> docs = new ArrayList<>();
    for (Path f : files) {
      docs.add(parse(f.getFileName().toString(), Files.readString(f, StandardCharsets.UTF_8)));
    }
    for (TimeMlDocument d : docs) {
      tagger.tag(d.text(), d.creationTime());
    }
    long chars = 0;
    long start = System.nanoTime();
    for (int r = 0; r < rounds; r++) {
      for (TimeMlDocument d : docs) {
        tagger.tag(d.text(), d.creationTime());
        chars += d.text().length();
      }
    }
    return chars / ((System.nanoTime() - start) / 1e9);
  }

  /**
   * Reads a TimeML document.
   *
   * @throws IOException when it has no {@code <TEXT>...</TEXT>} or its TIMEX3 tags are unbalanced
   */
  public static TimeMlDocument parse(String id, String xml) throws IOException {
    LocalDate dct = null;
    Matcher d = DCT.matcher(xml);
    if (d.find()) {
      String value = attributes(d.group()).getOrDefault("value", "");
      try {
        dct = value.length() >= 10 ? LocalDate.parse(value.substring(0, 10)) : null;
      } catch (DateTimeParseException e) {
        dct = null; // an unusable DCT: the tagger runs without a reference date
      }
    }
    int open = xml.indexOf("<TEXT>");
    int close = xml.indexOf("</TEXT>");
    if (open < 0 || close < open) {
      throw new IOException(id + ": no <TEXT>...</TEXT> element");
    }
    String content = xml.substring(open + "<TEXT>".length(), close);
    StringBuilder text = new StringBuilder(content.length());
    List<GoldTimex> gold = new ArrayList<>();
    Deque<Object[]> openTimex = new ArrayDeque<>();
    int i = 0;
    while (i < content.length()) {
      char c = content.charAt(i);
      if (c == '<') {
        int end = content.indexOf('>', i);
        if (end < 0) {
          throw new IOException(id + ": unterminated tag at TEXT offset " + i);
        }
        String tag = content.substring(i, end + 1);
        if (tag.startsWith("<TIMEX3") && !tag.endsWith("/>")) {
          openTimex.push(new Object[] {text.length(), attributes(tag)});
        } else if (tag.startsWith("</TIMEX3")) {
          if (openTimex.isEmpty()) {
            throw new IOException(id + ": </TIMEX3> without <TIMEX3> at TEXT offset " + i);
          }
          Object[] o = openTimex.pop();
          int s = (Integer) o[0];
          @SuppressWarnings("unchecked")
          Map<String, String> a = (Map<String, String>) o[1];
          gold.add(
              new GoldTimex(
                  new Span(s, text.length()),
                  text.substring(s),
                  a.getOrDefault("type", ""),
                  a.getOrDefault("value", ""),
                  a.get("mod")));
        }
        i = end + 1;
      } else if (c == '&') {
        int semi = content.indexOf(';', i);
        String entity = semi > i && semi - i < 10 ? content.substring(i + 1, semi) : "";
        String decoded = decode(entity);
        if (decoded == null) {
          text.append(c);
          i++;
        } else {
          text.append(decoded);
          i = semi + 1;
        }
      } else {
        text.append(c);
        i++;
      }
    }
    if (!openTimex.isEmpty()) {
      throw new IOException(id + ": unclosed <TIMEX3>");
    }
    gold.sort(Comparator.comparingInt((GoldTimex g) -> g.span().start()));
    return new TimeMlDocument(id, dct, text.toString(), gold);
  }

  private static String decode(String entity) {
    switch (entity) {
      case "amp":
        return "&";
      case "lt":
        return "<";
      case "gt":
        return ">";
      case "quot":
        return "\"";
      case "apos":
        return "'";
      default:
        if (entity.matches("#\\d+")) {
          return new String(Character.toChars(Integer.parseInt(entity.substring(1))));
        }
        if (entity.matches("#x[0-9a-fA-F]+")) {
          return new String(Character.toChars(Integer.parseInt(entity.substring(2), 16)));
        }
        return null;
    }
  }

  private static Map<String, String> attributes(String tag) {
    Map<String, String> out = new HashMap<>();
    Matcher m = ATTRIBUTE.matcher(tag);
    while (m.find()) {
      out.put(m.group(1), m.group(2));
    }
    return out;
  }

  /** Scores one document's predictions against its gold expressions. */
  public static TimexDocumentScore score(TimeMlDocument doc, List<TimeExpression> predicted) {
    List<TimeExpression> sys = new ArrayList<>(predicted);
    sys.sort(Comparator.comparingInt((TimeExpression t) -> t.span().start()));
    List<GoldTimex> gold = doc.timexes();
    boolean[] used = new boolean[sys.size()];
    int strict = 0;
    int relaxed = 0;
    int typeOk = 0;
    int valueOk = 0;
    List<TimexMismatch> mismatches = new ArrayList<>();
    for (GoldTimex g : gold) {
      int pick = -1;
      for (int k = 0; k < sys.size() && pick < 0; k++) {
        if (!used[k] && sys.get(k).span().equals(g.span())) {
          pick = k;
        }
      }
      for (int k = 0; k < sys.size() && pick < 0; k++) {
        if (!used[k] && overlaps(sys.get(k).span(), g.span())) {
          pick = k;
        }
      }
      if (pick < 0) {
        mismatches.add(mismatch(doc, TimexMismatch.Kind.MISSED, g, null));
        continue;
      }
      used[pick] = true;
      TimeExpression s = sys.get(pick);
      relaxed++;
      boolean sameSpan = s.span().equals(g.span());
      boolean sameType = s.type().name().equalsIgnoreCase(g.type().trim());
      boolean sameValue = s.value().equals(g.value().trim());
      strict += sameSpan ? 1 : 0;
      typeOk += sameType ? 1 : 0;
      valueOk += sameValue ? 1 : 0;
      if (!sameValue) {
        mismatches.add(mismatch(doc, TimexMismatch.Kind.VALUE, g, s));
      } else if (!sameType) {
        mismatches.add(mismatch(doc, TimexMismatch.Kind.TYPE, g, s));
      } else if (!sameSpan) {
        mismatches.add(mismatch(doc, TimexMismatch.Kind.SPAN, g, s));
      }
    }
    for (int k = 0; k < sys.size(); k++) {
      if (!used[k]) {
        mismatches.add(mismatch(doc, TimexMismatch.Kind.SPURIOUS, null, sys.get(k)));
      }
    }
    mismatches.sort(
        Comparator.comparingInt(
            (TimexMismatch x) ->
                x.goldSpan() != null ? x.goldSpan().start() : x.systemSpan().start()));
    return new TimexDocumentScore(
        doc.id(),
        new TimexCounts(gold.size(), sys.size(), strict, relaxed, typeOk, valueOk),
        mismatches);
  }

  private static boolean overlaps(Span a, Span b) {
    return a.start() < b.end() && b.start() < a.end();
  }

  private static TimexMismatch mismatch(
      TimeMlDocument doc, TimexMismatch.Kind kind, GoldTimex g, TimeExpression s) {
    Span at = g != null ? g.span() : s.span();
    String text = doc.text();
    int from = Math.max(0, at.start() - CONTEXT);
    int to = Math.min(text.length(), at.end() + CONTEXT);
    String context = text.substring(from, to).replaceAll("\\s+", " ").trim();
    return new TimexMismatch(
        doc.id(),
        kind,
        g == null ? null : g.span(),
        g == null ? null : g.text(),
        g == null ? null : g.type(),
        g == null ? null : g.value(),
        s == null ? null : s.span(),
        s == null ? null : s.text(),
        s == null ? null : s.type().name(),
        s == null ? null : s.value(),
        context);
  }
}
