package org.annalist.eval.event;

/**
 * Counts at one matching level.
 *
 * @param correct system events matched one-to-one to a gold event
 * @param gold gold events
 * @param system system events in the covered articles
 */
public record EventScore(int correct, int gold, int system) {
  /** Correct / system events (1 when the system coded none). */
  public double precision() {
    return system == 0 ? 1.0 : (double) correct / system;
  }

  /** Correct / gold events (1 when the gold has none). */
  public double recall() {
    return gold == 0 ? 1.0 : (double) correct / gold;
  }

  /** Harmonic mean of precision and recall. */
  public double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  /** Gold events not matched. */
  public int missed() {
    return gold - correct;
  }

  /** System events not matched. */
  public int extra() {
    return system - correct;
  }
}
