package org.annalist.eval.event;

import java.util.List;
import java.util.Map;

/**
 * The result of {@link EventEval#run}.
 *
 * @param articles covered articles found among those given
 * @param scores the score of each level, in {@link Level} order
 * @param factualityMatched events matched at {@link Level#LENIENT_ROOT}
 * @param factualityAgreed of those, how many have the gold's factuality
 * @param missed gold events not matched exactly ({@link Level#EXACT_CODE}), with what the system
 *     coded in their sentence
 * @param extra system events not matched exactly, with their sentence
 * @param unmatched gold article names no article matched (their events count as missed)
 * @param unlocated gold events whose fragment is not in the article's body (counted as missed)
 */
public record EventReport(
    int articles,
    Map<Level, EventScore> scores,
    int factualityMatched,
    int factualityAgreed,
    List<String> missed,
    List<String> extra,
    List<String> unmatched,
    List<String> unlocated) {
  public EventReport {
    scores = Map.copyOf(scores);
    missed = List.copyOf(missed);
    extra = List.copyOf(extra);
    unmatched = List.copyOf(unmatched);
    unlocated = List.copyOf(unlocated);
  }

  /** The score at {@code level}. */
  public EventScore score(Level level) {
    return scores.get(level);
  }

  /** Factuality agreement on matched events (1 when none matched). */
  public double factualityAccuracy() {
    return factualityMatched == 0 ? 1.0 : (double) factualityAgreed / factualityMatched;
  }

  /** What must agree for a system event to match a gold event in the same sentence. */
  public enum Level {
    /** Source, target and CAMEO code, actor codes equal. */
    EXACT_CODE("source, target, code"),
    /** Source, target and root, actor codes equal. */
    EXACT_ROOT("source, target, root"),
    /** Source, target (compatible up to role granularity) and CAMEO code. */
    LENIENT_CODE("source~, target~, code"),
    /** Source, target (compatible up to role granularity) and root. */
    LENIENT_ROOT("source~, target~, root"),
    /** The root alone. */
    ROOT("root");

    private final String label;

    Level(String label) {
      this.label = label;
    }

    /** How the level is printed. */
    public String label() {
      return label;
    }
  }
}
