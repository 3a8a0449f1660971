package org.annalist.eval.cluster;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import org.annalist.link.article.ArticleDigest;
import org.annalist.link.article.ArticleLinker;
import org.annalist.link.article.ArticleLinks;
import org.annalist.model.Article;
import org.annalist.model.Extraction;
import org.annalist.model.Origin;

/**
 * Scores {@link ArticleLinker}'s copy groups and happening clusters against a {@link ClusterGold}.
 * Stateless.
 *
 * <p>Articles are matched to gold names by their origins: the name {@code dir/file.html} matches an
 * origin whose path is that file or ends in {@code /dir/file.html}; {@code file.jsonl#rec} also
 * needs the origin's record to be {@code rec}. Every article given is scored: one the gold does not
 * name is alone in the gold.
 */
public final class ClusterEval {
  private ClusterEval() {}

  /**
   * Links {@code articles} (with their extractions, where there are) and scores the result.
   *
   * @param extractions article id to extraction; an article without one is linked on its text
   */
  public static ClusterReport run(
      ClusterGold gold,
      List<Article> articles,
      Map<String, Extraction> extractions,
      ArticleLinker linker) {
    List<ArticleDigest> digests = new ArrayList<>();
    for (Article a : articles) {
      digests.add(ArticleDigest.of(a, extractions.get(a.id())));
    }
    return score(gold, articles, linker.link(digests));
  }

  /** Scores what the linker found for {@code articles} against {@code gold}. */
  public static ClusterReport score(ClusterGold gold, List<Article> articles, ArticleLinks links) {
    List<String> names = gold.names();
    Map<String, String> nameToArticle = new LinkedHashMap<>();
    List<String[]> items = new ArrayList<>(); // {item name, article id}
    for (Article a : articles) {
      boolean named = false;
      for (String name : names) {
        if (a.origins().stream().anyMatch(o -> matches(o, name))) {
          nameToArticle.putIfAbsent(name, a.id());
          items.add(new String[] {name, a.id()});
          named = true;
        }
      }
      if (!named) {
        items.add(new String[] {"article " + a.id(), a.id()});
      }
    }
    List<String> unmatched = names.stream().filter(n -> !nameToArticle.containsKey(n)).toList();
    ClusterScore happening =
        score(
            gold,
            Set.of(GoldKind.SAME_HAPPENING, GoldKind.COPIES),
            items,
            nameToArticle,
            links::happening);
    ClusterScore copies =
        score(gold, Set.of(GoldKind.COPIES), items, nameToArticle, links::copyGroup);
    return new ClusterReport(articles.size(), happening, copies, unmatched, links);
  }

  /** True when {@code origin} is the article the gold name means. */
  public static boolean matches(Origin origin, String name) {
    int hash = name.indexOf('#');
    String file = hash < 0 ? name : name.substring(0, hash);
    String record = hash < 0 ? null : name.substring(hash + 1);
    if (record != null && !record.equals(origin.record())) {
      return false;
    }
    String path = origin.path().replace('\\', '/');
    return path.equals(file) || path.endsWith("/" + file);
  }

  private static ClusterScore score(
      ClusterGold gold,
      Set<GoldKind> mustLink,
      List<String[]> items,
      Map<String, String> nameToArticle,
      Function<String, String> systemGroup) {
    // gold components over names (transitive), every other item alone
    Map<String, String> goldGroup = new HashMap<>();
    for (String[] item : items) {
      goldGroup.put(item[0], item[0]);
    }
    for (GoldGroup g : gold.groups()) {
      if (mustLink.contains(g.kind())) {
        for (String n : g.names()) {
          goldGroup.putIfAbsent(n, n);
        }
        for (int k = 1; k < g.names().size(); k++) {
          union(goldGroup, g.names().get(0), g.names().get(k));
        }
      }
    }
    Set<String> goldPairs = pairs(goldGroup.keySet(), n -> find(goldGroup, n));
    Map<String, String> itemGroup = new HashMap<>();
    for (String[] item : items) {
      itemGroup.put(item[0], systemGroup.apply(item[1]));
    }
    Set<String> systemPairs = pairs(itemGroup.keySet(), itemGroup::get);
    int truePairs = 0;
    List<String> falsePositives = new ArrayList<>();
    for (String p : systemPairs) {
      if (goldPairs.contains(p)) {
        truePairs++;
      } else {
        falsePositives.add(p);
      }
    }
    List<String> falseNegatives = goldPairs.stream().filter(p -> !systemPairs.contains(p)).toList();
    int cannot = 0;
    List<String> violations = new ArrayList<>();
    if (mustLink.contains(GoldKind.SAME_HAPPENING)) {
      for (GoldGroup g : gold.of(GoldKind.DISTINCT)) {
        String a = nameToArticle.get(g.names().get(0));
        String b = nameToArticle.get(g.names().get(1));
        if (a != null && b != null) {
          cannot++;
          if (systemGroup.apply(a).equals(systemGroup.apply(b))) {
            violations.add(pair(g.names().get(0), g.names().get(1)) + "  (" + g.note() + ")");
          }
        }
      }
    }
    return new ClusterScore(
        goldPairs.size(),
        systemPairs.size(),
        truePairs,
        cannot,
        violations.size(),
        falsePositives,
        falseNegatives,
        violations);
  }

  private static Set<String> pairs(Collection<String> names, Function<String, String> group) {
    Map<String, List<String>> byGroup = new TreeMap<>();
    for (String n : new TreeSet<>(names)) {
      byGroup.computeIfAbsent(group.apply(n), k -> new ArrayList<>()).add(n);
    }
    Set<String> out = new TreeSet<>();
    for (List<String> members : byGroup.values()) {
      for (int i = 0; i < members.size(); i++) {
        for (int j = i + 1; j < members.size(); j++) {
          out.add(pair(members.get(i), members.get(j)));
        }
      }
    }
    return out;
  }

  private static String pair(String a, String b) {
    return a.compareTo(b) < 0 ? a + " + " + b : b + " + " + a;
  }

  private static String find(Map<String, String> parent, String x) {
    String p = parent.get(x);
    while (!p.equals(x)) {
      x = p;
      p = parent.get(x);
    }
    return x;
  }

  private static void union(Map<String, String> parent, String a, String b) {
    String ra = find(parent, a);
    String rb = find(parent, b);
    if (!ra.equals(rb)) {
      if (ra.compareTo(rb) < 0) {
        parent.put(rb, ra);
      } else {
        parent.put(ra, rb);
      }
    }
  }
}
