package org.annalist.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class ShingleMetricTest {

  private static final double EPS = 1e-12;

  @Test
  void tokensAreWordRunsAsPythonFindsThem() {
    assertEquals(
        List.of("Don", "t", "stop", "at_the", "café", "42", "ünter", "東京都"),
        ShingleMetric.tokens("Don't stop—at_the café, 42 ünter; 東京都!"));
    assertEquals(List.of(), ShingleMetric.tokens(" -- ... "));
  }

  @Test
  void identicalTextsArePerfect() {
    PageScore s = ShingleMetric.score("p", "one two three four five", "one two three four five");
    assertEquals(1.0, s.tp(), EPS);
    assertEquals(0.0, s.fp(), EPS);
    assertEquals(1.0, s.precision(), EPS);
    assertEquals(1.0, s.recall(), EPS);
    assertEquals(1.0, s.f1(), EPS);
  }

  @Test
  void countsShinglesAsMultisets() {
    // gold: a b c d e -> shingles abcd, bcde (2); predicted: a b c d x -> abcd, bcdx
    PageScore s = ShingleMetric.score("p", "a b c d e", "a b c d x");
    // tp = 1, fp = 1, fn = 1, normalised by 3
    assertEquals(1.0 / 3, s.tp(), EPS);
    assertEquals(1.0 / 3, s.fp(), EPS);
    assertEquals(1.0 / 3, s.fn(), EPS);
    assertEquals(0.5, s.precision(), EPS);
    assertEquals(0.5, s.recall(), EPS);

    // repeated shingles count once per occurrence: gold has "w w w w" once, prediction twice
    PageScore repeated = ShingleMetric.score("p", "w w w w", "w w w w w");
    // gold: 1 x (w,w,w,w); predicted: 2 x (w,w,w,w) -> tp 1, fp 1, fn 0
    assertEquals(0.5, repeated.tp(), EPS);
    assertEquals(0.5, repeated.fp(), EPS);
    assertEquals(0.0, repeated.fn(), EPS);
    assertEquals(0.5, repeated.precision(), EPS);
    assertEquals(1.0, repeated.recall(), EPS);
  }

  @Test
  void shortTextsAreOneShingleAndCaseMatters() {
    assertEquals(1.0, ShingleMetric.score("p", "Hello world", "hello, world!").fn() * 2, EPS);
    PageScore same = ShingleMetric.score("p", "Hello world", "Hello -- world");
    assertEquals(1.0, same.f1(), EPS);
  }

  @Test
  void emptyTextsFollowTheBenchmarkRules() {
    PageScore bothEmpty = ShingleMetric.score("p", "", "");
    assertEquals(0.0, bothEmpty.tp() + bothEmpty.fp() + bothEmpty.fn(), EPS);
    assertEquals(1.0, bothEmpty.precision(), EPS);

    PageScore nothingPredicted = ShingleMetric.score("p", "a b c d e", "");
    assertEquals(1.0, nothingPredicted.fn(), EPS);
    assertEquals(0.0, nothingPredicted.precision(), EPS);
    assertEquals(0.0, nothingPredicted.recall(), EPS);
  }

  @Test
  void reportAveragesPagePrecisionAndRecallLikeEvaluatePy() {
    PageScore perfect = ShingleMetric.score("a", "a b c d e", "a b c d e");
    PageScore half = ShingleMetric.score("b", "a b c d e", "a b c d x");
    PageScore empty = ShingleMetric.score("c", "a b c d e", "");
    EvalReport report = ExtractionEval.report(List.of(perfect, half, empty), Duration.ZERO);
    // precision: pages with tp + fp > 0 only (the empty prediction is left out): (1 + 0.5) / 2
    assertEquals(0.75, report.precision(), EPS);
    // recall: every page has a gold text: (1 + 0.5 + 0) / 3
    assertEquals(0.5, report.recall(), EPS);
    assertEquals(2 * 0.75 * 0.5 / 1.25, report.f1(), EPS);
    // pooled: TP = 1 + 1/3, FP = 1/3, FN = 1/3 + 1
    assertEquals((4.0 / 3) / (5.0 / 3), report.pooledPrecision(), EPS);
    assertEquals((4.0 / 3) / (8.0 / 3), report.pooledRecall(), EPS);
    assertEquals(List.of("c", "b"), report.worst(2).stream().map(PageScore::id).toList());
  }
}
