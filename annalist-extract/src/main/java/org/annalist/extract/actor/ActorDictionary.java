package org.annalist.extract.actor;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Names and phrases → actor codes with dated roles. Immutable and thread-safe; lookups cost
 * O(phrase length). When two records define the same phrase the later one wins (as in PETRARCH2,
 * whose reader overwrites); the readers report such duplicates.
 */
public final class ActorDictionary {
  private final TokenTrie<ActorEntry> trie;
  private final List<ActorEntry> entries;

  private ActorDictionary(TokenTrie<ActorEntry> trie, List<ActorEntry> entries) {
    this.trie = trie;
    this.entries = List.copyOf(entries);
  }

  /** An empty dictionary. */
  public static ActorDictionary empty() {
    return builder().build();
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The longest phrase starting at {@code start} whose record has a code on {@code date} (null:
   * date unknown, see {@link ActorEntry#codeAt}). Tokens must be in lookup form ({@link
   * Phrases#normalize}). A longer phrase whose record has no code on that date is passed over for a
   * shorter one.
   */
  public Optional<ActorMatch> longestAt(List<String> tokens, int start, LocalDate date) {
    if (start < 0 || start >= tokens.size()) {
      return Optional.empty();
    }
    TokenTrie.Hit<ActorEntry> hit = trie.longestAt(tokens, start, e -> e.codeAt(date).isPresent());
    if (hit == null) {
      return Optional.empty();
    }
    ActorEntry e = hit.values().get(hit.values().size() - 1);
    return Optional.of(new ActorMatch(e.codeAt(date).orElseThrow(), start, hit.length(), e));
  }

  /** The record for exactly this phrase (lookup-form tokens), if any. */
  public Optional<ActorEntry> entry(List<String> phrase) {
    List<ActorEntry> v = trie.get(phrase);
    return v.isEmpty() ? Optional.empty() : Optional.of(v.get(v.size() - 1));
  }

  /** All records, in the order added. */
  public List<ActorEntry> entries() {
    return entries;
  }

  /** Number of distinct phrases (primary phrases and synonyms). */
  public int phraseCount() {
    return trie.size();
  }

  /** A dictionary holding this one's records followed by {@code other}'s (later wins). */
  public ActorDictionary plus(ActorDictionary other) {
    Builder b = builder();
    entries.forEach(b::add);
    other.entries.forEach(b::add);
    return b.build();
  }

  /** Collects records; not thread-safe. */
  public static final class Builder {
    private final TokenTrie.Builder<ActorEntry> trie = new TokenTrie.Builder<>();
    private final List<ActorEntry> entries = new ArrayList<>();

    private Builder() {}

    /**
     * Adds a record under each of its phrases; returns the records that already held one of the
     * phrases (they are superseded for that phrase).
     */
    public List<ActorEntry> add(ActorEntry entry) {
      List<ActorEntry> superseded = new ArrayList<>();
      for (List<String> p : entry.phrases()) {
        if (!p.isEmpty()) {
          superseded.addAll(trie.add(p, entry));
        }
      }
      entries.add(entry);
      return superseded;
    }

    /** The dictionary. */
    public ActorDictionary build() {
      return new ActorDictionary(trie.build(), entries);
    }
  }
}
