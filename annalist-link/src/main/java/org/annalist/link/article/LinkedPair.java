package org.annalist.link.article;

import java.util.Objects;

/**
 * Two linked articles, with the score that linked them and a readable reason.
 *
 * @param first the smaller article id
 * @param second the larger article id
 * @param kind copy or same happening
 * @param score Jaccard similarity of word shingles (copies) or TF-IDF cosine (same happening), in
 *     [0, 1]
 * @param reason a readable explanation, e.g. {@code "cosine 0.42, 1 day apart, shared: doha,
 *     khalilzad, signing"}
 */
public record LinkedPair(String first, String second, LinkKind kind, double score, String reason) {
  public LinkedPair {
    Objects.requireNonNull(first, "first");
    Objects.requireNonNull(second, "second");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(reason, "reason");
    if (first.compareTo(second) >= 0) {
      throw new IllegalArgumentException(
          "pair must be ordered and distinct: '" + first + "', '" + second + "'");
    }
    if (!(score >= 0 && score <= 1.0000001)) {
      throw new IllegalArgumentException("score must lie in [0, 1]: " + score);
    }
  }
}
