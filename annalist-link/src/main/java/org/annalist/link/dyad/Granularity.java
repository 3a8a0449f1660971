package org.annalist.link.dyad;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import org.annalist.model.DatePrecision;

/** The period a dyad series counts by. */
public enum Granularity {
  /** Calendar days ({@code 2021-01-04}). */
  DAY,
  /** ISO weeks, Monday to Sunday ({@code 2021-W01}). */
  WEEK,
  /** Calendar months ({@code 2021-01}). */
  MONTH;

  /** The first day of the period holding {@code day}. */
  public LocalDate start(LocalDate day) {
    return switch (this) {
      case DAY -> day;
      case WEEK -> day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
      case MONTH -> day.withDayOfMonth(1);
    };
  }

  /**
   * The period's label: {@code 2021-01-04}, {@code 2021-W01} (ISO week-based year), {@code
   * 2021-01}.
   */
  public String label(LocalDate day) {
    return switch (this) {
      case DAY -> day.toString();
      case WEEK ->
          String.format(
              "%d-W%02d",
              day.get(IsoFields.WEEK_BASED_YEAR), day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
      case MONTH -> day.toString().substring(0, 7);
    };
  }

  /**
   * Whether a date of {@code precision} can be placed in one period: day and publication-day dates
   * always, week dates in weeks and months (by their Monday), month dates in months.
   */
  public boolean holds(DatePrecision precision) {
    return switch (precision) {
      case DAY, PUBLICATION -> true;
      case WEEK -> this != DAY;
      case MONTH -> this == MONTH;
      case YEAR, UNKNOWN -> false;
    };
  }
}
