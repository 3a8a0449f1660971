package org.annalist.model;

/** How precisely an {@link Event}'s date is known, and where it came from. */
public enum DatePrecision {
  /** A day: {@code 2021-01-04}, from a time expression in the event's clause. */
  DAY,
  /** A week: {@code 2021-W02}. */
  WEEK,
  /** A month: {@code 2021-01}. */
  MONTH,
  /** A year: {@code 2021}. */
  YEAR,
  /** The clause gives no time; the article's publication day is used. */
  PUBLICATION,
  /** Neither the clause nor the article gives a date; {@link Event#date()} is null. */
  UNKNOWN
}
