package org.annalist.ingest.meta;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Article metadata as found, each field null when the source does not state it.
 *
 * @param how field name to how it was found (e.g. {@code outlet -> text:published-in-line})
 */
public record Metadata(
    String title,
    LocalDate published,
    String outlet,
    String dateline,
    String byline,
    Map<String, String> how) {
  /** Nothing found. */
  public static final Metadata EMPTY = new Metadata(null, null, null, null, null, Map.of());

  public Metadata {
    how = Map.copyOf(how);
  }

  /**
   * This metadata with gaps filled from {@code other}: each field keeps its value when it has one,
   * else takes the other's, with the other's provenance.
   */
  public Metadata orElse(Metadata other) {
    Map<String, String> h = new LinkedHashMap<>();
    return new Metadata(
        pick("title", title, other.title, other, h),
        pick("published", published, other.published, other, h),
        pick("outlet", outlet, other.outlet, other, h),
        pick("dateline", dateline, other.dateline, other, h),
        pick("byline", byline, other.byline, other, h),
        h);
  }

  private <T> T pick(String field, T mine, T theirs, Metadata other, Map<String, String> how) {
    Metadata from = mine != null ? this : theirs != null ? other : null;
    if (from != null && from.how.containsKey(field)) {
      how.put(field, from.how.get(field));
    }
    return mine != null ? mine : theirs;
  }
}
