package org.annalist.link.article;

/**
 * Settings of {@link ArticleLinker}. Validated on construction: {@link IllegalArgumentException}
 * names the value that is out of range.
 *
 * @param windowDays two articles can report the same happening only when their dates are at most
 *     this many days apart (0 to 365)
 * @param copyJaccard two articles are copies when the Jaccard similarity of their word-shingle sets
 *     reaches this (0 &lt; x &le; 1)
 * @param happeningCosine two articles report the same happening when the cosine of their TF-IDF
 *     vectors reaches this (0 &lt; x &le; 1) and their dates lie within the window
 * @param shingleWords words per shingle for near-duplicate detection (1 to 10)
 * @param bands LSH bands of the MinHash signature (1 to 256)
 * @param rows MinHash values per band (1 to 32); the signature has {@code bands * rows} values, and
 *     pairs with Jaccard above about {@code (1/bands)^(1/rows)} become candidates
 * @param seed seed of the MinHash hash functions; the same seed gives the same result
 * @param topTerms how many of an article's highest-weighted terms index it for happening candidates
 *     (1 to 200)
 * @param maxPostings a term shared by more than this many articles within one article's window is
 *     too common to propose candidates from (10 or more); keeps candidate generation near-linear
 * @param entityWeight weight of an entity or actor feature relative to a content word (0 to 10)
 */
public record ArticleLinkOptions(
    int windowDays,
    double copyJaccard,
    double happeningCosine,
    double undatedCosine,
    int shingleWords,
    int bands,
    int rows,
    long seed,
    int topTerms,
    int maxPostings,
    double entityWeight) {

  /** The defaults, tuned on the demo corpus (see docs/linking.md). */
  public static final ArticleLinkOptions DEFAULTS =
      new ArticleLinkOptions(3, 0.5, 0.22, 0.33, 3, 32, 4, 0x5EEDL, 20, 100, 2.0);

  public ArticleLinkOptions {
    range("windowDays", windowDays, 0, 365);
    unit("copyJaccard", copyJaccard);
    unit("happeningCosine", happeningCosine);
    unit("undatedCosine", undatedCosine);
    range("shingleWords", shingleWords, 1, 10);
    range("bands", bands, 1, 256);
    range("rows", rows, 1, 32);
    range("topTerms", topTerms, 1, 200);
    range("maxPostings", maxPostings, 10, Integer.MAX_VALUE);
    if (!(entityWeight >= 0 && entityWeight <= 10)) {
      throw new IllegalArgumentException("entityWeight must lie in [0, 10]: " + entityWeight);
    }
  }

  /** These options with another date window. */
  public ArticleLinkOptions withWindowDays(int days) {
    return new ArticleLinkOptions(
        days,
        copyJaccard,
        happeningCosine,
        undatedCosine,
        shingleWords,
        bands,
        rows,
        seed,
        topTerms,
        maxPostings,
        entityWeight);
  }

  /** These options with other thresholds. */
  public ArticleLinkOptions withThresholds(double copy, double happening) {
    return new ArticleLinkOptions(
        windowDays,
        copy,
        happening,
        undatedCosine,
        shingleWords,
        bands,
        rows,
        seed,
        topTerms,
        maxPostings,
        entityWeight);
  }

  /** These options with another threshold for undated articles. */
  public ArticleLinkOptions withUndatedCosine(double cosine) {
    return new ArticleLinkOptions(
        windowDays,
        copyJaccard,
        happeningCosine,
        cosine,
        shingleWords,
        bands,
        rows,
        seed,
        topTerms,
        maxPostings,
        entityWeight);
  }

  /** Length of the MinHash signature: {@code bands * rows}. */
  public int signatureLength() {
    return bands * rows;
  }

  private static void range(String name, int value, int min, int max) {
    if (value < min || value > max) {
      throw new IllegalArgumentException(
          name + " must lie in [" + min + ", " + max + "]: " + value);
    }
  }

  private static void unit(String name, double value) {
    if (!(value > 0 && value <= 1)) {
      throw new IllegalArgumentException(name + " must lie in (0, 1]: " + value);
    }
  }
}
