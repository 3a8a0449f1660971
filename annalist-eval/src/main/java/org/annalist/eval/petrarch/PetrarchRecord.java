package org.annalist.eval.petrarch;

import java.time.LocalDate;
import java.util.List;

/**
 * One PETRARCH unit-test record.
 *
 * @param id the record id ({@code DEMO-00})
 * @param date the story date
 * @param category the test category (DEMO, ACTOR, VERB, COMPOUND, ...)
 * @param text the sentence, whitespace collapsed
 * @param parse the gold Penn Treebank parse as given (may be empty)
 * @param gold the expected codings; empty when the record expects no event
 */
public record PetrarchRecord(
    String id, LocalDate date, String category, String text, String parse, List<Coding> gold) {
  public PetrarchRecord {
    gold = List.copyOf(gold);
  }
}
