package org.annalist.eval.cluster;

import java.util.List;

/**
 * Pairwise scores of one grouping (same happening, or copies) against the gold.
 *
 * <p>A pair is two article names in one group. Gold pairs come from the must-link groups (joined
 * transitively; every other article is alone); system pairs from the linker's groups, over every
 * article scored. A gold article that was not found counts against recall.
 *
 * @param goldPairs pairs the gold puts together
 * @param systemPairs pairs the system puts together
 * @param truePairs pairs both put together
 * @param cannotLinks cannot-link pairs whose two articles were both found
 * @param violated cannot-link pairs the system put together
 * @param falsePositives system pairs the gold does not have, as {@code "a + b"}
 * @param falseNegatives gold pairs the system missed
 * @param violations the cannot-link pairs put together, with the gold's note
 */
public record ClusterScore(
    int goldPairs,
    int systemPairs,
    int truePairs,
    int cannotLinks,
    int violated,
    List<String> falsePositives,
    List<String> falseNegatives,
    List<String> violations) {
  public ClusterScore {
    falsePositives = List.copyOf(falsePositives);
    falseNegatives = List.copyOf(falseNegatives);
    violations = List.copyOf(violations);
  }

  /** True pairs / system pairs; 1 when the system pairs nothing. */
  public double precision() {
    return systemPairs == 0 ? 1.0 : truePairs / (double) systemPairs;
  }

  /** True pairs / gold pairs; 1 when the gold pairs nothing. */
  public double recall() {
    return goldPairs == 0 ? 1.0 : truePairs / (double) goldPairs;
  }

  /** Harmonic mean of precision and recall (0 when both are 0). */
  public double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }
}
