package org.annalist.extract.actor;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Phrases that stop a sentence or story from being coded (sports, entertainment). Immutable and
 * thread-safe; {@link #find} costs O(tokens × longest phrase).
 */
public final class Discards {
  private final TokenTrie<Discard> trie;
  private final List<Discard> all;

  private Discards(TokenTrie<Discard> trie, List<Discard> all) {
    this.trie = trie;
    this.all = List.copyOf(all);
  }

  /** Builds the set from a list (a phrase given twice keeps its later definition). */
  public static Discards of(List<Discard> discards) {
    TokenTrie.Builder<Discard> b = new TokenTrie.Builder<>();
    for (Discard d : discards) {
      b.put(d.phrase(), d);
    }
    return new Discards(b.build(), discards);
  }

  /** An empty set. */
  public static Discards empty() {
    return of(List.of());
  }

  /** The first discard phrase found in the tokens (lookup form), leftmost and longest. */
  public Optional<Discard> find(List<String> tokens) {
    for (int i = 0; i < tokens.size(); i++) {
      TokenTrie.Hit<Discard> hit = trie.longestAt(tokens, i, d -> true);
      if (hit != null) {
        return Optional.of(hit.values().get(0));
      }
    }
    return Optional.empty();
  }

  /** All phrases. */
  public List<Discard> all() {
    return all;
  }

  /** Story-level phrases only. */
  public List<Discard> storyLevel() {
    List<Discard> out = new ArrayList<>();
    for (Discard d : all) {
      if (d.story()) {
        out.add(d);
      }
    }
    return out;
  }
}
