package org.annalist.model;

/** How a {@link TimeExpression}'s value relates to the reference (publication) date. */
public enum TimexAnchoring {
  /**
   * The value needs no reference date: a complete calendar date ("February 29, 2020"), a duration,
   * a set, or a generic reference such as {@code PRESENT_REF}.
   */
  ABSOLUTE,
  /** A relative expression ("on Monday", "last week") resolved against the reference date. */
  RESOLVED,
  /**
   * A relative expression left unresolved because there was no reference date; its value holds
   * {@code X} placeholders ({@code XXXX-XX-XX}, {@code XXXX-08-31}).
   */
  UNRESOLVED
}
