package org.annalist.eval;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.annalist.model.Words;

/**
 * The article-extraction benchmark's text metric (scrapinghub/article-extraction-benchmark {@code
 * evaluate.py}): {@code \w+} tokens as Python's {@code re} finds them (case kept), 4-token shingles
 * (a text of fewer tokens is one shingle), multiset matching per page, counts normalised to sum to
 * 1 per page. Stateless and thread-safe.
 */
public final class ShingleMetric {

  /** Shingle size. */
  public static final int N = 4;

  private ShingleMetric() {}

  /** Scores one page: {@code gold} is the true body, {@code predicted} the extractor's. */
  public static PageScore score(String id, String gold, String predicted) {
    Map<List<String>, Integer> truth = shingles(gold);
    Map<List<String>, Integer> pred = shingles(predicted);
    Set<List<String>> keys = new HashSet<>(truth.keySet());
    keys.addAll(pred.keySet());
    double tp = 0;
    double fp = 0;
    double fn = 0;
    for (List<String> key : keys) {
      int t = truth.getOrDefault(key, 0);
      int p = pred.getOrDefault(key, 0);
      tp += Math.min(t, p);
      fp += Math.max(0, p - t);
      fn += Math.max(0, t - p);
    }
    double sum = tp + fp + fn;
    if (sum > 0) {
      tp /= sum;
      fp /= sum;
      fn /= sum;
    }
    double precision = precision(tp, fp, fn);
    double recall = recall(tp, fp, fn);
    double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    return new PageScore(id, tp, fp, fn, precision, recall, f1);
  }

  /** evaluate.py's precision_score. */
  static double precision(double tp, double fp, double fn) {
    if (fp == 0 && fn == 0) {
      return 1;
    }
    if (tp == 0 && fp == 0) {
      return 0;
    }
    return tp / (tp + fp);
  }

  /** evaluate.py's recall_score. */
  static double recall(double tp, double fp, double fn) {
    if (fp == 0 && fn == 0) {
      return 1;
    }
    if (tp == 0 && fn == 0) {
      return 0;
    }
    return tp / (tp + fn);
  }

  /** The multiset of shingles of {@code text}. */
  static Map<List<String>, Integer> shingles(String text) {
    List<String> tokens = tokens(text == null ? "" : text);
    Map<List<String>, Integer> counts = new HashMap<>();
    int last = Math.max(1, tokens.size() - N + 1);
    for (int i = 0; i < last; i++) {
      List<String> shingle = tokens.subList(i, Math.min(tokens.size(), i + N));
      if (!shingle.isEmpty()) {
        counts.merge(List.copyOf(shingle), 1, Integer::sum);
      }
    }
    return counts;
  }

  /**
   * Python's {@code re.findall(r'\w+', text)}: maximal runs of characters that are alphanumeric
   * ({@code str.isalnum}) or the underscore.
   */
  public static List<String> tokens(String text) {
    return Words.tokens(text);
  }
}
