package org.annalist.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;

/** Calendar arithmetic and TIMEX3 formatting. Stateless. */
final class Dates {
  private Dates() {}

  static String day(LocalDate d) {
    return year(d.getYear()) + "-" + two(d.getMonthValue()) + "-" + two(d.getDayOfMonth());
  }

  static String month(int year, int month) {
    return year(year) + "-" + two(month);
  }

  static String year(int year) {
    String s = Integer.toString(year);
    return "0000".substring(Math.min(4, s.length())) + s;
  }

  static String week(LocalDate d) {
    return year(d.get(IsoFields.WEEK_BASED_YEAR))
        + "-W"
        + two(d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
  }

  static String two(int n) {
    return n < 10 ? "0" + n : Integer.toString(n);
  }

  static int quarter(int month) {
    return (month - 1) / 3 + 1;
  }

  /**
   * The date with weekday {@code dow} (1 = Monday) near {@code ref}: on or before it for the past,
   * on or after it for the future, strictly so when {@code strict}.
   */
  static LocalDate weekday(LocalDate ref, int dow, Direction dir, boolean strict) {
    DayOfWeek target = DayOfWeek.of(dow);
    if (dir == Direction.FUTURE) {
      return strict
          ? ref.with(TemporalAdjusters.next(target))
          : ref.with(TemporalAdjusters.nextOrSame(target));
    }
    return strict
        ? ref.with(TemporalAdjusters.previous(target))
        : ref.with(TemporalAdjusters.previousOrSame(target));
  }

  /**
   * The date with weekday {@code dow} for direction {@code dir}: on or before {@code ref} for the
   * past, on or after it for the future, the nearer of the two when unknown (the past on a tie).
   */
  static LocalDate weekday(LocalDate ref, int dow, Direction dir) {
    if (dir != Direction.UNKNOWN) {
      return weekday(ref, dow, dir, false);
    }
    LocalDate back = weekday(ref, dow, Direction.PAST, false);
    LocalDate ahead = weekday(ref, dow, Direction.FUTURE, false);
    return ref.toEpochDay() - back.toEpochDay() <= ahead.toEpochDay() - ref.toEpochDay()
        ? back
        : ahead;
  }

  /** The year of month {@code month} seen from {@code ref} in direction {@code dir}. */
  static int yearOfMonth(LocalDate ref, int month, Direction dir, boolean strict) {
    int y = ref.getYear();
    int m = ref.getMonthValue();
    switch (dir) {
      case PAST:
        return month < m || (month == m && !strict) ? y : y - 1;
      case FUTURE:
        return month > m || (month == m && !strict) ? y : y + 1;
      default:
        // nearest: within six months either way, the past winning a tie
        int back = (m - month + 12) % 12;
        int ahead = (month - m + 12) % 12;
        if (back == 0) {
          return y;
        }
        return back <= ahead ? (month <= m ? y : y - 1) : (month >= m ? y : y + 1);
    }
  }

  /**
   * The year of day {@code day} of {@code month} seen from {@code ref} in direction {@code dir}.
   */
  static int yearOfDay(LocalDate ref, int month, int day, Direction dir) {
    int y = ref.getYear();
    int here = ref.getMonthValue() * 40 + ref.getDayOfMonth();
    int there = month * 40 + day;
    switch (dir) {
      case PAST:
        return there <= here ? y : y - 1;
      case FUTURE:
        return there >= here ? y : y + 1;
      default:
        int back = ref.getDayOfYear() - safeDayOfYear(y, month, day);
        if (back < 0) {
          back += 365;
        }
        return back <= 183 ? (there <= here ? y : y - 1) : (there >= here ? y : y + 1);
    }
  }

  private static int safeDayOfYear(int year, int month, int day) {
    LocalDate first = LocalDate.of(year, month, 1);
    return first.withDayOfMonth(Math.min(day, first.lengthOfMonth())).getDayOfYear();
  }

  /** Whether {@code day} is a day of {@code month} in some year (29 February allowed). */
  static boolean validDay(int month, int day) {
    return day >= 1 && day <= LocalDate.of(2000, month, 1).lengthOfMonth();
  }

  /** Season index 0..3 (SP, SU, FA, WI) of a month; December to February are winter. */
  static int season(int month) {
    return month == 12 || month <= 2 ? 3 : (month - 3) / 3;
  }

  static final String[] SEASON_CODES = {"SP", "SU", "FA", "WI"};
}
