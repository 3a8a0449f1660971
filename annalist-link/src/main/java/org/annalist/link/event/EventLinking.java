package org.annalist.link.event;

import java.util.List;
import java.util.Objects;

/**
 * What {@link EventLinker#link} produced.
 *
 * @param events the linked events, ordered by day (undated last), then id
 * @param registry the id registry to keep for the next linking
 * @param changes identity changes against the registry given (merges, splits, drops)
 * @param problems mentions that could not be used as given (duplicate ids, unreadable dates), one
 *     line each
 */
public record EventLinking(
    List<LinkedEvent> events, IdRegistry registry, List<IdChange> changes, List<String> problems) {
  public EventLinking {
    events = List.copyOf(events);
    Objects.requireNonNull(registry, "registry");
    changes = List.copyOf(changes);
    problems = List.copyOf(problems);
  }
}
