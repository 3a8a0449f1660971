package org.annalist.extract.event;

import java.util.List;
import java.util.Objects;

/**
 * The PLOVER reading of one CAMEO code.
 *
 * @param cameo the CAMEO code this row is for
 * @param eventType one of {@link Plover#EVENT_TYPES}
 * @param mode the PLOVER mode ("visit", "disapprove", "firearms"), or null where the table gives
 *     none
 * @param context PLOVER context values ("military", "economic"), possibly empty
 * @param origin whether the row is the pinned table's, renamed, or an Annalist addition
 */
public record PloverMapping(
    String cameo, String eventType, String mode, List<String> context, Origin origin) {

  /** Where a row comes from (see {@code plover.tsv}). */
  public enum Origin {
    /** As in the pinned CAMEO→PLOVER table. */
    TABLE,
    /** The table's row, normalised to the 16-type ontology (DEMAND → REQUEST) or for a slip. */
    NORMALISED,
    /** Added by Annalist for a CAMEO code the table leaves out. */
    ADDED
  }

  public PloverMapping {
    Objects.requireNonNull(cameo, "cameo");
    Objects.requireNonNull(eventType, "eventType");
    if (!Plover.EVENT_TYPES.contains(eventType)) {
      throw new IllegalArgumentException("not a PLOVER event type: '" + eventType + "'");
    }
    context = List.copyOf(context);
    Objects.requireNonNull(origin, "origin");
  }
}
