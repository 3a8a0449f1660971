package org.annalist.time;

import static org.annalist.time.Lexicon.MONTH_ABBR;
import static org.annalist.time.Lexicon.MONTH_FULL;
import static org.annalist.time.Lexicon.NUMBER;
import static org.annalist.time.Lexicon.PART_OF_DAY;
import static org.annalist.time.Lexicon.SEASON;
import static org.annalist.time.Lexicon.TIME_ZONE;
import static org.annalist.time.Lexicon.UNIT;
import static org.annalist.time.Lexicon.WEEKDAY;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.annalist.model.TimexAnchoring;
import org.annalist.model.TimexType;

/**
 * The recognition rules: each a regular expression that must match from the start of a word, and a
 * normaliser that turns the match into TIMEX3 values (or rejects it). Immutable.
 */
final class Rules {
  private Rules() {}

  /** Turns a match into hits; an empty list rejects it. */
  @FunctionalInterface
  interface Normaliser {
    List<Hit> apply(Matcher m, Context c);
  }

  /** A named rule. */
  record Rule(String name, Pattern pattern, Normaliser normaliser) {}

  private static final TimexAnchoring ABS = TimexAnchoring.ABSOLUTE;
  private static final TimexAnchoring RES = TimexAnchoring.RESOLVED;
  private static final TimexAnchoring UNRES = TimexAnchoring.UNRESOLVED;

  private static final String MONTH =
      "(?<month>(?:" + MONTH_FULL + ")(?![a-z])|(?:" + MONTH_ABBR + ")(?![a-z])\\.?)";
  private static final String WD = "(?<wd>" + WEEKDAY + ")(?![a-z])";
  private static final String YEAR = "(?<year>\\d{4})(?!\\w)(?![,.]\\d)";
  private static final String MOD =
      "(?:(?<modw>early|late|mid|middle\\s+of|(?:the\\s+)?(?:end|beginning|start|middle)\\s+of"
          + "|earlier|later)(?:\\s+|-))?";
  private static final String APPROX =
      "(?:(?<approx>about|around|approximately|roughly|nearly|almost|some|more\\s+than"
          + "|less\\s+than|fewer\\s+than|at\\s+least|up\\s+to|at\\s+most|just\\s+over"
          + "|just\\s+under|a\\s+mere|mere)\\s+)?";

  private static final Set<String> DATE_PREPOSITIONS =
      Set.of(
          "in", "since", "from", "by", "of", "until", "till", "before", "after", "around", "circa",
          "between", "and", "to", "during", "through", "early", "late", "mid", "for", "or", "on",
          "than", "as");
  private static final Set<String> NOT_AFTER_YEAR =
      Set.of(
          "people",
          "troops",
          "soldiers",
          "civilians",
          "children",
          "women",
          "men",
          "points",
          "percent",
          "miles",
          "km",
          "kilometres",
          "kilometers",
          "metres",
          "meters",
          "feet",
          "tons",
          "tonnes",
          "dollars",
          "euros",
          "pounds",
          "votes",
          "seats",
          "cases",
          "deaths",
          "jobs",
          "units",
          "shares",
          "words",
          "pages",
          "members",
          "residents",
          "families",
          "workers",
          "employees",
          "students",
          "fighters",
          "prisoners",
          "refugees",
          "militants",
          "police",
          "officers",
          "homes",
          "houses",
          "cars",
          "vehicles",
          "times",
          "kg",
          "acres",
          "hectares",
          "rupees",
          "yuan",
          "afghanis",
          "barrels",
          "calories",
          "copies",
          "followers",
          "items");
  private static final Set<String> HOLIDAY_BEFORE_WEEKDAY =
      Set.of(
          "good", "black", "bloody", "super", "ash", "holy", "cyber", "easter", "palm", "maundy",
          "giving", "shrove");
  private static final Set<String> NAME_AFTER_WEEKDAY =
      Set.of(
          "times",
          "telegraph",
          "express",
          "mirror",
          "post",
          "herald",
          "mail",
          "sport",
          "independent",
          "star",
          "tribune",
          "review",
          "club",
          "school",
          "people",
          "sun",
          "business",
          "night",
          "morning",
          "edition");
  private static final Set<String> FUNCTION_WORDS =
      Set.of(
          "", "and", "or", "but", "is", "was", "were", "are", "has", "have", "had", "that", "when",
          "with", "for", "of", "in", "to", "as", "will", "would", "can", "could", "may", "might",
          "should", "must", "than", "on", "at", "by", "it", "he", "she", "they", "we", "i", "you",
          "there", "this", "not", "because", "while", "remains", "looks", "seems", "lies",
          "belongs", "holds");

  static final List<Rule> ALL =
      List.of(
          rule(
              "iso-date",
              "(?<y>\\d{4})-(?<mo>[01]\\d)-(?<d>[0-3]\\d)(?:[T ](?<h>[012]\\d):(?<mi>[0-5]\\d))?(?![\\w-])",
              Rules::isoDate),
          rule(
              "month-day",
              MOD
                  + "(?:"
                  + WD
                  + ",?\\s+)?"
                  + MONTH
                  + "\\s+(?<day>\\d{1,2})(?:st|nd|rd|th)?(?!\\w)(?![:.,]\\d)(?:,?\\s+"
                  + YEAR
                  + ")?",
              Rules::monthDay),
          rule(
              "day-month",
              "(?:"
                  + WD
                  + ",?\\s+)?(?:the\\s+)?(?<day>\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?"
                  + MONTH
                  + "(?:,?\\s+"
                  + YEAR
                  + ")?(?!\\w)",
              Rules::monthDay),
          rule("month-year", MOD + MONTH + ",?\\s+(?:of\\s+)?" + YEAR, Rules::monthYear),
          rule(
              "month",
              MOD
                  + "(?:(?<rel>last|this|next|past|coming)\\s+)?(?<month>"
                  + MONTH_FULL
                  + ")(?![a-z])(?:\\s+(?:of\\s+)?(?<rely>this|last|next)\\s+year(?!\\w))?",
              Rules::month),
          rule(
              "year",
              MOD
                  + "(?<fy>(?:the\\s+)?(?:fiscal\\s+)?year\\s+|fiscal\\s+)?(?<year>\\d{4})(?:[-–/](?<year2>\\d{4}|\\d{2}))?(?!\\w)(?![,.]\\d)",
              Rules::year),
          rule(
              "decade",
              MOD
                  + "(?<the>the\\s+)?(?:(?<cent>1\\d|20)(?<dec>\\d)0['’]?s|['’](?<sdec>\\d)0s|(?<wdec>twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties))(?!\\w)",
              Rules::decade),
          rule(
              "century",
              MOD
                  + "(?:the\\s+)?(?:(?<cnum>\\d{1,2})(?:st|nd|rd|th)|(?<cword>twenty[-\\s]first|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth))[\\s-]+century(?!\\w)",
              Rules::century),
          rule(
              "season",
              MOD
                  + "(?:(?<rel>this|last|next|past|coming|the)\\s+)?(?<season>"
                  + SEASON
                  + ")(?:\\s+(?:of\\s+)?"
                  + YEAR
                  + ")?(?!\\w)",
              Rules::season),
          rule(
              "quarter",
              "(?:the\\s+)?(?<ord>first|second|third|fourth|final|last|1st|2nd|3rd|4th)\\s+(?:fiscal\\s+)?(?<qh>quarter|half)(?:\\s+of\\s+(?:the\\s+)?(?:(?:fiscal\\s+)?year\\s+)?(?:fiscal\\s+)?"
                  + YEAR
                  + "|\\s+of\\s+(?<rel>this|last|next)\\s+year)?(?!\\w)",
              Rules::quarter),
          rule("q-quarter", "(?<qh>Q|H)(?<ord>[1-4])(?:\\s+" + YEAR + ")?(?!\\w)", Rules::quarter),
          rule(
              "relative-unit",
              MOD
                  + "(?:(?<rel>this|last|next|past|coming|previous|current|the\\s+(?:past|last|next|coming|previous|current|following)|the)\\s+)?(?:fiscal\\s+)?(?<unit>week|weekend|month|year|decade|century|quarter)(?!\\w)",
              Rules::relativeUnit),
          rule(
              "ago",
              APPROX
                  + "(?<num>"
                  + NUMBER
                  + ")[\\s-]+(?<unit>"
                  + UNIT
                  + ")['’]?\\s+(?<dir>ago|from\\s+now|hence|earlier|later)(?!\\w)",
              Rules::ago),
          rule(
              "vague-ago",
              "(?<unit>years|months|weeks|days|decades|hours)\\s+(?<dir>ago|from\\s+now)(?!\\w)",
              Rules::vagueAgo),
          rule(
              "duration",
              APPROX
                  + "(?:(?<det>the\\s+(?:past|last|next|coming|previous|first|following|final|remaining|latest)|the|another|an\\s+additional|a\\s+further|an\\s+extra|past|next|last)\\s+)?(?<num>"
                  + NUMBER
                  + ")(?<half>\\s+and\\s+a\\s+half)?[\\s-]+(?<unit>"
                  + UNIT
                  + ")(?!\\w)(?<poss>['’](?![a-z]))?",
              Rules::duration),
          rule(
              "vague-duration",
              "(?<det>recent|the\\s+(?:past|last|next|coming|previous|following|first)|past|coming)\\s+(?<unit>seconds|minutes|hours|days|weeks|months|years|decades|centuries)(?!\\w)",
              Rules::vagueDuration),
          rule(
              "bare-duration",
              "(?<unit>minutes|hours|days|weeks|months|years|decades)(?!\\w)",
              Rules::bareDuration),
          rule(
              "day-word",
              "(?<dw>today|tonight|yesterday|tomorrow)(?:\\s+(?<pod>morning|afternoon|evening|night))?(?!\\w)",
              Rules::dayWord),
          rule(
              "part-of-day",
              "(?<rel>this|last)\\s+(?<pod>morning|afternoon|evening|night)(?!\\w)",
              Rules::partOfDay),
          rule(
              "weekday",
              MOD
                  + "(?:(?<rel>last|next|this|coming|past)\\s+)?(?<wd>"
                  + WEEKDAY
                  + ")(?<pl>s)?(?![a-z])(?:\\s+(?<pod>"
                  + PART_OF_DAY
                  + "))?(?!\\w)",
              Rules::weekday),
          rule(
              "time",
              "(?:(?<h>\\d{1,2})(?:[:.](?<mi>[0-5]\\d))?\\s*(?<ampm>[ap]\\.m\\.|[ap]\\.m\\b|[ap]m\\b)|(?<h2>[01]?\\d|2[0-3])[:h](?<mi2>[0-5]\\d)(?<sec>:\\d\\d)?(?!\\d)|(?<word>noon|midnight|midday)|(?<h3>\\d{1,2})\\s+o['’]clock)(?:\\s+(?<tz>"
                  + TIME_ZONE
                  + "))?(?:,?\\s+(?:on\\s+)?(?<wd>"
                  + WEEKDAY
                  + "|today|tonight|tomorrow|yesterday))?(?!\\w)",
              Rules::time),
          rule(
              "set",
              "(?<q>every|each)\\s+(?<other>other\\s+)?(?:(?<num>"
                  + NUMBER
                  + ")\\s+)?(?<unit>"
                  + UNIT
                  + "|"
                  + WEEKDAY
                  + "|"
                  + PART_OF_DAY
                  + "|"
                  + SEASON
                  + "|"
                  + MONTH_FULL
                  + ")(?!\\w)",
              Rules::set),
          rule(
              "set-adverb",
              "(?<adv>daily|weekly|monthly|annually|yearly|hourly|nightly|quarterly|biannually|semiannually|biennially)(?!\\w)",
              Rules::setAdverb),
          rule(
              "set-frequency",
              "(?:once|twice|thrice|(?:"
                  + NUMBER
                  + ")\\s+times)\\s+(?:a|an|per|every|each)\\s+(?<unit>second|minute|hour|day|week|fortnight|month|year|decade|quarter)(?!\\w)",
              Rules::setFrequency),
          rule(
              "set-per",
              "per\\s+(?<unit>second|minute|hour|day|week|month|year|annum)(?!\\w)",
              Rules::setFrequency),
          rule(
              "generic",
              "(?<g>now|currently|nowadays|presently|recently|lately|the\\s+present(?:\\s+day)?|the\\s+past|the\\s+future|these\\s+days|the\\s+moment)(?!\\w)",
              Rules::generic));

  private static Rule rule(String name, String regex, Normaliser normaliser) {
    return new Rule(name, Pattern.compile(regex, Pattern.CASE_INSENSITIVE), normaliser);
  }

  // ---- helpers

  private static List<Hit> one(
      Matcher m, TimexType type, String value, TimexAnchoring a, String mod, LocalDate date) {
    return List.of(new Hit(m.start(), m.end(), type, value, a, mod, null, date, 0, false));
  }

  private static String lower(Matcher m, String group) {
    String g = m.group(group);
    return g == null ? null : g.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
  }

  private static String mod(Matcher m) {
    String w = lower(m, "modw");
    if (w == null) {
      return null;
    }
    if (w.startsWith("early") || w.contains("beginning") || w.contains("start")) {
      return "START";
    }
    if (w.startsWith("late") && !w.startsWith("later") || w.contains("end")) {
      return "END";
    }
    if (w.contains("mid")) {
      return "MID";
    }
    return null;
  }

  private static String approxMod(Matcher m) {
    String a = lower(m, "approx");
    if (a == null) {
      return null;
    }
    switch (a) {
      case "nearly":
      case "almost":
      case "less than":
      case "fewer than":
      case "just under":
        return "LESS_THAN";
      case "more than":
      case "just over":
        return "MORE_THAN";
      case "at least":
        return "EQUAL_OR_MORE";
      case "up to":
      case "at most":
        return "EQUAL_OR_LESS";
      case "a mere":
      case "mere":
        return null;
      default:
        return "APPROX";
    }
  }

  private static int month(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    if (w.endsWith(".")) {
      w = w.substring(0, w.length() - 1);
    }
    return Lexicon.MONTHS.getOrDefault(w, 0);
  }

  /** Whether the rule's pattern defines the named group (Java 17 has no API for it). */
  private static boolean has(Matcher m, String group) {
    return m.pattern().pattern().contains("(?<" + group + ">");
  }

  private static boolean startsUpper(Matcher m, String group) {
    String g = m.group(group);
    return g != null && Character.isUpperCase(g.charAt(0));
  }

  // ---- dates

  private static List<Hit> isoDate(Matcher m, Context c) {
    int y = Integer.parseInt(m.group("y"));
    int mo = Integer.parseInt(m.group("mo"));
    int d = Integer.parseInt(m.group("d"));
    if (mo < 1 || mo > 12 || !Dates.validDay(mo, d) || y < 1000) {
      return List.of();
    }
    LocalDate date = LocalDate.of(y, mo, Math.min(d, LocalDate.of(y, mo, 1).lengthOfMonth()));
    if (m.group("h") != null) {
      return one(
          m,
          TimexType.TIME,
          Dates.day(date) + "T" + m.group("h") + ":" + m.group("mi"),
          ABS,
          null,
          date);
    }
    return one(m, TimexType.DATE, Dates.day(date), ABS, null, date);
  }

  private static List<Hit> monthDay(Matcher m, Context c) {
    int mo = month(m.group("month"));
    int day = Integer.parseInt(m.group("day"));
    if (mo == 0 || !startsUpper(m, "month") || !Dates.validDay(mo, day)) {
      return List.of();
    }
    if (m.group("wd") != null && !startsUpper(m, "wd")) {
      return List.of();
    }
    String mod = has(m, "modw") ? mod(m) : null;
    if (m.group("year") != null) {
      int y = Integer.parseInt(m.group("year"));
      if (mo == 2 && day == 29 && !java.time.Year.isLeap(y)) {
        return List.of();
      }
      LocalDate date = LocalDate.of(y, mo, day);
      return one(m, TimexType.DATE, Dates.day(date), ABS, mod, date);
    }
    if (!c.anchored()) {
      return one(
          m, TimexType.DATE, "XXXX-" + Dates.two(mo) + "-" + Dates.two(day), UNRES, mod, null);
    }
    Direction dir = c.direction(m.start(), m.end());
    int y = Dates.yearOfDay(c.ref(), mo, day, dir);
    if (mo == 2 && day == 29 && !java.time.Year.isLeap(y)) {
      return List.of();
    }
    LocalDate date = LocalDate.of(y, mo, day);
    return one(m, TimexType.DATE, Dates.day(date), RES, mod, date);
  }

  private static List<Hit> monthYear(Matcher m, Context c) {
    int mo = month(m.group("month"));
    if (mo == 0 || !startsUpper(m, "month")) {
      return List.of();
    }
    int y = Integer.parseInt(m.group("year"));
    return one(m, TimexType.DATE, Dates.month(y, mo), ABS, mod(m), null);
  }

  private static List<Hit> month(Matcher m, Context c) {
    String word = m.group("month");
    int mo = month(word);
    if (mo == 0 || !Character.isUpperCase(word.charAt(0))) {
      return List.of();
    }
    String rel = lower(m, "rel");
    String modw = m.group("modw");
    String rely = lower(m, "rely");
    if (rely != null) {
      rel = "this";
    }
    int at = m.start("month");
    String prev = c.previousWord(m.start()).toLowerCase(Locale.ROOT);
    if (mo == 5 && rel == null && modw == null && !DATE_PREPOSITIONS.contains(prev)) {
      return List.of(); // "May" the modal verb
    }
    String next = c.nextWord(m.end());
    if (rel == null
        && modw == null
        && Context.capitalised(next)
        && !"I".equals(next)
        && Lexicon.MONTHS.get(next.toLowerCase(Locale.ROOT)) == null
        && !DATE_PREPOSITIONS.contains(prev)) {
      return List.of(); // a name: "April Smith"
    }
    if (rel == null && modw == null && at == m.start()) {
      String prevRaw = c.previousWord(at);
      if (Context.capitalised(prevRaw) && !DATE_PREPOSITIONS.contains(prev)) {
        return List.of(); // inside a name: "Theresa May", "Queen June"
      }
    }
    if (!c.anchored()) {
      return one(m, TimexType.DATE, "XXXX-" + Dates.two(mo), UNRES, mod(m), null);
    }
    int y;
    if (rely != null) {
      // "November this year", "March of last year"
      y = c.ref().getYear() + ("last".equals(rely) ? -1 : "next".equals(rely) ? 1 : 0);
    } else if (rel == null) {
      y = Dates.yearOfMonth(c.ref(), mo, c.direction(m.start(), m.end()), false);
    } else {
      switch (rel) {
        case "last":
        case "past":
          y = Dates.yearOfMonth(c.ref(), mo, Direction.PAST, true);
          break;
        case "next":
        case "coming":
          y = Dates.yearOfMonth(c.ref(), mo, Direction.FUTURE, true);
          break;
        default:
          y = c.ref().getYear();
      }
    }
    return one(m, TimexType.DATE, Dates.month(y, mo), RES, mod(m), null);
  }

  private static List<Hit> year(Matcher m, Context c) {
    int y = Integer.parseInt(m.group("year"));
    boolean prefixed = m.group("modw") != null || m.group("fy") != null;
    String prev = c.previousWord(m.start()).toLowerCase(Locale.ROOT);
    char before = c.charAt(m.start() - 1);
    if (before == '$' || before == '£' || before == '€' || before == '#' || y < 1000 || y > 2099) {
      return List.of();
    }
    if ((before == ',' || before == '.') && Character.isDigit(c.charAt(m.start() - 2))) {
      return List.of();
    }
    if (!prefixed && y < 1900 && !DATE_PREPOSITIONS.contains(prev)) {
      return List.of();
    }
    String next = c.nextWord(m.end()).toLowerCase(Locale.ROOT);
    if (NOT_AFTER_YEAR.contains(next) || c.charAt(m.end()) == '%') {
      return List.of();
    }
    String mod = mod(m);
    String y2 = m.group("year2");
    if (y2 == null) {
      return one(m, TimexType.DATE, Dates.year(y), ABS, mod, null);
    }
    int second = y2.length() == 2 ? y / 100 * 100 + Integer.parseInt(y2) : Integer.parseInt(y2);
    if (second <= y || second > y + 50) {
      return List.of();
    }
    return List.of(
        new Hit(
            m.start(),
            m.end("year"),
            TimexType.DATE,
            Dates.year(y),
            ABS,
            mod,
            Dates.year(second),
            null,
            0,
            false),
        new Hit(
            m.start("year2"),
            m.end("year2"),
            TimexType.DATE,
            Dates.year(second),
            ABS,
            null,
            null,
            null,
            0,
            false));
  }

  private static List<Hit> decade(Matcher m, Context c) {
    boolean the = m.group("the") != null || m.group("modw") != null;
    String value;
    if (m.group("cent") != null) {
      value = m.group("cent") + m.group("dec");
    } else if (m.group("sdec") != null) {
      int d = Integer.parseInt(m.group("sdec"));
      int refYear = c.anchored() ? c.ref().getYear() : 2000;
      value = (d >= 3 || 2000 + d * 10 > refYear ? "19" : "20") + d;
    } else {
      if (!the) {
        return List.of(); // "in his forties"
      }
      String w = lower(m, "wdec");
      int d =
          List.of(
                      "twenties",
                      "thirties",
                      "forties",
                      "fifties",
                      "sixties",
                      "seventies",
                      "eighties",
                      "nineties")
                  .indexOf(w)
              + 2;
      value = "19" + d;
    }
    return withoutThe(m, one(m, TimexType.DATE, value, ABS, mod(m), null));
  }

  /** "the 1990s", "the 20th century": the article is evidence, not part of the expression. */
  private static List<Hit> withoutThe(Matcher m, List<Hit> hits) {
    Hit h = hits.get(0);
    if (m.group("modw") != null || !m.group().regionMatches(true, 0, "the ", 0, 4)) {
      return hits;
    }
    int start = m.start() + 4;
    while (Character.isWhitespace(m.group().charAt(start - m.start()))) {
      start++;
    }
    return List.of(
        new Hit(start, h.end(), h.type(), h.value(), h.anchoring(), h.mod(), null, null, 0, false));
  }

  private static List<Hit> century(Matcher m, Context c) {
    int n;
    if (m.group("cnum") != null) {
      n = Integer.parseInt(m.group("cnum"));
    } else {
      n = Lexicon.ORDINALS.getOrDefault(lower(m, "cword").replace('-', ' '), 0);
      if (n == 0) {
        n = Lexicon.ORDINALS.getOrDefault(lower(m, "cword"), 0);
      }
    }
    if (n < 1 || n > 22) {
      return List.of();
    }
    return withoutThe(m, one(m, TimexType.DATE, Dates.two(n - 1), ABS, mod(m), null));
  }

  private static List<Hit> season(Matcher m, Context c) {
    String s = lower(m, "season");
    String code = Lexicon.SEASONS.get(s);
    String rel = lower(m, "rel");
    String mod = mod(m);
    if (m.group("year") != null) {
      return one(m, TimexType.DATE, m.group("year") + "-" + code, ABS, mod, null);
    }
    String prev = c.previousWord(m.start()).toLowerCase(Locale.ROOT);
    if (rel == null
        && m.group("modw") == null
        && !Set.of("in", "during", "by", "until", "since", "over", "through", "this")
            .contains(prev)) {
      return List.of();
    }
    if (startsUpper(m, "season")
        && Context.capitalised(c.previousWord(m.start("season")))
        && m.start("season") == m.start()) {
      return List.of(); // "Arab Spring"
    }
    if ("fall".equals(s) && (rel == null || "the".equals(rel))) {
      return List.of(); // "the fall of Kabul"
    }
    if (!c.anchored()) {
      return one(m, TimexType.DATE, "XXXX-" + code, UNRES, mod, null);
    }
    int target = List.of(Dates.SEASON_CODES).indexOf(code);
    int now = Dates.season(c.ref().getMonthValue());
    int y = c.ref().getYear();
    if (rel == null || "the".equals(rel)) {
      Direction dir = c.direction(m.start(), m.end());
      rel =
          dir == Direction.PAST
              ? "past-or-this"
              : dir == Direction.FUTURE ? "next-or-this" : "this";
    }
    switch (rel) {
      case "last":
      case "past":
        y = target < now ? y : y - 1;
        break;
      case "past-or-this":
        y = target <= now ? y : y - 1;
        break;
      case "next":
      case "coming":
        y = target > now ? y : y + 1;
        break;
      case "next-or-this":
        y = target >= now ? y : y + 1;
        break;
      default:
        break;
    }
    return one(m, TimexType.DATE, Dates.year(y) + "-" + code, RES, mod, null);
  }

  private static List<Hit> quarter(Matcher m, Context c) {
    String qh = m.group("qh");
    boolean half = "half".equalsIgnoreCase(qh) || "H".equals(qh);
    if (qh.length() == 1 && !Character.isUpperCase(qh.charAt(0))) {
      return List.of();
    }
    String ord = lower(m, "ord");
    int n;
    switch (ord) {
      case "first":
      case "1st":
      case "1":
        n = 1;
        break;
      case "second":
      case "2nd":
      case "2":
        n = 2;
        break;
      case "third":
      case "3rd":
      case "3":
        n = 3;
        break;
      case "fourth":
      case "4th":
      case "4":
        n = 4;
        break;
      default:
        n = half ? 2 : 4; // final, last
    }
    if (half && n > 2) {
      return List.of();
    }
    String suffix = (half ? "-H" : "-Q") + n;
    if (m.group("year") != null) {
      return one(m, TimexType.DATE, m.group("year") + suffix, ABS, null, null);
    }
    if (!c.anchored()) {
      return one(m, TimexType.DATE, "XXXX" + suffix, UNRES, null, null);
    }
    int y = c.ref().getYear();
    String rel = has(m, "rel") ? lower(m, "rel") : null;
    if ("last".equals(rel)) {
      y--;
    } else if ("next".equals(rel)) {
      y++;
    } else if (rel == null) {
      int now =
          half ? (c.ref().getMonthValue() - 1) / 6 + 1 : Dates.quarter(c.ref().getMonthValue());
      Direction dir = c.direction(m.start(), m.end());
      if (dir == Direction.PAST && n > now) {
        y--;
      } else if (dir == Direction.FUTURE && n < now) {
        y++;
      }
    }
    return one(m, TimexType.DATE, Dates.year(y) + suffix, RES, null, null);
  }

  private static List<Hit> relativeUnit(Matcher m, Context c) {
    String rel = lower(m, "rel");
    String unit = lower(m, "unit");
    String mod = mod(m);
    boolean modded = m.group("modw") != null;
    if (rel == null) {
      // "the end of year", "beginning of month"
      if (!modded || !lower(m, "modw").endsWith("of")) {
        return List.of();
      }
      rel = "the";
    }
    if ("the".equals(rel) && !modded && !"weekend".equals(unit)) {
      return List.of();
    }
    if ("the past".equals(rel)
        || "past".equals(rel)
        || "the next".equals(rel)
        || "the coming".equals(rel)
        || "the following".equals(rel)) {
      if (modded) {
        return List.of();
      }
      return one(m, TimexType.DURATION, durationValue("1", unit), ABS, null, null);
    }
    int shift;
    switch (rel) {
      case "last":
      case "previous":
      case "the last":
      case "the previous":
        shift = -1;
        break;
      case "next":
      case "coming":
        shift = 1;
        break;
      default:
        shift = 0;
    }
    if (!c.anchored()) {
      return one(m, TimexType.DATE, unresolvedUnit(unit), UNRES, mod, null);
    }
    LocalDate ref = c.ref();
    String value;
    switch (unit) {
      case "week":
        value = Dates.week(ref.plusWeeks(shift));
        break;
      case "weekend":
        value = weekend(c, ref, shift, "the".equals(rel) ? c.direction(m.start(), m.end()) : null);
        break;
      case "month":
        value = Dates.month(ref.plusMonths(shift).getYear(), ref.plusMonths(shift).getMonthValue());
        break;
      case "decade":
        value = Integer.toString(ref.getYear() / 10 + shift);
        break;
      case "century":
        value = Dates.two(ref.getYear() / 100 + shift);
        break;
      case "quarter":
        LocalDate q = ref.plusMonths(3L * shift);
        value = Dates.year(q.getYear()) + "-Q" + Dates.quarter(q.getMonthValue());
        break;
      default:
        value = Dates.year(ref.getYear() + shift);
    }
    return one(m, TimexType.DATE, value, RES, mod, null);
  }

  private static String weekend(Context c, LocalDate ref, int shift, Direction dir) {
    boolean inWeekend = ref.getDayOfWeek().getValue() >= 6;
    LocalDate base;
    if (dir != null) {
      // "the weekend": the one just past unless the tense points ahead
      base = dir == Direction.FUTURE || inWeekend ? ref : ref.minusWeeks(1);
    } else if (shift < 0) {
      base = ref.with(TemporalAdjusters.previous(DayOfWeek.SATURDAY));
      base = inWeekend ? base.minusWeeks(1) : base;
    } else {
      base = ref.plusWeeks(shift);
    }
    return Dates.week(base) + "-WE";
  }

  private static String unresolvedUnit(String unit) {
    switch (unit) {
      case "week":
        return "XXXX-WXX";
      case "weekend":
        return "XXXX-WXX-WE";
      case "month":
        return "XXXX-XX";
      case "decade":
        return "XXX";
      case "century":
        return "XX";
      case "quarter":
        return "XXXX-QX";
      default:
        return "XXXX";
    }
  }

  /** TIMEX3 duration value of {@code count} (digits or X) {@code unit}s. */
  static String durationValue(String count, String unit) {
    String u = unit.toLowerCase(Locale.ROOT);
    if (u.endsWith("s") && !"centuries".equals(u)) {
      u = u.substring(0, u.length() - 1);
    }
    boolean vague = "X".equals(count);
    switch (u) {
      case "second":
        return "PT" + count + "S";
      case "minute":
        return "PT" + count + "M";
      case "hour":
        return "PT" + count + "H";
      case "day":
        return "P" + count + "D";
      case "week":
        return "P" + count + "W";
      case "fortnight":
        return vague ? "PXW" : "P" + times(count, 2) + "W";
      case "weekend":
        return "P" + count + "WE";
      case "month":
        return "P" + count + "M";
      case "quarter":
        return vague ? "PXM" : "P" + times(count, 3) + "M";
      case "decade":
        return vague ? "PXDE" : "P" + times(count, 10) + "Y";
      case "century":
      case "centuries":
        return vague ? "PXCE" : "P" + times(count, 100) + "Y";
      default:
        return "P" + count + "Y";
    }
  }

  private static String times(String count, int factor) {
    double v = Double.parseDouble(count) * factor;
    return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
  }

  private static List<Hit> ago(Matcher m, Context c) {
    String count = Lexicon.count(m.group("num"));
    String unit = lower(m, "unit");
    String dir = lower(m, "dir");
    if ("earlier".equals(dir) || "later".equals(dir)) {
      return List.of(); // "two years later": left to the duration rule, relative to the story
    }
    boolean past = "ago".equals(dir);
    String mod = approxMod(m);
    if (mod != null && !"APPROX".equals(mod)) {
      mod = "APPROX";
    }
    if ("X".equals(count) || count.contains(".")) {
      return one(m, TimexType.DATE, past ? "PAST_REF" : "FUTURE_REF", ABS, mod, null);
    }
    int n = Integer.parseInt(count) * (past ? -1 : 1);
    String u =
        unit.endsWith("s") && !"centuries".equals(unit)
            ? unit.substring(0, unit.length() - 1)
            : unit;
    if (!c.anchored()) {
      String v;
      switch (u) {
        case "week":
        case "fortnight":
        case "weekend":
          v = "XXXX-WXX";
          break;
        case "month":
        case "quarter":
          v = "XXXX-XX";
          break;
        case "year":
        case "decade":
        case "century":
        case "centuries":
          v = "XXXX";
          break;
        default:
          v = "XXXX-XX-XX";
      }
      return one(m, TimexType.DATE, v, UNRES, mod, null);
    }
    LocalDate ref = c.ref();
    switch (u) {
      case "day":
        LocalDate d = ref.plusDays(n);
        return one(m, TimexType.DATE, Dates.day(d), RES, mod, d);
      case "week":
      case "weekend":
        return one(m, TimexType.DATE, Dates.week(ref.plusWeeks(n)), RES, mod, null);
      case "fortnight":
        return one(m, TimexType.DATE, Dates.week(ref.plusWeeks(2L * n)), RES, mod, null);
      case "month":
        LocalDate mo = ref.plusMonths(n);
        return one(
            m, TimexType.DATE, Dates.month(mo.getYear(), mo.getMonthValue()), RES, mod, null);
      case "quarter":
        LocalDate q = ref.plusMonths(3L * n);
        return one(
            m,
            TimexType.DATE,
            Dates.year(q.getYear()) + "-Q" + Dates.quarter(q.getMonthValue()),
            RES,
            mod,
            null);
      case "year":
        return one(m, TimexType.DATE, Dates.year(ref.getYear() + n), RES, mod, null);
      case "decade":
        return one(m, TimexType.DATE, Dates.year(ref.getYear() + 10 * n), RES, mod, null);
      case "century":
      case "centuries":
        return one(m, TimexType.DATE, Dates.year(ref.getYear() + 100 * n), RES, mod, null);
      default:
        // hours, minutes, seconds: the reference day
        return one(m, TimexType.DATE, Dates.day(ref), RES, mod, ref);
    }
  }

  private static List<Hit> vagueAgo(Matcher m, Context c) {
    boolean past = "ago".equals(lower(m, "dir"));
    return one(m, TimexType.DATE, past ? "PAST_REF" : "FUTURE_REF", ABS, null, null);
  }

  private static final Pattern AGE =
      Pattern.compile("[\\s-]*(?:old|(?:and|or)\\s+(?:older|younger))\\b");

  /** "40-year-old", "6 months and older": an age, not a duration. */
  private static boolean ageFollows(Context c, int end) {
    Matcher m = AGE.matcher(c.text());
    m.region(end, Math.min(c.text().length(), end + 20));
    return m.lookingAt();
  }

  private static final Set<String> AMOUNT_WORDS =
      Set.of("million", "billion", "thousand", "trillion", "percent", "dollars", "euros", "pounds");

  private static List<Hit> duration(Matcher m, Context c) {
    String num = lower(m, "num");
    String unit = lower(m, "unit");
    String count = Lexicon.count(num);
    boolean article = "a".equals(num) || "an".equals(num);
    if (ageFollows(c, m.end("unit"))) {
      return List.of();
    }
    if (article && (unit.startsWith("second") || unit.startsWith("quarter"))) {
      return List.of(); // "a second time", "a quarter of the"
    }
    if (m.group("half") != null && !"X".equals(count)) {
      count = times(count, 1) + ".5";
      count = count.replace(".0.5", ".5");
      if (count.chars().filter(ch -> ch == '.').count() > 1) {
        return List.of();
      }
    }
    if ("some".equals(num) && m.group("det") == null && m.group("approx") == null) {
      String prev = c.previousWord(m.start()).toLowerCase(Locale.ROOT);
      if (!Set.of("for", "in", "over", "after", "within").contains(prev)) {
        return List.of();
      }
    }
    if (article && m.group("det") == null && m.group("approx") == null) {
      String prev = c.previousWord(m.start()).toLowerCase(Locale.ROOT);
      char before = c.charAt(m.start() - 2);
      if (AMOUNT_WORDS.contains(prev) || Character.isDigit(before) || before == '%') {
        // "$5 million a year": a rate
        return one(m, TimexType.SET, durationValue("1", unit), ABS, null, null);
      }
    }
    return one(m, TimexType.DURATION, durationValue(count, unit), ABS, approxMod(m), null);
  }

  private static List<Hit> vagueDuration(Matcher m, Context c) {
    String det = lower(m, "det");
    if ("recent".equals(det)) {
      return one(m, TimexType.DATE, "PAST_REF", ABS, null, null);
    }
    return one(m, TimexType.DURATION, durationValue("X", lower(m, "unit")), ABS, null, null);
  }

  private static final Set<String> BEFORE_BARE_DURATION =
      Set.of(
          "for",
          "within",
          "in",
          "over",
          "took",
          "take",
          "takes",
          "taking",
          "lasted",
          "lasting",
          "spent",
          "spend",
          "spending",
          "after",
          "waited",
          "wait");

  private static List<Hit> bareDuration(Matcher m, Context c) {
    String prev = c.previousWord(m.start()).toLowerCase(Locale.ROOT);
    String next = c.nextWord(m.end()).toLowerCase(Locale.ROOT);
    boolean relative = Set.of("before", "after", "later", "earlier").contains(next);
    if (!startsLower(m)
        || !BEFORE_BARE_DURATION.contains(prev) && !relative
        || ageFollows(c, m.end())) {
      return List.of();
    }
    return one(m, TimexType.DURATION, durationValue("X", lower(m, "unit")), ABS, null, null);
  }

  private static boolean startsLower(Matcher m) {
    return Character.isLowerCase(m.group().charAt(0));
  }

  // ---- days and times

  private static LocalDate dayWordDate(String dw, LocalDate ref) {
    switch (dw) {
      case "yesterday":
        return ref.minusDays(1);
      case "tomorrow":
        return ref.plusDays(1);
      default:
        return ref;
    }
  }

  private static List<Hit> dayWord(Matcher m, Context c) {
    String dw = lower(m, "dw");
    String pod = lower(m, "pod");
    if ("tonight".equals(dw)) {
      pod = "night";
    }
    if (!c.anchored()) {
      return pod == null
          ? one(m, TimexType.DATE, "XXXX-XX-XX", UNRES, null, null)
          : one(
              m, TimexType.TIME, "XXXX-XX-XXT" + Lexicon.PARTS_OF_DAY.get(pod), UNRES, null, null);
    }
    LocalDate d = dayWordDate(dw, c.ref());
    if (pod == null) {
      return one(m, TimexType.DATE, Dates.day(d), RES, null, d);
    }
    return one(m, TimexType.TIME, Dates.day(d) + "T" + Lexicon.PARTS_OF_DAY.get(pod), RES, null, d);
  }

  private static List<Hit> partOfDay(Matcher m, Context c) {
    String rel = lower(m, "rel");
    String pod = lower(m, "pod");
    if ("last".equals(rel) && !"night".equals(pod)) {
      return List.of();
    }
    if (!c.anchored()) {
      return one(
          m, TimexType.TIME, "XXXX-XX-XXT" + Lexicon.PARTS_OF_DAY.get(pod), UNRES, null, null);
    }
    LocalDate d = "last".equals(rel) ? c.ref().minusDays(1) : c.ref();
    return one(m, TimexType.TIME, Dates.day(d) + "T" + Lexicon.PARTS_OF_DAY.get(pod), RES, null, d);
  }

  private static List<Hit> weekday(Matcher m, Context c) {
    if (!startsUpper(m, "wd")) {
      return List.of();
    }
    String prev = c.previousWord(m.start()).toLowerCase(Locale.ROOT);
    if (HOLIDAY_BEFORE_WEEKDAY.contains(prev) && Context.capitalised(c.previousWord(m.start()))) {
      return List.of();
    }
    String pod = m.group("pod");
    String next = c.nextWord(m.end("wd") + (m.group("pl") == null ? 0 : 1));
    if (Context.capitalised(next) && NAME_AFTER_WEEKDAY.contains(next.toLowerCase(Locale.ROOT))) {
      return List.of(); // "Sunday Times"
    }
    if (pod != null && !Character.isLowerCase(pod.charAt(0))) {
      return List.of();
    }
    int dow = Lexicon.WEEKDAYS.get(lower(m, "wd"));
    String podCode =
        pod == null ? "" : "T" + Lexicon.PARTS_OF_DAY.get(pod.toLowerCase(Locale.ROOT));
    TimexType type = pod == null ? TimexType.DATE : TimexType.TIME;
    if (m.group("pl") != null) {
      return one(m, TimexType.SET, "XXXX-WXX-" + dow + podCode, ABS, null, null);
    }
    String rel = lower(m, "rel");
    if (!c.anchored()) {
      return List.of(
          new Hit(
              m.start(),
              m.end(),
              type,
              "XXXX-WXX-" + dow + podCode,
              UNRES,
              mod(m),
              null,
              null,
              rel == null ? dow : 0,
              false));
    }
    LocalDate d;
    if (rel == null) {
      Direction dir = c.direction(m.start(), m.end());
      d = Dates.weekday(c.ref(), dow, dir);
    } else {
      switch (rel) {
        case "last":
        case "past":
          d = Dates.weekday(c.ref(), dow, Direction.PAST, true);
          break;
        case "next":
        case "coming":
          d = Dates.weekday(c.ref(), dow, Direction.FUTURE, true);
          break;
        default:
          d = c.ref().with(DayOfWeek.of(dow));
      }
    }
    return List.of(
        new Hit(
            m.start(),
            m.end(),
            type,
            Dates.day(d) + podCode,
            RES,
            mod(m),
            null,
            d,
            rel == null ? dow : 0,
            false));
  }

  private static final Set<String> BEFORE_CLOCK =
      Set.of(
          "at", "by", "from", "until", "till", "before", "after", "around", "about", "since", "to",
          "and", "between");

  private static List<Hit> time(Matcher m, Context c) {
    int h;
    int mi = 0;
    if (m.group("h") != null) {
      h = Integer.parseInt(m.group("h"));
      mi = m.group("mi") == null ? 0 : Integer.parseInt(m.group("mi"));
      boolean pm = Character.toLowerCase(m.group("ampm").charAt(0)) == 'p';
      if (h < 1 || h > 12) {
        return List.of();
      }
      h = h % 12 + (pm ? 12 : 0);
    } else if (m.group("h2") != null) {
      h = Integer.parseInt(m.group("h2"));
      mi = Integer.parseInt(m.group("mi2"));
      String prev = c.previousWord(m.start()).toLowerCase(Locale.ROOT);
      if (m.group("sec") != null || m.group("tz") == null && !BEFORE_CLOCK.contains(prev)) {
        return List.of();
      }
      if (Character.isDigit(c.charAt(m.start() - 1)) || c.charAt(m.start() - 1) == ':') {
        return List.of();
      }
    } else if (m.group("h3") != null) {
      h = Integer.parseInt(m.group("h3"));
      if (h < 1 || h > 12) {
        return List.of();
      }
    } else {
      String w = lower(m, "word");
      h = "midnight".equals(w) ? 24 : 12;
    }
    String clock = "T" + Dates.two(h) + ":" + Dates.two(mi);
    String wd = lower(m, "wd");
    if (wd != null && Lexicon.WEEKDAYS.containsKey(wd) && !startsUpper(m, "wd")) {
      return List.of();
    }
    if (!c.anchored()) {
      String day =
          wd != null && Lexicon.WEEKDAYS.containsKey(wd)
              ? "XXXX-WXX-" + Lexicon.WEEKDAYS.get(wd)
              : "XXXX-XX-XX";
      return one(m, TimexType.TIME, day + clock, UNRES, null, null);
    }
    LocalDate d;
    boolean floating = false;
    if (wd == null) {
      d = c.ref();
      floating = true;
    } else if (Lexicon.WEEKDAYS.containsKey(wd)) {
      Direction dir = c.direction(m.start(), m.end());
      d = Dates.weekday(c.ref(), Lexicon.WEEKDAYS.get(wd), dir);
    } else {
      d = dayWordDate(wd, c.ref());
    }
    return List.of(
        new Hit(
            m.start(),
            m.end(),
            TimexType.TIME,
            Dates.day(d) + clock,
            RES,
            null,
            null,
            d,
            0,
            floating));
  }

  // ---- sets and generic references

  private static List<Hit> set(Matcher m, Context c) {
    String unit = lower(m, "unit");
    String count = m.group("num") == null ? "1" : Lexicon.count(m.group("num"));
    if (m.group("other") != null) {
      count = "X".equals(count) ? "X" : times(count, 2);
    }
    Integer dow = Lexicon.WEEKDAYS.get(unit);
    if (dow != null) {
      return one(m, TimexType.SET, "XXXX-WXX-" + dow, ABS, null, null);
    }
    String pod = Lexicon.PARTS_OF_DAY.get(unit);
    if (pod != null) {
      return one(m, TimexType.SET, "XXXX-XX-XXT" + pod, ABS, null, null);
    }
    String season = Lexicon.SEASONS.get(unit);
    if (season != null) {
      return one(m, TimexType.SET, "XXXX-" + season, ABS, null, null);
    }
    Integer month = Lexicon.MONTHS.get(unit);
    if (month != null) {
      return one(m, TimexType.SET, "XXXX-" + Dates.two(month), ABS, null, null);
    }
    return one(m, TimexType.SET, durationValue(count, unit), ABS, null, null);
  }

  private static List<Hit> setAdverb(Matcher m, Context c) {
    if (!startsLower(m)) {
      return List.of(); // "Daily Mail"
    }
    String v;
    switch (lower(m, "adv")) {
      case "daily":
        v = "P1D";
        break;
      case "weekly":
        v = "P1W";
        break;
      case "monthly":
        v = "P1M";
        break;
      case "hourly":
        v = "PT1H";
        break;
      case "nightly":
        v = "XXXX-XX-XXTNI";
        break;
      case "quarterly":
        v = "P3M";
        break;
      case "semiannually":
        v = "P6M";
        break;
      case "biennially":
        v = "P2Y";
        break;
      default:
        v = "P1Y";
    }
    return one(m, TimexType.SET, v, ABS, null, null);
  }

  private static List<Hit> setFrequency(Matcher m, Context c) {
    String unit = lower(m, "unit");
    return one(
        m,
        TimexType.SET,
        durationValue("1", "annum".equals(unit) ? "year" : unit),
        ABS,
        null,
        null);
  }

  private static List<Hit> generic(Matcher m, Context c) {
    String g = lower(m, "g");
    String next = c.nextWord(m.end()).toLowerCase(Locale.ROOT);
    char after = c.charAt(m.end());
    if (after == '-') {
      return List.of(); // "now-defunct"
    }
    switch (g) {
      case "now":
      case "currently":
      case "nowadays":
      case "presently":
      case "these days":
        return one(m, TimexType.DATE, "PRESENT_REF", ABS, null, null);
      case "recently":
      case "lately":
        return one(m, TimexType.DATE, "PAST_REF", ABS, null, null);
      case "the moment":
        if (!"at".equalsIgnoreCase(c.previousWord(m.start()))) {
          return List.of();
        }
        return one(m, TimexType.DATE, "PRESENT_REF", ABS, null, null);
      default:
        break;
    }
    // "the past", "the future", "the present" as nouns, not "the future government"
    if (after != ',' && after != '.' && !FUNCTION_WORDS.contains(next)) {
      return List.of();
    }
    String v =
        g.endsWith("past") ? "PAST_REF" : g.endsWith("future") ? "FUTURE_REF" : "PRESENT_REF";
    return one(m, TimexType.DATE, v, ABS, null, null);
  }
}
