package org.annalist.eval.petrarch;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Scores a coder on PETRARCH unit-test records: exact (source, target, code) triples as multisets
 * per record, summed; CAMEO root codes the same way; and the share of records coded exactly (the
 * coder's set of triples equals the gold set, including records that expect none).
 *
 * @param records records scored
 * @param exactRecords records whose coding equals the gold exactly
 * @param correct gold triples found exactly
 * @param uncoded gold triples not found
 * @param extra triples produced that the gold does not have
 * @param rootCorrect root-code pairs (source, target, root) found
 * @param rootGold gold root-code pairs
 * @param rootSystem produced root-code pairs
 * @param perRecord each record's id, gold and produced codings, for inspection
 */
public record PetrarchScore(
    int records,
    int exactRecords,
    int correct,
    int uncoded,
    int extra,
    int rootCorrect,
    int rootGold,
    int rootSystem,
    List<RecordResult> perRecord) {
  /** One record's outcome. */
  public record RecordResult(String id, List<Coding> gold, List<Coding> system, boolean exact) {}

  public PetrarchScore {
    perRecord = List.copyOf(perRecord);
  }

  /** Codes every record with {@code coder} and scores the result. */
  public static PetrarchScore of(
      List<PetrarchRecord> records, Function<PetrarchRecord, List<Coding>> coder) {
    int exact = 0;
    int correct = 0;
    int uncoded = 0;
    int extra = 0;
    int rootCorrect = 0;
    int rootGold = 0;
    int rootSystem = 0;
    List<RecordResult> results = new ArrayList<>();
    for (PetrarchRecord r : records) {
      List<Coding> system = coder.apply(r);
      system = system == null ? List.of() : system;
      int tp = overlap(r.gold(), system, c -> c.source() + "|" + c.target() + "|" + c.code());
      correct += tp;
      uncoded += r.gold().size() - tp;
      extra += system.size() - tp;
      rootCorrect += overlap(r.gold(), system, c -> c.source() + "|" + c.target() + "|" + c.root());
      rootGold += r.gold().size();
      rootSystem += system.size();
      boolean same = tp == r.gold().size() && tp == system.size();
      if (same) {
        exact++;
      }
      results.add(new RecordResult(r.id(), r.gold(), system, same));
    }
    return new PetrarchScore(
        records.size(), exact, correct, uncoded, extra, rootCorrect, rootGold, rootSystem, results);
  }

  private static int overlap(List<Coding> a, List<Coding> b, Function<Coding, String> key) {
    Map<String, Integer> counts = new HashMap<>();
    for (Coding c : a) {
      counts.merge(key.apply(c), 1, Integer::sum);
    }
    int n = 0;
    for (Coding c : b) {
      Integer left = counts.get(key.apply(c));
      if (left != null && left > 0) {
        counts.put(key.apply(c), left - 1);
        n++;
      }
    }
    return n;
  }

  /** Share of records coded exactly. */
  public double exactShare() {
    return records == 0 ? 0 : (double) exactRecords / records;
  }

  /** Triple precision. */
  public double precision() {
    return correct + extra == 0 ? 0 : (double) correct / (correct + extra);
  }

  /** Triple recall. */
  public double recall() {
    return correct + uncoded == 0 ? 0 : (double) correct / (correct + uncoded);
  }

  /** Triple F1. */
  public double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  /** Root-code F1 over (source, target, root) triples. */
  public double rootF1() {
    double p = rootSystem == 0 ? 0 : (double) rootCorrect / rootSystem;
    double r = rootGold == 0 ? 0 : (double) rootCorrect / rootGold;
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }
}
