package org.annalist.link.article;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Word-shingle sets and MinHash signatures. The hash functions come from a seed, so the same seed
 * gives the same signatures in every run. Immutable and thread-safe.
 */
final class MinHasher {
  private final int shingleWords;
  private final long[] seeds;

  MinHasher(int shingleWords, int length, long seed) {
    this.shingleWords = shingleWords;
    SplittableRandom random = new SplittableRandom(seed);
    this.seeds = new long[length];
    for (int i = 0; i < length; i++) {
      seeds[i] = random.nextLong();
    }
  }

  /**
   * The distinct shingles of {@code text} as sorted 64-bit hashes: every run of {@code
   * shingleWords} lower-cased words (the whole text as one shingle when it is shorter).
   */
  long[] shingles(String text) {
    List<String> words = Terms.words(text);
    if (words.isEmpty()) {
      return new long[0];
    }
    long[] tokens = new long[words.size()];
    for (int i = 0; i < tokens.length; i++) {
      tokens[i] = fnv(words.get(i));
    }
    int k = Math.min(shingleWords, tokens.length);
    long[] out = new long[tokens.length - k + 1];
    for (int i = 0; i < out.length; i++) {
      long h = 0x9E3779B97F4A7C15L;
      for (int j = 0; j < k; j++) {
        h = mix(h ^ tokens[i + j]) * 31 + j;
      }
      out[i] = mix(h);
    }
    Arrays.sort(out);
    int n = 0;
    for (int i = 0; i < out.length; i++) {
      if (i == 0 || out[i] != out[i - 1]) {
        out[n++] = out[i];
      }
    }
    return Arrays.copyOf(out, n);
  }

  /** The MinHash signature of a shingle set: per hash function, the least hash (low 32 bits). */
  int[] signature(long[] shingles) {
    int[] sig = new int[seeds.length];
    for (int i = 0; i < seeds.length; i++) {
      long min = Long.MAX_VALUE;
      long s = seeds[i];
      for (long x : shingles) {
        long h = mix(x ^ s);
        if (Long.compareUnsigned(h, min) < 0) {
          min = h;
        }
      }
      sig[i] = (int) min;
    }
    return sig;
  }

  /** Exact Jaccard similarity of two sorted, distinct hash sets (0 when both are empty). */
  static double jaccard(long[] a, long[] b) {
    if (a.length == 0 && b.length == 0) {
      return 0;
    }
    int i = 0;
    int j = 0;
    int common = 0;
    while (i < a.length && j < b.length) {
      if (a[i] == b[j]) {
        common++;
        i++;
        j++;
      } else if (a[i] < b[j]) {
        i++;
      } else {
        j++;
      }
    }
    return common / (double) (a.length + b.length - common);
  }

  /** 64-bit FNV-1a of a string's UTF-16 units. */
  static long fnv(String s) {
    long h = 0xcbf29ce484222325L;
    for (int i = 0; i < s.length(); i++) {
      h ^= s.charAt(i);
      h *= 0x100000001b3L;
    }
    return h;
  }

  /** The finaliser of SplitMix64: a bijective 64-bit mix. */
  static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }
}
