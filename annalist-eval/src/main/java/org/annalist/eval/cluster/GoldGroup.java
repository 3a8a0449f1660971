package org.annalist.eval.cluster;

import java.util.List;
import java.util.Objects;

/**
 * One line of a cluster gold file.
 *
 * @param kind must-link (same happening, copies) or cannot-link (distinct)
 * @param names the articles, as {@code path} or {@code path#record} relative to the corpus root (at
 *     least two; exactly two for {@link GoldKind#DISTINCT})
 * @param note what the line is about ({@code event} or {@code note} of the line), or empty
 * @param where file and line number the group was read from, for messages
 */
public record GoldGroup(GoldKind kind, List<String> names, String note, String where) {
  public GoldGroup {
    Objects.requireNonNull(kind, "kind");
    names = List.copyOf(names);
    note = note == null ? "" : note;
    Objects.requireNonNull(where, "where");
    if (names.size() < 2 || (kind == GoldKind.DISTINCT && names.size() != 2)) {
      throw new IllegalArgumentException(
          where
              + ": a "
              + kind.label()
              + " line needs "
              + (kind == GoldKind.DISTINCT ? "exactly two" : "at least two")
              + " files, got "
              + names.size());
    }
  }
}
