package org.annalist.model;

/** Where an {@link Event}'s place came from. */
public enum PlacePrecision {
  /** A location named in the event's own clause ("airstrikes in Kandahar"). */
  CLAUSE,
  /** The article's dateline ("KABUL, Jan 4 —"), used when the clause names no place. */
  DATELINE,
  /** No place known; {@link Event#place()} is null. */
  NONE
}
