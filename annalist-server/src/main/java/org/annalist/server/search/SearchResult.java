package org.annalist.server.search;

import java.util.List;

/**
 * A page of search hits.
 *
 * @param total how many units match in all
 * @param hits the requested page, best first
 */
public record SearchResult(long total, List<SearchHit> hits) {
  public SearchResult {
    hits = List.copyOf(hits);
  }
}
