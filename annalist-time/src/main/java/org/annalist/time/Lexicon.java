package org.annalist.time;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Word lists and regular-expression fragments shared by the rules. Immutable. */
final class Lexicon {
  private Lexicon() {}

  static final String MONTH_FULL =
      "january|february|march|april|may|june|july|august|september|october|november|december";
  static final String MONTH_ABBR = "jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec";
  static final String WEEKDAY = "monday|tuesday|wednesday|thursday|friday|saturday|sunday";
  static final String SEASON = "spring|summer|autumn|fall|winter";
  static final String PART_OF_DAY = "morning|afternoon|evening|night|overnight";
  static final String NUMBER_WORD =
      "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen"
          + "|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty"
          + "|ninety|hundred";
  static final String TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety";
  static final String UNITS_DIGITS = "one|two|three|four|five|six|seven|eight|nine";

  /** A count: digits, number words, or a vague quantity ("several", "a few"). */
  static final String NUMBER =
      "(?:\\d+(?:\\.\\d+)?|(?:"
          + TENS
          + ")[\\s-](?:"
          + UNITS_DIGITS
          + ")|"
          + NUMBER_WORD
          + "|a\\s+few|a\\s+couple(?:\\s+of)?|couple\\s+of|a\\s+dozen|a\\s+half|half\\s+an?"
          + "|several|few|many|some|dozens\\s+of|hundreds\\s+of|an?)";

  static final String UNIT =
      "seconds?|minutes?|hours?|days?|weeks?|fortnights?|months?|years?|decades?|centuries"
          + "|century|quarters?|weekends?";

  static final String TIME_ZONE =
      "GMT|UTC|EST|EDT|ET|PST|PDT|PT|CST|CDT|CT|MST|MDT|BST|CET|CEST|IST|PKT|AFT|local\\s+time";

  static final Map<String, Integer> MONTHS =
      Map.ofEntries(
          Map.entry("january", 1),
          Map.entry("jan", 1),
          Map.entry("february", 2),
          Map.entry("feb", 2),
          Map.entry("march", 3),
          Map.entry("mar", 3),
          Map.entry("april", 4),
          Map.entry("apr", 4),
          Map.entry("may", 5),
          Map.entry("june", 6),
          Map.entry("jun", 6),
          Map.entry("july", 7),
          Map.entry("jul", 7),
          Map.entry("august", 8),
          Map.entry("aug", 8),
          Map.entry("september", 9),
          Map.entry("sept", 9),
          Map.entry("sep", 9),
          Map.entry("october", 10),
          Map.entry("oct", 10),
          Map.entry("november", 11),
          Map.entry("nov", 11),
          Map.entry("december", 12),
          Map.entry("dec", 12));

  static final Map<String, Integer> WEEKDAYS =
      Map.of(
          "monday",
          1,
          "tuesday",
          2,
          "wednesday",
          3,
          "thursday",
          4,
          "friday",
          5,
          "saturday",
          6,
          "sunday",
          7);

  static final Map<String, String> SEASONS =
      Map.of("spring", "SP", "summer", "SU", "autumn", "FA", "fall", "FA", "winter", "WI");

  static final Map<String, String> PARTS_OF_DAY =
      Map.of("morning", "MO", "afternoon", "AF", "evening", "EV", "night", "NI", "overnight", "NI");

  private static final Map<String, Integer> SMALL_NUMBERS =
      Map.ofEntries(
          Map.entry("one", 1),
          Map.entry("two", 2),
          Map.entry("three", 3),
          Map.entry("four", 4),
          Map.entry("five", 5),
          Map.entry("six", 6),
          Map.entry("seven", 7),
          Map.entry("eight", 8),
          Map.entry("nine", 9),
          Map.entry("ten", 10),
          Map.entry("eleven", 11),
          Map.entry("twelve", 12),
          Map.entry("thirteen", 13),
          Map.entry("fourteen", 14),
          Map.entry("fifteen", 15),
          Map.entry("sixteen", 16),
          Map.entry("seventeen", 17),
          Map.entry("eighteen", 18),
          Map.entry("nineteen", 19),
          Map.entry("twenty", 20),
          Map.entry("thirty", 30),
          Map.entry("forty", 40),
          Map.entry("fifty", 50),
          Map.entry("sixty", 60),
          Map.entry("seventy", 70),
          Map.entry("eighty", 80),
          Map.entry("ninety", 90),
          Map.entry("hundred", 100));

  static final Map<String, Integer> ORDINALS =
      Map.ofEntries(
          Map.entry("first", 1),
          Map.entry("second", 2),
          Map.entry("third", 3),
          Map.entry("fourth", 4),
          Map.entry("fifth", 5),
          Map.entry("sixth", 6),
          Map.entry("seventh", 7),
          Map.entry("eighth", 8),
          Map.entry("ninth", 9),
          Map.entry("tenth", 10),
          Map.entry("eleventh", 11),
          Map.entry("twelfth", 12),
          Map.entry("thirteenth", 13),
          Map.entry("fourteenth", 14),
          Map.entry("fifteenth", 15),
          Map.entry("sixteenth", 16),
          Map.entry("seventeenth", 17),
          Map.entry("eighteenth", 18),
          Map.entry("nineteenth", 19),
          Map.entry("twentieth", 20),
          Map.entry("twenty-first", 21),
          Map.entry("twenty first", 21));

  /** The value of a count as TIMEX3 writes it: "3", "1.5", or "X" for a vague one ("several"). */
  static String count(String number) {
    String n = number.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").trim();
    if (!n.isEmpty() && Character.isDigit(n.charAt(0))) {
      return n.endsWith(".0") ? n.substring(0, n.length() - 2) : n;
    }
    switch (n) {
      case "a":
      case "an":
        return "1";
      case "a couple":
      case "a couple of":
      case "couple of":
        return "2";
      case "a dozen":
        return "12";
      case "a half":
      case "half a":
      case "half an":
        return "0.5";
      default:
        break;
    }
    Integer small = SMALL_NUMBERS.get(n);
    if (small != null) {
      return Integer.toString(small);
    }
    String[] parts = n.split("[\\s-]");
    if (parts.length == 2
        && SMALL_NUMBERS.containsKey(parts[0])
        && SMALL_NUMBERS.containsKey(parts[1])) {
      return Integer.toString(SMALL_NUMBERS.get(parts[0]) + SMALL_NUMBERS.get(parts[1]));
    }
    return "X";
  }

  /** Words at which an expression may start (lower case, letters only). */
  static final Set<String> TRIGGERS =
      Set.of(
          // months, weekdays, seasons, days
          "january",
          "february",
          "march",
          "april",
          "may",
          "june",
          "july",
          "august",
          "september",
          "october",
          "november",
          "december",
          "jan",
          "feb",
          "mar",
          "apr",
          "jun",
          "jul",
          "aug",
          "sept",
          "sep",
          "oct",
          "nov",
          "dec",
          "monday",
          "tuesday",
          "wednesday",
          "thursday",
          "friday",
          "saturday",
          "sunday",
          "mondays",
          "tuesdays",
          "wednesdays",
          "thursdays",
          "fridays",
          "saturdays",
          "sundays",
          "spring",
          "summer",
          "autumn",
          "fall",
          "winter",
          "today",
          "yesterday",
          "tomorrow",
          "tonight",
          "noon",
          "midnight",
          "midday",
          // determiners and modifiers
          "the",
          "this",
          "last",
          "next",
          "past",
          "coming",
          "previous",
          "current",
          "early",
          "late",
          "mid",
          "middle",
          "end",
          "beginning",
          "start",
          "earlier",
          "later",
          "fiscal",
          "year",
          "following",
          "final",
          "another",
          "further",
          "recent",
          "these",
          "every",
          "each",
          "per",
          "once",
          "twice",
          "thrice",
          "first",
          "second",
          "third",
          "fourth",
          // counts
          "a",
          "an",
          "one",
          "two",
          "three",
          "four",
          "five",
          "six",
          "seven",
          "eight",
          "nine",
          "ten",
          "eleven",
          "twelve",
          "thirteen",
          "fourteen",
          "fifteen",
          "sixteen",
          "seventeen",
          "eighteen",
          "nineteen",
          "twenty",
          "thirty",
          "forty",
          "fifty",
          "sixty",
          "seventy",
          "eighty",
          "ninety",
          "hundred",
          "few",
          "several",
          "couple",
          "many",
          "some",
          "dozens",
          "hundreds",
          "half",
          // approximations
          "about",
          "around",
          "approximately",
          "roughly",
          "nearly",
          "almost",
          "more",
          "less",
          "over",
          "under",
          "at",
          "up",
          "just",
          "only",
          "mere",
          // generic references and sets
          "now",
          "currently",
          "nowadays",
          "presently",
          "recently",
          "lately",
          "daily",
          "weekly",
          "monthly",
          "annually",
          "yearly",
          "hourly",
          "nightly",
          "quarterly",
          "biannually",
          "biennially",
          // bare units
          "seconds",
          "minutes",
          "hours",
          "days",
          "weeks",
          "months",
          "years",
          "decades",
          "centuries");
}
