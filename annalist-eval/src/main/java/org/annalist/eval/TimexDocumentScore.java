package org.annalist.eval;

import java.util.List;
import java.util.Objects;

/**
 * The scores of one TimeML document.
 *
 * @param id the document id
 * @param counts its counts
 * @param mismatches its disagreements, in text order
 */
public record TimexDocumentScore(String id, TimexCounts counts, List<TimexMismatch> mismatches) {
  public TimexDocumentScore {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(counts, "counts");
    mismatches = List.copyOf(mismatches);
  }
}
