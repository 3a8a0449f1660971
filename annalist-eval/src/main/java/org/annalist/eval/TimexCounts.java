package org.annalist.eval;

/**
 * Counts behind the TempEval-3 TIMEX3 figures, for one document or summed over many.
 *
 * <p>Figures: strict P/R/F1 count system expressions whose span equals a gold span; relaxed P/R/F1
 * count one-to-one pairs of overlapping spans. Type and value accuracy are over the relaxed pairs.
 * Value F1 is the TE3 attribute F1: precision = value-correct pairs / system expressions, recall =
 * value-correct pairs / gold expressions; it equals relaxed F1 x value accuracy.
 *
 * @param gold gold expressions
 * @param system system expressions
 * @param strict system expressions with exactly a gold span
 * @param relaxed one-to-one pairs of overlapping spans
 * @param typeCorrect relaxed pairs with the same type
 * @param valueCorrect relaxed pairs with the same value
 */
public record TimexCounts(
    int gold, int system, int strict, int relaxed, int typeCorrect, int valueCorrect) {

  /** The element-wise sum. */
  public TimexCounts plus(TimexCounts o) {
    return new TimexCounts(
        gold + o.gold,
        system + o.system,
        strict + o.strict,
        relaxed + o.relaxed,
        typeCorrect + o.typeCorrect,
        valueCorrect + o.valueCorrect);
  }

  public double strictPrecision() {
    return ratio(strict, system);
  }

  public double strictRecall() {
    return ratio(strict, gold);
  }

  public double strictF1() {
    return harmonic(strictPrecision(), strictRecall());
  }

  public double relaxedPrecision() {
    return ratio(relaxed, system);
  }

  public double relaxedRecall() {
    return ratio(relaxed, gold);
  }

  public double relaxedF1() {
    return harmonic(relaxedPrecision(), relaxedRecall());
  }

  public double typeAccuracy() {
    return ratio(typeCorrect, relaxed);
  }

  public double valueAccuracy() {
    return ratio(valueCorrect, relaxed);
  }

  /** TE3 attribute F1 for {@code type}. */
  public double typeF1() {
    return harmonic(ratio(typeCorrect, system), ratio(typeCorrect, gold));
  }

  /** TE3 attribute F1 for {@code value} (the headline normalisation figure). */
  public double valueF1() {
    return harmonic(ratio(valueCorrect, system), ratio(valueCorrect, gold));
  }

  private static double ratio(int a, int b) {
    return b == 0 ? 0 : (double) a / b;
  }

  private static double harmonic(double a, double b) {
    return a + b == 0 ? 0 : 2 * a * b / (a + b);
  }
}
