package org.annalist.link.article;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What {@link ArticleLinker} found: each article's copy group and happening cluster, the scored
 * pairs behind them, and problems noticed (undated articles, duplicate ids). Immutable.
 *
 * <p>Group ids are deterministic: the smallest article id in the group. An article alone is its own
 * group, so {@code copyGroup(id).equals(id)} for an article without copies.
 *
 * @param copyGroups article id to copy-group id, for every article linked
 * @param happenings article id to happening id, for every article linked
 * @param copies pairs found to be near-duplicates, sorted by ids
 * @param sameHappening pairs found to report the same happening (copies not repeated; pairs left
 *     out because they would stretch a happening beyond the window are not listed), sorted
 * @param problems what could not be done as asked, one line each
 */
public record ArticleLinks(
    Map<String, String> copyGroups,
    Map<String, String> happenings,
    List<LinkedPair> copies,
    List<LinkedPair> sameHappening,
    List<String> problems) {
  public ArticleLinks {
    copyGroups = Map.copyOf(copyGroups);
    happenings = Map.copyOf(happenings);
    copies = List.copyOf(copies);
    sameHappening = List.copyOf(sameHappening);
    problems = List.copyOf(problems);
  }

  /**
   * The copy group of an article: the smallest id among it and its near-duplicates. An article the
   * linker was not given is its own group (the id itself is returned).
   */
  public String copyGroup(String articleId) {
    Objects.requireNonNull(articleId, "articleId");
    return copyGroups.getOrDefault(articleId, articleId);
  }

  /**
   * The happening cluster of an article: the smallest id among the articles reporting the same
   * happening. An article the linker was not given is its own cluster.
   */
  public String happening(String articleId) {
    Objects.requireNonNull(articleId, "articleId");
    return happenings.getOrDefault(articleId, articleId);
  }

  /** True when the linker was given this article. */
  public boolean contains(String articleId) {
    return copyGroups.containsKey(articleId);
  }

  /**
   * How many independent reports these articles are: the number of distinct copy groups among them
   * (a wire story and its republications count once).
   */
  public int independentReports(Collection<String> articleIds) {
    TreeSet<String> groups = new TreeSet<>();
    for (String id : articleIds) {
      groups.add(copyGroup(id));
    }
    return groups.size();
  }

  /** Copy groups with more than one member: group id to member ids (sorted). */
  public Map<String, List<String>> copyGroupMembers() {
    return members(copyGroups);
  }

  /** Happening clusters with more than one member: cluster id to member ids (sorted). */
  public Map<String, List<String>> happeningMembers() {
    return members(happenings);
  }

  private static Map<String, List<String>> members(Map<String, String> groups) {
    Map<String, List<String>> out = new TreeMap<>();
    new TreeMap<>(groups)
        .forEach((id, g) -> out.computeIfAbsent(g, k -> new ArrayList<>()).add(id));
    out.values().removeIf(l -> l.size() < 2);
    out.replaceAll((k, v) -> List.copyOf(v));
    return out;
  }
}
