package org.annalist.eval;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A TimeML document reduced to what the TIMEX3 scorer needs. Immutable.
 *
 * @param id the file name without {@code .tml}
 * @param creationTime the document creation time (the {@code CREATION_TIME} TIMEX3), or null
 * @param text the content of the TEXT element with all tags removed and entities decoded
 * @param timexes the TIMEX3 elements inside TEXT, offsets into {@code text}, in text order
 */
public record TimeMlDocument(
    String id, LocalDate creationTime, String text, List<GoldTimex> timexes) {
  public TimeMlDocument {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text");
    timexes = List.copyOf(timexes);
  }
}
