package org.annalist.time;

/** Which way from the reference date an underspecified expression ("Monday", "August") points. */
enum Direction {
  PAST,
  FUTURE,
  UNKNOWN
}
