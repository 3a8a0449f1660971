package org.annalist.link.dyad;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.annalist.link.event.ActorKeys;
import org.annalist.link.event.LinkedEvent;

/**
 * An actor's linked events in date order. The actor is a code or a name, as in {@link DyadSeries}.
 * Immutable and thread-safe.
 */
public final class ActorTimeline {
  private final ActorKeys keys;

  /** A timeline reading actor codes with {@code keys}. */
  public ActorTimeline(ActorKeys keys) {
    this.keys = Objects.requireNonNull(keys, "keys");
  }

  /**
   * The dated linked events in which {@code actor} is source or target, with {@link
   * LinkedEvent#day()} in {@code [from, to]} (either bound null: open), by day then id.
   */
  public List<LinkedEvent> of(
      List<LinkedEvent> events, String actor, LocalDate from, LocalDate to) {
    DyadSeries.ActorMatcher m = new DyadSeries.ActorMatcher(keys, actor);
    return events.stream()
        .filter(e -> e.day() != null)
        .filter(e -> from == null || !e.day().isBefore(from))
        .filter(e -> to == null || !e.day().isAfter(to))
        .filter(e -> m.matches(e.source(), e.sourceName()) || m.matches(e.target(), e.targetName()))
        .sorted(Comparator.comparing(LinkedEvent::day).thenComparing(LinkedEvent::id))
        .toList();
  }
}
