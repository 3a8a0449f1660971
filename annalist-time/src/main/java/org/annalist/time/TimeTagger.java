package org.annalist.time;

import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.annalist.model.TimeExpression;
import org.annalist.model.TimexType;

/**
 * Finds time expressions in English text and normalises them to TIMEX3 values against a reference
 * date (the article's publication date), with hand-written rules in the HeidelTime tradition.
 *
 * <p>What it recognises: calendar dates ("February 29, 2020", "29 February 2020", "2020-02-29",
 * "August 31", "May 2021", "2021", "the 1990s", "the 20th century", "this summer", "the third
 * quarter"), relative dates ("on Monday", "last Friday", "next month", "earlier this month", "two
 * days ago", "since November", "this week", "the weekend"), times ("7:48 PM", "midnight", "Thursday
 * evening"), durations ("three weeks", "a decade", "the past two months", "recent weeks"), sets
 * ("every week", "daily", "twice a year") and generic references ("now", "recently", "the future").
 *
 * <p>How underspecified expressions are resolved: a bare weekday, month, "August 31" or season
 * points into the past or the future according to the nearest tense marker in its sentence ("will",
 * "would", "due to", "to" + verb: future; "said", "-ed", "was": past; "since": past); with no
 * marker, a weekday is the latest such day on or before the reference date and a month the nearest
 * one. Ranges ("Tuesday to Friday", "from 2019 to 2021", "1957-58") give one expression per end
 * point, as TimeML does; the start carries the end's value in {@link TimeExpression#range()} and an
 * end that is a bare weekday is resolved as the first such day on or after the start. A time of day
 * takes its day from a date just before it ("Monday at 7 p.m."), else from the reference date.
 *
 * <p>Without a reference date, relative expressions are not resolved (never against today's date):
 * their values keep {@code X} placeholders ({@code XXXX-WXX-1}, {@code XXXX-08-31}) and their
 * anchoring is {@link org.annalist.model.TimexAnchoring#UNRESOLVED}.
 *
 * <p>Immutable and thread-safe; one instance may serve any number of threads.
 */
public final class TimeTagger {
  private static final Pattern RANGE_LINK =
      Pattern.compile("\\s*(?:-|–|—|to|until|till|through|thru)\\s*", Pattern.CASE_INSENSITIVE);
  private static final Pattern BETWEEN_LINK =
      Pattern.compile("\\s*and\\s*", Pattern.CASE_INSENSITIVE);
  private static final Pattern DATE_THEN_TIME =
      Pattern.compile(
          "[\\s,]*(?:at|around|about|from|by|before|after|,)?\\s*", Pattern.CASE_INSENSITIVE);

  /** Creates a tagger with the built-in English rules. */
  public TimeTagger() {
    // the rules are static, immutable constants
  }

  /**
   * Tags {@code text}.
   *
   * @param text the text (not null); offsets in the result point into it
   * @param referenceDate the publication date to resolve relative expressions against, or null to
   *     leave them unresolved
   * @return the expressions in text order, without overlaps; immutable
   * @throws NullPointerException when {@code text} is null
   */
  public List<TimeExpression> tag(String text, LocalDate referenceDate) {
    Objects.requireNonNull(text, "text");
    Context c = new Context(text, referenceDate);
    List<Hit> hits = recognise(c);
    hits = linkRanges(c, hits);
    hits = attachTimes(c, hits);
    List<TimeExpression> out = new ArrayList<>(hits.size());
    for (Hit h : hits) {
      out.add(h.toExpression(text));
    }
    return List.copyOf(out);
  }

  private static List<Hit> recognise(Context c) {
    String text = c.text();
    int n = text.length();
    List<Rules.Rule> rules = Rules.ALL;
    Matcher[] matchers = new Matcher[rules.size()];
    int[] lengths = new int[rules.size()];
    List<Hit> hits = new ArrayList<>();
    int i = 0;
    while (i < n) {
      int[] candidates = candidateRules(text, i);
      if (candidates == null) {
        i++;
        continue;
      }
      Arrays.fill(lengths, 0);
      int matched = 0;
      for (int r : candidates) {
        Matcher m = matchers[r];
        if (m == null) {
          m = rules.get(r).pattern().matcher(text);
          m.useTransparentBounds(true);
          m.useAnchoringBounds(false);
          matchers[r] = m;
        }
        m.region(i, n);
        lengths[r] = m.lookingAt() ? m.end() - i : 0;
        matched += lengths[r] > 0 ? 1 : 0;
      }
      List<Hit> accepted = matched == 0 ? List.of() : best(c, rules, matchers, lengths);
      if (accepted.isEmpty()) {
        i = nextWord(text, i);
      } else {
        hits.addAll(accepted);
        i = accepted.get(accepted.size() - 1).end();
      }
    }
    return hits;
  }

  /** The longest match a normaliser accepts (ties: the earlier rule), or an empty list. */
  private static List<Hit> best(
      Context c, List<Rules.Rule> rules, Matcher[] matchers, int[] lengths) {
    while (true) {
      int bestRule = -1;
      for (int r = 0; r < lengths.length; r++) {
        if (lengths[r] > 0 && (bestRule < 0 || lengths[r] > lengths[bestRule])) {
          bestRule = r;
        }
      }
      if (bestRule < 0) {
        return List.of();
      }
      Matcher m = matchers[bestRule];
      // each rule has its own matcher, which still holds its match
      List<Hit> hits = rules.get(bestRule).normaliser().apply(m, c);
      if (!hits.isEmpty()) {
        return hits;
      }
      lengths[bestRule] = 0;
    }
  }

  /**
   * For each word an expression may start with (lower case; "#" for a number, "'" for "'90s", "q#"
   * for "Q3"), the rules that can match from it: those whose pattern does not fail inside the word
   * (found with {@link Matcher#hitEnd()}). Immutable.
   */
  private static final Map<String, int[]> RULES_BY_FIRST_WORD = rulesByFirstWord();

  private static Map<String, int[]> rulesByFirstWord() {
    Map<String, String> samples = new HashMap<>();
    for (String w : Lexicon.TRIGGERS) {
      samples.put(w, w);
    }
    samples.put("#", "1");
    samples.put("'", "'9");
    samples.put("q#", "Q1");
    Map<String, int[]> out = new HashMap<>();
    for (Map.Entry<String, String> e : samples.entrySet()) {
      List<Integer> rules = new ArrayList<>();
      for (int r = 0; r < Rules.ALL.size(); r++) {
        Matcher m = Rules.ALL.get(r).pattern().matcher(e.getValue());
        if (m.lookingAt() || m.hitEnd()) {
          rules.add(r);
        }
      }
      out.put(e.getKey(), rules.stream().mapToInt(Integer::intValue).toArray());
    }
    return Map.copyOf(out);
  }

  /** The rules worth trying at {@code i}, or null when no expression starts there. */
  private static int[] candidateRules(String text, int i) {
    char ch = text.charAt(i);
    if (i > 0 && Character.isLetterOrDigit(text.charAt(i - 1))) {
      return null;
    }
    if (Character.isDigit(ch)) {
      // not inside "1,000" or "3.5"
      boolean inside =
          i > 1
              && (text.charAt(i - 1) == ',' || text.charAt(i - 1) == '.')
              && Character.isDigit(text.charAt(i - 2));
      return inside ? null : RULES_BY_FIRST_WORD.get("#");
    }
    if (ch == '\'' || ch == '’') {
      return i + 1 < text.length() && Character.isDigit(text.charAt(i + 1))
          ? RULES_BY_FIRST_WORD.get("'")
          : null;
    }
    if (!Character.isLetter(ch)) {
      return null;
    }
    if ((ch == 'Q' || ch == 'H')
        && i + 1 < text.length()
        && Character.isDigit(text.charAt(i + 1))) {
      return RULES_BY_FIRST_WORD.get("q#");
    }
    int e = i;
    while (e < text.length() && e - i < 14 && Character.isLetter(text.charAt(e))) {
      e++;
    }
    if (e - i >= 14) {
      return null;
    }
    // look the word up without allocating: String.hashCode of its lower-case form, then compare
    int h = 0;
    for (int k = i; k < e; k++) {
      h = 31 * h + Character.toLowerCase(text.charAt(k));
    }
    String[] keys = FIRST_WORDS_BY_HASH.get(h);
    if (keys != null) {
      for (String key : keys) {
        if (key.length() == e - i && text.regionMatches(true, i, key, 0, key.length())) {
          return RULES_BY_FIRST_WORD.get(key);
        }
      }
    }
    return null;
  }

  /** The keys of {@link #RULES_BY_FIRST_WORD} by hash code. Immutable. */
  private static final Map<Integer, String[]> FIRST_WORDS_BY_HASH = byHash();

  private static Map<Integer, String[]> byHash() {
    Map<Integer, List<String>> groups = new HashMap<>();
    for (String key : RULES_BY_FIRST_WORD.keySet()) {
      groups.computeIfAbsent(key.hashCode(), k -> new ArrayList<>()).add(key);
    }
    Map<Integer, String[]> out = new HashMap<>();
    groups.forEach((h, keys) -> out.put(h, keys.toArray(new String[0])));
    return Map.copyOf(out);
  }

  private static int nextWord(String text, int i) {
    int j = i + 1;
    while (j < text.length() && Character.isLetterOrDigit(text.charAt(j))) {
      j++;
    }
    return j;
  }

  /** "Tuesday to Friday", "from 2019 to 2021", "between May and July": link the end points. */
  private static List<Hit> linkRanges(Context c, List<Hit> hits) {
    List<Hit> out = new ArrayList<>(hits);
    for (int k = 0; k + 1 < out.size(); k++) {
      Hit a = out.get(k);
      Hit b = out.get(k + 1);
      if (a.range() != null || a.type() != b.type() || a.type() == TimexType.DURATION) {
        continue;
      }
      String between = c.text().substring(a.end(), b.start());
      boolean link =
          RANGE_LINK.matcher(between).matches()
              || BETWEEN_LINK.matcher(between).matches()
                  && c.previousWord(a.start()).equalsIgnoreCase("between");
      if (!link) {
        continue;
      }
      if (b.weekday() > 0 && a.date() != null) {
        LocalDate end =
            a.date().with(TemporalAdjusters.nextOrSame(java.time.DayOfWeek.of(b.weekday())));
        String suffix = b.value().length() > 10 ? b.value().substring(10) : "";
        b = b.withValue(b.type(), Dates.day(end) + suffix, end);
        out.set(k + 1, b);
      }
      out.set(k, a.withRange(b.value()));
    }
    return out;
  }

  /** "Monday at 7 p.m.": a time of day takes the day of a date right before it. */
  private static List<Hit> attachTimes(Context c, List<Hit> hits) {
    List<Hit> out = new ArrayList<>(hits);
    for (int k = 1; k < out.size(); k++) {
      Hit t = out.get(k);
      Hit d = out.get(k - 1);
      if (!t.floating() || d.date() == null || d.type() != TimexType.DATE) {
        continue;
      }
      if (DATE_THEN_TIME.matcher(c.text().substring(d.end(), t.start())).matches()) {
        String clock = t.value().substring(t.value().indexOf('T'));
        out.set(k, t.withValue(TimexType.TIME, Dates.day(d.date()) + clock, d.date()));
      }
    }
    return out;
  }
}
