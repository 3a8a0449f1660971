package org.annalist.link.article;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Near-duplicate detection: MinHash signatures of word-shingle sets, LSH banding to propose
 * candidates, exact Jaccard to confirm them. Immutable and thread-safe.
 *
 * <p>Per band, the articles are sorted by the band's hash, so a bucket is a run of equal hashes; a
 * bucket of at most {@value #FULL_BUCKET} articles proposes all its pairs, a larger one (many exact
 * copies, or boilerplate) proposes each article with its neighbour in the run, which keeps the
 * candidates linear in the number of articles.
 */
final class NearDuplicates {
  static final int FULL_BUCKET = 64;
  private static final int INDEX_BITS = 24;

  private final ArticleLinkOptions options;
  private final MinHasher hasher;

  NearDuplicates(ArticleLinkOptions options) {
    this.options = options;
    this.hasher = new MinHasher(options.shingleWords(), options.signatureLength(), options.seed());
  }

  /**
   * The confirmed copy pairs among {@code texts} (indices into it), each as {@code {i, j}} with
   * {@code i < j}, and their Jaccard similarity, sorted by {@code i, j}.
   */
  List<Scored> find(List<String> texts) {
    int n = texts.size();
    if (n >= 1 << INDEX_BITS) {
      throw new IllegalArgumentException(
          "at most " + ((1 << INDEX_BITS) - 1) + " articles per call: " + n);
    }
    int[][] sigs = new int[n][];
    for (int i = 0; i < n; i++) {
      sigs[i] = hasher.signature(hasher.shingles(texts.get(i)));
    }
    Set<Long> candidates = new HashSet<>();
    long[] keys = new long[n];
    int rows = options.rows();
    for (int b = 0; b < options.bands(); b++) {
      for (int i = 0; i < n; i++) {
        long h = MinHasher.mix(b + 1L);
        for (int r = 0; r < rows; r++) {
          h = MinHasher.mix(h ^ (sigs[i][b * rows + r] & 0xffffffffL));
        }
        keys[i] = (h << INDEX_BITS) | i; // high 40 bits: the band's hash; low 24: the article
      }
      Arrays.sort(keys);
      int start = 0;
      for (int k = 1; k <= n; k++) {
        if (k == n || (keys[k] >>> INDEX_BITS) != (keys[start] >>> INDEX_BITS)) {
          propose(keys, start, k, candidates);
          start = k;
        }
      }
    }
    long[] sorted = candidates.stream().mapToLong(Long::longValue).sorted().toArray();
    long[][] shingles = new long[n][];
    List<Scored> out = new ArrayList<>();
    for (long pair : sorted) {
      int i = (int) (pair >>> 32);
      int j = (int) pair;
      double jac = MinHasher.jaccard(shingles(shingles, texts, i), shingles(shingles, texts, j));
      if (jac >= options.copyJaccard()) {
        out.add(new Scored(i, j, jac));
      }
    }
    return out;
  }

  /** A reason line for a copy pair. */
  String reason(double jaccard) {
    return String.format(
        Locale.ROOT, "jaccard %.3f of %d-word shingles", jaccard, options.shingleWords());
  }

  private long[] shingles(long[][] cache, List<String> texts, int i) {
    if (cache[i] == null) {
      cache[i] = hasher.shingles(texts.get(i));
    }
    return cache[i];
  }

  private static void propose(long[] keys, int start, int end, Set<Long> out) {
    int mask = (1 << INDEX_BITS) - 1;
    if (end - start <= FULL_BUCKET) {
      for (int a = start; a < end; a++) {
        for (int b = a + 1; b < end; b++) {
          out.add(pack((int) (keys[a] & mask), (int) (keys[b] & mask)));
        }
      }
    } else {
      for (int a = start; a + 1 < end; a++) {
        out.add(pack((int) (keys[a] & mask), (int) (keys[a + 1] & mask)));
      }
    }
  }

  private static long pack(int a, int b) {
    int lo = Math.min(a, b);
    int hi = Math.max(a, b);
    return ((long) lo << 32) | hi;
  }

  /** A scored pair of indices, {@code i < j}. */
  record Scored(int i, int j, double score) {}
}
