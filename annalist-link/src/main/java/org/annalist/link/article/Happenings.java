package org.annalist.link.article;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.IntStream;

/**
 * Same-happening pairs: TF-IDF cosine over content words, entities and event keys, between articles
 * whose dates lie within the window. Immutable and thread-safe.
 *
 * <p>Candidates come from an inverted index over each article's {@code topTerms} highest-weighted
 * features (those shared by at least two articles), with postings in date order: an article meets
 * only the articles within its window that share one of its top features, and a feature held by
 * more than {@code maxPostings} articles in that window proposes nothing. An undated article meets
 * every article sharing one of its top features (held by at most {@code maxPostings} articles), at
 * the higher bar {@code undatedCosine}. So the work grows with the number of articles times the
 * (bounded) candidates each has, never with all pairs.
 */
final class Happenings {
  /** The day of an undated article: after every real day, so no window reaches it. */
  private static final long UNDATED = Long.MAX_VALUE / 2;

  private final ArticleLinkOptions options;

  Happenings(ArticleLinkOptions options) {
    this.options = options;
  }

  /**
   * The same-happening pairs among {@code docs} (indices into it, {@code i < j}), with their cosine
   * and a reason, sorted by {@code i, j}. {@code dates[i]} is the article's date or null (undated
   * articles are left out).
   */
  List<Found> find(List<ArticleDigest> docs, LocalDate[] dates) {
    int n = docs.size();
    Map<String, Integer> vocabulary = new HashMap<>();
    List<String> names = new ArrayList<>();
    int[][] ids = new int[n][];
    float[][] tfs = new float[n][];
    int[] df = new int[16];
    for (int i = 0; i < n; i++) {
      TreeMap<Integer, Float> tf = new TreeMap<>();
      ArticleDigest d = docs.get(i);
      for (String w : Terms.contentWords(d.text())) {
        tf.merge(id(vocabulary, names, w), 1f, Float::sum);
      }
      for (String a : d.actors()) {
        tf.merge(id(vocabulary, names, "@" + a), 1f, Float::sum);
      }
      for (String k : d.eventKeys()) {
        tf.merge(id(vocabulary, names, "#" + k), 1f, Float::sum);
      }
      ids[i] = new int[tf.size()];
      tfs[i] = new float[tf.size()];
      int k = 0;
      for (Map.Entry<Integer, Float> e : tf.entrySet()) {
        ids[i][k] = e.getKey();
        tfs[i][k] = e.getValue();
        if (e.getKey() >= df.length) {
          df = Arrays.copyOf(df, Math.max(df.length * 2, e.getKey() + 1));
        }
        df[e.getKey()]++;
        k++;
      }
    }
    // weights: (1 + ln tf) * idf, entities and event keys weighted up; unit length
    for (int i = 0; i < n; i++) {
      double norm = 0;
      for (int k = 0; k < ids[i].length; k++) {
        int t = ids[i][k];
        double idf = Math.log((n + 1.0) / (df[t] + 1.0)) + 1;
        double w = (1 + Math.log(tfs[i][k])) * idf;
        if (isEntity(names.get(t))) {
          w *= options.entityWeight();
        }
        tfs[i][k] = (float) w;
        norm += w * w;
      }
      double len = Math.sqrt(norm);
      for (int k = 0; k < ids[i].length; k++) {
        tfs[i][k] = len == 0 ? 0 : (float) (tfs[i][k] / len);
      }
    }
    // dated articles in date order, then the undated; positions index the postings
    Integer[] order = IntStream.range(0, n).boxed().toArray(Integer[]::new);
    Arrays.sort(
        order,
        Comparator.comparingLong((Integer i) -> epochDay(dates[i])).thenComparingInt(i -> i));
    long[] day = new long[n];
    int[][] top = new int[n][];
    int[] postingCount = new int[names.size()];
    for (int p = 0; p < n; p++) {
      int i = order[p];
      day[p] = epochDay(dates[i]);
      top[p] = topFeatures(ids[i], tfs[i], df);
      for (int t : top[p]) {
        postingCount[t]++;
      }
    }
    int[][] postings = new int[names.size()][];
    for (int t = 0; t < postings.length; t++) {
      postings[t] = postingCount[t] == 0 ? null : new int[postingCount[t]];
    }
    int[] fill = new int[names.size()];
    for (int p = 0; p < n; p++) {
      for (int t : top[p]) {
        postings[t][fill[t]++] = p;
      }
    }
    List<Found> out = new ArrayList<>();
    int[] shared = new int[n];
    int[] touched = new int[n];
    int window = options.windowDays();
    for (int p = 0; p < n; p++) {
      boolean undated = day[p] == UNDATED;
      int nTouched = 0;
      for (int t : top[p]) {
        int[] post = postings[t];
        // a dated article meets the dated articles of its window; an undated one meets all
        int from = undated ? 0 : lowerBound(post, day, day[p] - window);
        int to = undated ? post.length : lowerBound(post, day, day[p] + window + 1);
        if (to - from > options.maxPostings()) {
          continue; // too common within this window to say anything
        }
        for (int k = from; k < to; k++) {
          int q = post[k];
          // each pair once: from its earlier position, or from the undated side
          boolean take = undated ? day[q] != UNDATED || q > p : q > p;
          if (take && shared[q]++ == 0) {
            touched[nTouched++] = q;
          }
        }
      }
      for (int k = 0; k < nTouched; k++) {
        int q = touched[k];
        shared[q] = 0;
        int i = order[p];
        int j = order[q];
        double cos = cosine(ids[i], tfs[i], ids[j], tfs[j]);
        boolean anyUndated = undated || day[q] == UNDATED;
        double bar = anyUndated ? options.undatedCosine() : options.happeningCosine();
        if (cos >= bar) {
          int a = Math.min(i, j);
          int b = Math.max(i, j);
          String when =
              anyUndated
                  ? "undated"
                  : Math.abs(day[q] - day[p])
                      + (Math.abs(day[q] - day[p]) == 1 ? " day" : " days")
                      + " apart";
          out.add(new Found(a, b, Math.min(1.0, cos), reason(cos, when, ids, tfs, names, a, b)));
        }
      }
    }
    out.sort(Comparator.comparingInt(Found::i).thenComparingInt(Found::j));
    return out;
  }

  private int[] topFeatures(int[] ids, float[] w, int[] df) {
    Integer[] ks =
        IntStream.range(0, ids.length).filter(k -> df[ids[k]] >= 2).boxed().toArray(Integer[]::new);
    Arrays.sort(ks, Comparator.comparingDouble((Integer k) -> -w[k]).thenComparingInt(k -> ids[k]));
    int keep = Math.min(options.topTerms(), ks.length);
    int[] out = new int[keep];
    for (int k = 0; k < keep; k++) {
      out[k] = ids[ks[k]];
    }
    return out;
  }

  private static String reason(
      double cos, String when, int[][] ids, float[][] w, List<String> names, int a, int b) {
    List<double[]> common = new ArrayList<>();
    int x = 0;
    int y = 0;
    while (x < ids[a].length && y < ids[b].length) {
      if (ids[a][x] == ids[b][y]) {
        common.add(new double[] {ids[a][x], w[a][x] * (double) w[b][y]});
        x++;
        y++;
      } else if (ids[a][x] < ids[b][y]) {
        x++;
      } else {
        y++;
      }
    }
    common.sort(Comparator.comparingDouble((double[] c) -> -c[1]).thenComparingDouble(c -> c[0]));
    StringBuilder s =
        new StringBuilder(String.format(Locale.ROOT, "cosine %.3f, %s, shared:", cos, when));
    for (int k = 0; k < Math.min(5, common.size()); k++) {
      s.append(k == 0 ? " " : ", ").append(names.get((int) common.get(k)[0]));
    }
    return s.toString();
  }

  private static long epochDay(LocalDate d) {
    return d == null ? UNDATED : d.toEpochDay();
  }

  static double cosine(int[] ia, float[] wa, int[] ib, float[] wb) {
    double dot = 0;
    int x = 0;
    int y = 0;
    while (x < ia.length && y < ib.length) {
      if (ia[x] == ib[y]) {
        dot += wa[x] * (double) wb[y];
        x++;
        y++;
      } else if (ia[x] < ib[y]) {
        x++;
      } else {
        y++;
      }
    }
    return dot;
  }

  /** First index in {@code post} whose article's day is at least {@code d}. */
  private static int lowerBound(int[] post, long[] day, long d) {
    int lo = 0;
    int hi = post.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (day[post[mid]] < d) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  private static boolean isEntity(String feature) {
    return feature.startsWith("@") || feature.startsWith("#");
  }

  private static int id(Map<String, Integer> vocabulary, List<String> names, String term) {
    Integer id = vocabulary.get(term);
    if (id == null) {
      id = names.size();
      vocabulary.put(term, id);
      names.add(term);
    }
    return id;
  }

  /** A same-happening pair of indices, {@code i < j}. */
  record Found(int i, int j, double score, String reason) {}
}
