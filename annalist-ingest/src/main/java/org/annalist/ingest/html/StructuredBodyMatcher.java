package org.annalist.ingest.html;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.annalist.model.Words;

/**
 * Selects the blocks of a page that a stated schema.org {@code articleBody} covers. Not
 * thread-safe: one instance serves one page.
 */
final class StructuredBodyMatcher {

  private static final int N = 4;
  private static final double BLOCK_COVERAGE = 0.5;
  private static final double BODY_COVERAGE = 0.6;

  private final List<Block> blocks;
  private final List<List<String>> tokens;

  StructuredBodyMatcher(List<Block> blocks, List<List<String>> tokens) {
    this.blocks = blocks;
    this.tokens = tokens;
  }

  /**
   * One reason per block (null = body), or null when the stated body is too short or the page does
   * not show most of it (then the DOM decides).
   */
  String[] match(String structuredBody) {
    List<String> stated = Words.tokens(structuredBody);
    if (stated.size() < 30) {
      return null;
    }
    Map<String, Integer> remaining = new HashMap<>();
    for (int i = 0; i + N <= stated.size(); i++) {
      remaining.merge(shingle(stated, i), 1, Integer::sum);
    }
    String statedJoined = " " + String.join(" ", stated) + " ";
    boolean[] accepted = new boolean[blocks.size()];
    int coveredTokens = 0;
    int first = -1;
    int last = -1;
    for (Block b : blocks) {
      List<String> words = tokens.get(b.index());
      if (words.size() < N || isFurniture(b)) {
        continue;
      }
      int total = words.size() - N + 1;
      int hit = 0;
      for (int i = 0; i < total; i++) {
        if (remaining.getOrDefault(shingle(words, i), 0) > 0) {
          hit++;
        }
      }
      if (hit >= BLOCK_COVERAGE * total) {
        accepted[b.index()] = true;
        coveredTokens += words.size();
        for (int i = 0; i < total; i++) {
          remaining.computeIfPresent(shingle(words, i), (k, v) -> v > 1 ? v - 1 : null);
        }
        if (first < 0) {
          first = b.index();
        }
        last = b.index();
      }
    }
    if (coveredTokens < BODY_COVERAGE * stated.size()) {
      return null;
    }
    String[] reasons = new String[blocks.size()];
    for (Block b : blocks) {
      List<String> words = tokens.get(b.index());
      boolean in = accepted[b.index()];
      if (!in
          && !words.isEmpty()
          && words.size() < N
          && b.index() > first
          && b.index() < last
          && !isFurniture(b)) {
        in = statedJoined.contains(" " + String.join(" ", words) + " ");
      }
      if (!in) {
        reasons[b.index()] = b.zone() != null ? b.zone() : BodySelector.OUTSIDE;
      }
    }
    return reasons;
  }

  private static boolean isFurniture(Block b) {
    return b.zone() != null
        && ("navigation".equals(b.zone())
            || "control".equals(b.zone())
            || "noscript".equals(b.zone()));
  }

  private static String shingle(List<String> words, int i) {
    return words.get(i)
        + '\u0001'
        + words.get(i + 1)
        + '\u0001'
        + words.get(i + 2)
        + '\u0001'
        + words.get(i + 3);
  }
}
