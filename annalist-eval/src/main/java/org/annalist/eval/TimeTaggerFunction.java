package org.annalist.eval;

import java.time.LocalDate;
import java.util.List;
import org.annalist.model.TimeExpression;

/**
 * A time tagger under evaluation: text and reference date (null when unknown) in, expressions with
 * offsets into that text out. {@code org.annalist.time.TimeTagger::tag} is one.
 */
@FunctionalInterface
public interface TimeTaggerFunction {
  /** The expressions found in {@code text}; null is read as none. */
  List<TimeExpression> tag(String text, LocalDate referenceDate);
}
