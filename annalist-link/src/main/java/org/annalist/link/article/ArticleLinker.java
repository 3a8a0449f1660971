package org.annalist.link.article;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Links articles: finds near-duplicate copies and groups the reports of the same happening.
 *
 * <ol>
 *   <li><b>Copies.</b> MinHash signatures over the word shingles of each text, LSH banding to
 *       propose candidates, exact Jaccard on the candidates ({@link
 *       ArticleLinkOptions#copyJaccard()}). Copies form copy groups (transitively). A copy needs no
 *       date.
 *   <li><b>Dates.</b> An undated article takes the earliest date of its copy group, if any.
 *   <li><b>Same happening.</b> Two dated articles at most {@link ArticleLinkOptions#windowDays()}
 *       apart whose TF-IDF cosine reaches {@link ArticleLinkOptions#happeningCosine()}, with
 *       candidates from an inverted index on rare terms (never all pairs); an article still without
 *       a date is linked at the higher {@link ArticleLinkOptions#undatedCosine()}. Happenings are
 *       the connected components of these pairs and the copy pairs.
 * </ol>
 *
 * <p>Group ids are the smallest article id in the group. The result depends only on the set of
 * digests and the options, not on their order or the run. Immutable and thread-safe; {@link
 * #link(Collection)} may run concurrently.
 */
public final class ArticleLinker {
  private final ArticleLinkOptions options;
  private final NearDuplicates copies;
  private final Happenings happenings;

  /** A linker with these options (not null). */
  public ArticleLinker(ArticleLinkOptions options) {
    this.options = Objects.requireNonNull(options, "options");
    this.copies = new NearDuplicates(options);
    this.happenings = new Happenings(options);
  }

  /** A linker with {@link ArticleLinkOptions#DEFAULTS}. */
  public static ArticleLinker withDefaults() {
    return new ArticleLinker(ArticleLinkOptions.DEFAULTS);
  }

  /** The options this linker runs with. */
  public ArticleLinkOptions options() {
    return options;
  }

  /**
   * Links {@code articles}. A second digest with an id already seen is ignored (and reported in
   * {@link ArticleLinks#problems()}); so is the missing date of an article that has no copy to take
   * one from.
   *
   * @throws IllegalArgumentException when there are 2^24 or more articles (link in partitions)
   */
  public ArticleLinks link(Collection<ArticleDigest> articles) {
    List<String> problems = new ArrayList<>();
    Map<String, ArticleDigest> byId = new LinkedHashMap<>();
    for (ArticleDigest d : articles) {
      if (byId.putIfAbsent(d.articleId(), d) != null) {
        problems.add("article " + d.articleId() + " given twice; the first digest is used");
      }
    }
    List<ArticleDigest> docs = new ArrayList<>(byId.values());
    docs.sort((a, b) -> a.articleId().compareTo(b.articleId()));
    int n = docs.size();

    UnionFind copyUnion = new UnionFind(n);
    List<LinkedPair> copyPairs = new ArrayList<>();
    for (NearDuplicates.Scored s : copies.find(docs.stream().map(ArticleDigest::text).toList())) {
      copyUnion.union(s.i(), s.j());
      copyPairs.add(pair(docs, s.i(), s.j(), LinkKind.COPY, s.score(), copies.reason(s.score())));
    }

    LocalDate[] dates = new LocalDate[n];
    Map<Integer, LocalDate> groupDate = new HashMap<>();
    for (int i = 0; i < n; i++) {
      dates[i] = docs.get(i).date();
      if (dates[i] != null) {
        groupDate.merge(copyUnion.find(i), dates[i], (x, y) -> x.isBefore(y) ? x : y);
      }
    }
    for (int i = 0; i < n; i++) {
      if (dates[i] == null) {
        dates[i] = groupDate.get(copyUnion.find(i));
        if (dates[i] == null) {
          problems.add(
              "article "
                  + docs.get(i).articleId()
                  + " has no date: linked by content alone, at cosine >= "
                  + options.undatedCosine());
        }
      }
    }

    UnionFind happeningUnion = new UnionFind(n);
    long[] first = new long[n];
    long[] last = new long[n];
    Arrays.fill(first, Long.MAX_VALUE);
    Arrays.fill(last, Long.MIN_VALUE);
    for (int i = 0; i < n; i++) {
      happeningUnion.union(i, copyUnion.find(i));
    }
    for (int i = 0; i < n; i++) {
      if (dates[i] != null) {
        int r = happeningUnion.find(i);
        first[r] = Math.min(first[r], dates[i].toEpochDay());
        last[r] = Math.max(last[r], dates[i].toEpochDay());
      }
    }
    // strongest pairs first; a merge may not stretch a happening beyond the window
    List<Happenings.Found> found = new ArrayList<>(happenings.find(docs, dates));
    found.sort(
        Comparator.comparingDouble(Happenings.Found::score)
            .reversed()
            .thenComparingInt(Happenings.Found::i)
            .thenComparingInt(Happenings.Found::j));
    List<LinkedPair> samePairs = new ArrayList<>();
    for (Happenings.Found f : found) {
      int ra = happeningUnion.find(f.i());
      int rb = happeningUnion.find(f.j());
      if (ra != rb) {
        long lo = Math.min(first[ra], first[rb]);
        long hi = Math.max(last[ra], last[rb]);
        long allowed =
            Math.max(options.windowDays(), Math.max(span(first, last, ra), span(first, last, rb)));
        if (lo != Long.MAX_VALUE && hi - lo > allowed) {
          continue; // would chain reports of different days into one happening
        }
        happeningUnion.union(ra, rb);
        int r = happeningUnion.find(ra);
        first[r] = lo;
        last[r] = hi;
      }
      if (copyUnion.find(f.i()) != copyUnion.find(f.j())) {
        samePairs.add(pair(docs, f.i(), f.j(), LinkKind.SAME_HAPPENING, f.score(), f.reason()));
      }
    }
    samePairs.sort(Comparator.comparing(LinkedPair::first).thenComparing(LinkedPair::second));

    return new ArticleLinks(
        groupIds(docs, copyUnion), groupIds(docs, happeningUnion), copyPairs, samePairs, problems);
  }

  private static long span(long[] first, long[] last, int root) {
    return first[root] == Long.MAX_VALUE ? 0 : last[root] - first[root];
  }

  private static LinkedPair pair(
      List<ArticleDigest> docs, int i, int j, LinkKind kind, double score, String reason) {
    // docs are sorted by id, so i < j means the smaller id comes first
    return new LinkedPair(
        docs.get(i).articleId(), docs.get(j).articleId(), kind, Math.min(1.0, score), reason);
  }

  /** Article id to the smallest id of its set (docs are sorted by id, so the first member). */
  private static Map<String, String> groupIds(List<ArticleDigest> docs, UnionFind sets) {
    Map<Integer, String> smallest = new HashMap<>();
    Map<String, String> out = new HashMap<>();
    for (int i = 0; i < docs.size(); i++) {
      String id = docs.get(i).articleId();
      out.put(id, smallest.computeIfAbsent(sets.find(i), r -> id));
    }
    return out;
  }
}
