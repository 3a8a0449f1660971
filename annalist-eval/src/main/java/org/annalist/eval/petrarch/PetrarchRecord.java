package org.annalist.eval.petrarch;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * One PETRARCH unit-test record.
 *
 * @param id the record id ({@code DEMO-00})
 * @param date the story date
 * @param category the test category (DEMO, ACTOR, VERB, COMPOUND, ...)
 * @param text the sentence, whitespace collapsed
 * @param parse the gold Penn Treebank parse as given (may be empty)
 * @param gold the expected codings; empty when the record expects no event
 * @param config the PETRARCH options in effect for the record ({@code require_dyad}, ...), set by
 *     the {@code <Config>} elements before it; option names lower case
 */
public record PetrarchRecord(
    String id,
    LocalDate date,
    String category,
    String text,
    String parse,
    List<Coding> gold,
    Map<String, String> config) {
  public PetrarchRecord {
    gold = List.copyOf(gold);
    config = Map.copyOf(config);
  }

  /**
   * Whether the record's Treebank parse, when it has one, has balanced brackets. PETRARCH rejects a
   * record whose parse does not ({@code bad_input_parse}) and codes nothing for it.
   */
  public boolean wellFormedInput() {
    int depth = 0;
    for (int i = 0; i < parse.length(); i++) {
      char c = parse.charAt(i);
      depth += c == '(' ? 1 : c == ')' ? -1 : 0;
      if (depth < 0) {
        return false;
      }
    }
    return depth == 0;
  }

  /**
   * Whether PETRARCH codes only events with both a source and a target here ({@code require_dyad},
   * true unless an option says false).
   */
  public boolean requiresDyad() {
    return !"false".equalsIgnoreCase(config.getOrDefault("require_dyad", "true"));
  }
}
