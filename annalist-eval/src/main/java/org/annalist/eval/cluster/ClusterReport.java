package org.annalist.eval.cluster;

import java.util.List;
import org.annalist.link.article.ArticleLinks;

/**
 * The result of scoring a linking run against a gold.
 *
 * @param articles articles scored
 * @param happening same-happening grouping scores (gold: same-happening and copies lines)
 * @param copies copy-group scores (gold: copies lines)
 * @param unmatched gold names that no article's origin matches
 * @param links what the linker found
 */
public record ClusterReport(
    int articles,
    ClusterScore happening,
    ClusterScore copies,
    List<String> unmatched,
    ArticleLinks links) {
  public ClusterReport {
    unmatched = List.copyOf(unmatched);
  }
}
