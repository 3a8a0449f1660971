package org.annalist.extract.actor;

import java.io.Reader;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a TABARI/PETRARCH {@code .actors} file.
 *
 * <pre>
 * PHRASE_WORDS [CODE]          primary phrase, optional default code or dated code
 * +SYNONYM                     synonym of the current record
 *     [CODE]                   default code
 *     [CODE &lt;YYYYMMDD]         code up to and including a date
 *     [CODE &gt;YYYYMMDD]         code from a date on
 *     [CODE YYYYMMDD-YYYYMMDD] code between two dates, inclusive
 * </pre>
 *
 * Dates may be YYMMDD (00-30 → 20YY, else 19YY). Spaces inside a restriction are tolerated and
 * reported. Codes are upper-cased.
 */
final class ActorFileReader {
  private static final Pattern BEFORE = Pattern.compile("<\\s*(\\d{6,8})");
  private static final Pattern AFTER = Pattern.compile(">\\s*(\\d{6,8})");
  private static final Pattern RANGE = Pattern.compile("(\\d{6,8})\\s*-\\s*(\\d{6,8})");

  private final String source;
  private final List<LoadProblem> problems = new ArrayList<>();
  private final ActorDictionary.Builder dict = ActorDictionary.builder();

  private String name;
  private int nameLine;
  private String nameText;
  private List<List<String>> phrases;
  private String defaultCode;
  private List<DatedCode> dated;

  private ActorFileReader(String source) {
    this.source = source;
  }

  static Loaded<ActorDictionary> read(String source, Reader reader) {
    ActorFileReader r = new ActorFileReader(source);
    for (SourceLines.Line line : new SourceLines(source, r.problems).read(reader)) {
      r.line(line);
    }
    r.flush();
    return new Loaded<>(r.dict.build(), r.problems);
  }

  private void line(SourceLines.Line line) {
    String t = line.text();
    if (t.startsWith("[")) {
      if (name == null) {
        problem(line, LoadProblem.Kind.SKIPPED, "code line before any actor phrase");
        return;
      }
      code(line, t);
    } else if (t.startsWith("+")) {
      if (name == null) {
        problem(line, LoadProblem.Kind.SKIPPED, "synonym before any actor phrase");
        return;
      }
      String body = t.substring(1);
      int br = body.indexOf('[');
      if (br >= 0) {
        problem(
            line,
            LoadProblem.Kind.LENIENT,
            "code on a synonym line ignored (synonyms share the record's codes)");
        body = body.substring(0, br);
      }
      List<String> p = Phrases.split(body);
      if (p.isEmpty()) {
        problem(line, LoadProblem.Kind.SKIPPED, "empty synonym");
        return;
      }
      phrases.add(p);
    } else {
      flush();
      int br = t.indexOf('[');
      String phrase = br >= 0 ? t.substring(0, br) : t;
      List<String> p = Phrases.split(phrase);
      if (p.isEmpty()) {
        problem(line, LoadProblem.Kind.SKIPPED, "code without a phrase");
        return;
      }
      name = String.join(" ", p);
      nameLine = line.number();
      nameText = line.raw().trim();
      phrases = new ArrayList<>();
      phrases.add(p);
      defaultCode = null;
      dated = new ArrayList<>();
      if (br >= 0) {
        code(line, t.substring(br));
      }
    }
  }

  /** Reads "[CODE restriction]" (the text starts at '['). */
  private void code(SourceLines.Line line, String t) {
    int close = t.indexOf(']');
    if (close < 0) {
      problem(line, LoadProblem.Kind.SKIPPED, "code without closing ']'");
      return;
    }
    if (!t.substring(close + 1).isBlank()) {
      problem(line, LoadProblem.Kind.LENIENT, "text after the code ignored");
    }
    String inner = t.substring(1, close).trim();
    if (inner.isEmpty()) {
      problem(line, LoadProblem.Kind.SKIPPED, "empty code");
      return;
    }
    String[] parts = inner.split("\\s+", 2);
    String code = parts[0];
    String rest = parts.length > 1 ? parts[1].trim() : "";
    if (code.matches(".*[<>].*") || code.matches("\\d{6,8}.*")) {
      problem(line, LoadProblem.Kind.SKIPPED, "date restriction without a code");
      return;
    }
    if (!code.equals(code.toUpperCase(Locale.ROOT))) {
      problem(line, LoadProblem.Kind.LENIENT, "code '" + code + "' in lower case; upper-cased");
      code = code.toUpperCase(Locale.ROOT);
    }
    if (rest.isEmpty()) {
      if (defaultCode != null && !defaultCode.equals(code)) {
        problem(line, LoadProblem.Kind.LENIENT, "second default code; replaces " + defaultCode);
      }
      defaultCode = code;
      return;
    }
    try {
      Matcher m;
      DatedCode d;
      if ((m = RANGE.matcher(rest)).matches()) {
        d = new DatedCode(code, date(m.group(1)), date(m.group(2)));
      } else if ((m = BEFORE.matcher(rest)).matches()) {
        d = new DatedCode(code, null, date(m.group(1)));
      } else if ((m = AFTER.matcher(rest)).matches()) {
        d = new DatedCode(code, date(m.group(1)), null);
      } else {
        problem(line, LoadProblem.Kind.SKIPPED, "date restriction '" + rest + "' not understood");
        return;
      }
      if (rest.contains(" ")) {
        problem(
            line,
            LoadProblem.Kind.LENIENT,
            "spaces inside the date restriction (PETRARCH2 misreads these); read as "
                + describe(d));
      }
      dated.add(d);
    } catch (DateTimeException | IllegalArgumentException e) {
      problem(line, LoadProblem.Kind.SKIPPED, "invalid date restriction: " + e.getMessage());
    }
  }

  private static String describe(DatedCode d) {
    return d.code()
        + " "
        + (d.from() == null ? "..." : d.from())
        + " to "
        + (d.to() == null ? "..." : d.to());
  }

  /** YYYYMMDD or YYMMDD (00-30 → 20YY). */
  static LocalDate date(String s) {
    int year;
    int month;
    int day;
    if (s.length() >= 8) {
      year = Integer.parseInt(s.substring(0, 4));
      month = Integer.parseInt(s.substring(4, 6));
      day = Integer.parseInt(s.substring(6, 8));
    } else {
      int yy = Integer.parseInt(s.substring(0, 2));
      year = yy <= 30 ? 2000 + yy : 1900 + yy;
      month = Integer.parseInt(s.substring(2, 4));
      day = Integer.parseInt(s.substring(4, 6));
    }
    return LocalDate.of(year, month, day);
  }

  private void flush() {
    if (name == null) {
      return;
    }
    if (defaultCode == null && dated.isEmpty()) {
      problems.add(
          new LoadProblem(
              source,
              nameLine,
              LoadProblem.Kind.SKIPPED,
              "actor '" + name + "' has no code",
              nameText));
    } else {
      // a hyphenated name is also known in its parts ("AL-QAEDA" as AL QAEDA), as the parser
      // splits "Al-Qaeda" into "Al", "-", "Qaeda"
      java.util.Set<List<String>> all = new java.util.LinkedHashSet<>();
      for (List<String> p : phrases) {
        all.add(p);
        all.add(Phrases.normalizeName(p));
      }
      ActorEntry e =
          new ActorEntry(name, new ArrayList<>(all), defaultCode, dated, source, nameLine);
      for (ActorEntry old : dict.add(e)) {
        problems.add(
            new LoadProblem(
                source,
                nameLine,
                LoadProblem.Kind.LENIENT,
                "a phrase of '"
                    + name
                    + "' is also defined by '"
                    + old.name()
                    + "' (line "
                    + old.line()
                    + "); the later definition wins",
                nameText));
      }
    }
    name = null;
  }

  private void problem(SourceLines.Line line, LoadProblem.Kind kind, String message) {
    problems.add(new LoadProblem(source, line.number(), kind, message, line.raw().trim()));
  }
}
