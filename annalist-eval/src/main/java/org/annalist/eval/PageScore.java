package org.annalist.eval;

/**
 * The score of one page. Immutable.
 *
 * @param id the page id
 * @param tp true-positive shingles, normalised so that tp + fp + fn = 1 (all 0 when both texts are
 *     empty)
 * @param fp false-positive shingles, normalised likewise
 * @param fn false-negative shingles, normalised likewise
 * @param precision the page's precision (1 when nothing is wrong, 0 when nothing is predicted)
 * @param recall the page's recall (1 when nothing is wrong)
 * @param f1 harmonic mean of the two, 0 when both are 0
 */
public record PageScore(
    String id, double tp, double fp, double fn, double precision, double recall, double f1) {}
