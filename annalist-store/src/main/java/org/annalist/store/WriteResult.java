package org.annalist.store;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What one {@link Store#write} did.
 *
 * @param statuses article id to what happened to it, in the order ids first appear in the batch (an
 *     id given twice in a batch appears once)
 */
public record WriteResult(Map<String, WriteStatus> statuses) {
  /** The result of writing an empty batch. */
  public static final WriteResult EMPTY = new WriteResult(Map.of());

  public WriteResult {
    statuses = Collections.unmodifiableMap(new LinkedHashMap<>(statuses));
  }

  /** Number of articles inserted. */
  public int added() {
    return count(WriteStatus.ADDED);
  }

  /** Number of stored articles that gained origins. */
  public int originAdded() {
    return count(WriteStatus.ORIGIN_ADDED);
  }

  /** Number of articles already stored with all their origins. */
  public int unchanged() {
    return count(WriteStatus.UNCHANGED);
  }

  /** What happened to this id, or null when it was not in the batch. */
  public WriteStatus status(String id) {
    return statuses.get(id);
  }

  private int count(WriteStatus status) {
    return (int) statuses.values().stream().filter(s -> s == status).count();
  }
}
