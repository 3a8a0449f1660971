package org.annalist.ingest.meta;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.annalist.model.Span;

/**
 * Finds and parses calendar dates written in news pages: ISO dates and date-times, RFC 1123, and
 * English forms such as "January 5th, 2021", "5 Jan 2021", "03 May, 2024", "Tuesday, January 5,
 * 2021". Only complete dates (day, month and year) are returned; nothing is inferred.
 *
 * <p>Stateless and thread-safe.
 */
public final class Dates {
  private static final Map<String, Integer> MONTHS =
      Map.ofEntries(
          Map.entry("jan", 1),
          Map.entry("feb", 2),
          Map.entry("mar", 3),
          Map.entry("apr", 4),
          Map.entry("may", 5),
          Map.entry("jun", 6),
          Map.entry("jul", 7),
          Map.entry("aug", 8),
          Map.entry("sep", 9),
          Map.entry("oct", 10),
          Map.entry("nov", 11),
          Map.entry("dec", 12));

  private static final String MONTH =
      "(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
          + "|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?";
  private static final String DAY = "(\\d{1,2})(?:st|nd|rd|th)?";
  private static final String YEAR = "((?:19|20)\\d{2})";

  private static final Pattern ISO =
      Pattern.compile("(?<![\\d-])((?:19|20)\\d{2})-(\\d{2})-(\\d{2})(?![\\d])");
  private static final Pattern SLASHED =
      Pattern.compile("(?<![\\d/])((?:19|20)\\d{2})/(\\d{1,2})/(\\d{1,2})(?![\\d/])");
  private static final Pattern MONTH_DAY_YEAR =
      Pattern.compile(
          "\\b" + MONTH + "\\s+" + DAY + ",?\\s+" + YEAR + "\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern DAY_MONTH_YEAR =
      Pattern.compile(
          "\\b" + DAY + "\\s+(?:of\\s+)?" + MONTH + ",?\\s+" + YEAR + "\\b",
          Pattern.CASE_INSENSITIVE);

  private Dates() {}

  /** A date found in a text, with where it was written. */
  public record Found(LocalDate date, Span span) {}

  /**
   * Parses a whole string that states a date or date-time (metadata values such as {@code
   * 2021-01-05T08:30:00+05:00}, {@code Tue, 05 Jan 2021 10:00:00 GMT}, {@code January 5, 2021}).
   * The calendar date is the one written (time zone offsets are not applied).
   *
   * @return the date, or empty when the string states no complete date
   */
  public static Optional<LocalDate> parse(String value) {
    if (value == null || value.isBlank()) {
      return Optional.empty();
    }
    String v = value.strip();
    try {
      return Optional.of(OffsetDateTime.parse(v).toLocalDate());
    } catch (DateTimeParseException e) {
      // not an ISO offset date-time; try the other forms
    }
    try {
      return Optional.of(
          ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toLocalDate());
    } catch (DateTimeParseException e) {
      // not RFC 1123
    }
    return find(v).map(Found::date);
  }

  /** The first complete date written in {@code text}, if any. */
  public static Optional<Found> find(String text) {
    Found best = null;
    for (Pattern p : new Pattern[] {ISO, SLASHED, MONTH_DAY_YEAR, DAY_MONTH_YEAR}) {
      Matcher m = p.matcher(text);
      while (m.find()) {
        Optional<LocalDate> date = toDate(p, m);
        if (date.isPresent()) {
          if (best == null || m.start() < best.span().start()) {
            best = new Found(date.get(), new Span(m.start(), m.end()));
          }
          break;
        }
      }
    }
    return Optional.ofNullable(best);
  }

  private static Optional<LocalDate> toDate(Pattern p, Matcher m) {
    try {
      if (p == ISO || p == SLASHED) {
        return Optional.of(
            LocalDate.of(
                Integer.parseInt(m.group(1)),
                Integer.parseInt(m.group(2)),
                Integer.parseInt(m.group(3))));
      }
      if (p == MONTH_DAY_YEAR) {
        return Optional.of(
            LocalDate.of(
                Integer.parseInt(m.group(3)), month(m.group(1)), Integer.parseInt(m.group(2))));
      }
      return Optional.of(
          LocalDate.of(
              Integer.parseInt(m.group(3)), month(m.group(2)), Integer.parseInt(m.group(1))));
    } catch (DateTimeException e) {
      return Optional.empty(); // e.g. February 30: written, but not a date
    }
  }

  private static int month(String name) {
    return MONTHS.get(name.substring(0, 3).toLowerCase(Locale.ROOT));
  }
}
