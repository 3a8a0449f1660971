package org.annalist.link.event;

import java.util.Objects;

/**
 * A change of linked-event identity between two linkings.
 *
 * @param kind what happened
 * @param from the id that was given up ({@code MERGED}, {@code DROPPED}) or split from ({@code
 *     SPLIT})
 * @param to the id that now holds its mentions ({@code MERGED}: the surviving, older id; {@code
 *     SPLIT}: the new id of the part that broke away); null for {@code DROPPED}
 */
public record IdChange(Kind kind, String from, String to) {
  /** Kinds of change. */
  public enum Kind {
    /** Two linked events became one; the older id survives. */
    MERGED,
    /** Mentions of a linked event now form another linked event, with a new id. */
    SPLIT,
    /** None of the linked event's mentions exists any more. */
    DROPPED
  }

  public IdChange {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(from, "from");
    if ((to == null) != (kind == Kind.DROPPED)) {
      throw new IllegalArgumentException(kind + " change with target " + to);
    }
  }
}
