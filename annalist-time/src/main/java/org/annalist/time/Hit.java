package org.annalist.time;

import java.time.LocalDate;
import org.annalist.model.Span;
import org.annalist.model.TimeExpression;
import org.annalist.model.TimexAnchoring;
import org.annalist.model.TimexType;

/**
 * A recognised expression before it becomes a {@link TimeExpression}, with what the post-passes
 * (ranges, times of day) need to know.
 *
 * @param date the calendar day the expression resolved to, when it denotes one, else null
 * @param weekday 1..7 for an expression that is only a weekday ("Friday"), else 0
 * @param floating true for a time of day whose day defaulted to the reference date
 */
record Hit(
    int start,
    int end,
    TimexType type,
    String value,
    TimexAnchoring anchoring,
    String mod,
    String range,
    LocalDate date,
    int weekday,
    boolean floating) {

  Hit withRange(String rangeEnd) {
    return new Hit(start, end, type, value, anchoring, mod, rangeEnd, date, weekday, floating);
  }

  Hit withValue(TimexType newType, String newValue, LocalDate newDate) {
    return new Hit(start, end, newType, newValue, anchoring, mod, range, newDate, weekday, false);
  }

  TimeExpression toExpression(String text) {
    return new TimeExpression(
        new Span(start, end), text.substring(start, end), type, value, anchoring, mod, range);
  }
}
