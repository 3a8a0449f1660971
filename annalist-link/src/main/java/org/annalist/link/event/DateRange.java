package org.annalist.link.event;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.annalist.model.DatePrecision;

/**
 * The days an event date may denote, both ends inclusive: a day is itself, a week its Monday to
 * Sunday, a month its first to last day, a year its whole year.
 *
 * @param start first day
 * @param end last day, not before {@code start}
 */
public record DateRange(LocalDate start, LocalDate end) {
  private static final Pattern TIMEX =
      Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?|-W(\\d{2}))?(?:T.*)?");

  public DateRange {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    if (end.isBefore(start)) {
      throw new IllegalArgumentException("range ends before it starts: " + start + ".." + end);
    }
  }

  /**
   * The range of an event's date.
   *
   * @param date an ISO date or TIMEX3 value ({@code 2021-01-04}, {@code 2021-W02}, {@code 2021-01},
   *     {@code 2021}), or null
   * @param precision the event's date precision; {@code PUBLICATION} dates cover {@code lookback}
   *     days before the date and the date itself (an undated clause usually reports the day before
   *     or the day of publication: weak evidence)
   * @param lookback days before a publication-day date that it covers (>= 0)
   * @return the range, or null when the date is null, {@code UNKNOWN} or not a value this reads
   *     (seasons, {@code XXXX-01}, ...)
   */
  public static DateRange of(String date, DatePrecision precision, int lookback) {
    if (date == null || precision == DatePrecision.UNKNOWN) {
      return null;
    }
    Matcher m = TIMEX.matcher(date);
    if (!m.matches()) {
      return null;
    }
    try {
      int year = Integer.parseInt(m.group(1));
      if (m.group(4) != null) {
        LocalDate monday =
            LocalDate.of(year, 6, 1)
                .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, Integer.parseInt(m.group(4)))
                .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        return new DateRange(monday, monday.plusDays(6));
      }
      if (m.group(2) == null) {
        return new DateRange(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
      }
      LocalDate first = LocalDate.of(year, Integer.parseInt(m.group(2)), 1);
      if (m.group(3) == null) {
        return new DateRange(first, first.with(TemporalAdjusters.lastDayOfMonth()));
      }
      LocalDate day = first.withDayOfMonth(Integer.parseInt(m.group(3)));
      return precision == DatePrecision.PUBLICATION
          ? new DateRange(day.minusDays(lookback), day)
          : new DateRange(day, day);
    } catch (DateTimeException | IllegalArgumentException e) {
      return null;
    }
  }

  /** Days between the two ranges: 0 when they overlap or touch. */
  public long gapDays(DateRange other) {
    if (other.start.isAfter(end)) {
      return other.start.toEpochDay() - end.toEpochDay();
    }
    if (start.isAfter(other.end)) {
      return start.toEpochDay() - other.end.toEpochDay();
    }
    return 0;
  }
}
