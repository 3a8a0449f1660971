package org.annalist.extract.actor;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One actor record: a primary phrase, its synonyms, an optional default code and dated codes.
 *
 * <p>The code on a date is the first dated code that covers it, in file order (so a narrower
 * restriction written first overrides a wider one), else the default code. Without a date the
 * default code is used, else the last dated code.
 *
 * @param name the primary phrase as upper-case tokens joined by spaces
 * @param phrases the primary phrase and its synonyms, as token lists
 * @param defaultCode the undated code, or null
 * @param dated the dated codes in file order
 * @param source the file the record comes from
 * @param line the line of the primary phrase
 */
public record ActorEntry(
    String name,
    List<List<String>> phrases,
    String defaultCode,
    List<DatedCode> dated,
    String source,
    int line) {
  public ActorEntry {
    Objects.requireNonNull(name, "name");
    phrases = phrases.stream().map(List::copyOf).toList();
    dated = List.copyOf(dated);
    Objects.requireNonNull(source, "source");
  }

  /** The code that applies on {@code date} (null: no date known), if any. */
  public Optional<String> codeAt(LocalDate date) {
    if (date == null) {
      if (defaultCode != null) {
        return Optional.of(defaultCode);
      }
      return dated.isEmpty() ? Optional.empty() : Optional.of(dated.get(dated.size() - 1).code());
    }
    for (DatedCode d : dated) {
      if (d.covers(date)) {
        return Optional.of(d.code());
      }
    }
    return Optional.ofNullable(defaultCode);
  }
}
