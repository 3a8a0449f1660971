package org.annalist.extract.actor;

import java.time.LocalDate;
import java.util.Objects;

/**
 * An actor code valid between two dates, both inclusive ("or equal", as in TABARI); a null bound is
 * open. {@code [USAGOV >20090120]} is {@code (USAGOV, 2009-01-20, null)}.
 *
 * @param code the CAMEO actor code
 * @param from first day the code applies, or null
 * @param to last day the code applies, or null
 */
public record DatedCode(String code, LocalDate from, LocalDate to) {
  public DatedCode {
    Objects.requireNonNull(code, "code");
    if (from != null && to != null && to.isBefore(from)) {
      throw new IllegalArgumentException("end " + to + " before start " + from + " for " + code);
    }
  }

  /** Whether the code applies on this date. */
  public boolean covers(LocalDate date) {
    return (from == null || !date.isBefore(from)) && (to == null || !date.isAfter(to));
  }
}
