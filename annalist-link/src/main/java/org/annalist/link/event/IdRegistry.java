package org.annalist.link.event;

import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Linked-event identity kept between linkings (stored by the store, read back before the next
 * linking).
 *
 * @param assigned mention id (an {@link org.annalist.model.Event#id()}) to the linked event id it
 *     was last linked into
 * @param ids every linked-event id ever issued, oldest first (retired ones included: an id is never
 *     reused)
 * @param retired retired id to the id that took over its mentions, or to null when it was dropped
 */
public record IdRegistry(
    Map<String, String> assigned, List<String> ids, Map<String, String> retired) {
  /** The registry of a store that was never linked. */
  public static final IdRegistry EMPTY = new IdRegistry(Map.of(), List.of(), Map.of());

  public IdRegistry {
    assigned = Map.copyOf(assigned);
    ids = List.copyOf(ids);
    Objects.requireNonNull(retired, "retired");
    retired = Collections.unmodifiableMap(new HashMap<>(retired));
  }
}
