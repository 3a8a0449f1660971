package org.annalist.extract.actor;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Agent phrases (singular and plural forms) → agent codes. Immutable and thread-safe; lookups cost
 * O(phrase length). A phrase defined twice keeps its later definition.
 */
public final class AgentDictionary {
  private final TokenTrie<Agent> trie;
  private final List<Agent> agents;

  private AgentDictionary(TokenTrie<Agent> trie, List<Agent> agents) {
    this.trie = trie;
    this.agents = List.copyOf(agents);
  }

  /** An empty dictionary. */
  public static AgentDictionary empty() {
    return builder().build();
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** The longest agent phrase starting at {@code start} (lookup-form tokens). */
  public Optional<AgentMatch> longestAt(List<String> tokens, int start) {
    if (start < 0 || start >= tokens.size()) {
      return Optional.empty();
    }
    TokenTrie.Hit<Agent> hit = trie.longestAt(tokens, start, a -> true);
    if (hit == null) {
      return Optional.empty();
    }
    return Optional.of(
        new AgentMatch(hit.values().get(hit.values().size() - 1), start, hit.length()));
  }

  /** The agent for exactly this phrase, if any. */
  public Optional<Agent> agent(List<String> phrase) {
    List<Agent> v = trie.get(phrase);
    return v.isEmpty() ? Optional.empty() : Optional.of(v.get(v.size() - 1));
  }

  /** Every stored form (each plural is an entry of its own), in the order added. */
  public List<Agent> agents() {
    return agents;
  }

  /** Number of distinct phrases. */
  public int phraseCount() {
    return trie.size();
  }

  /** A dictionary holding this one's forms followed by {@code other}'s (later wins). */
  public AgentDictionary plus(AgentDictionary other) {
    Builder b = builder();
    agents.forEach(b::add);
    other.agents.forEach(b::add);
    return b.build();
  }

  /** Collects agents; not thread-safe. */
  public static final class Builder {
    private final TokenTrie.Builder<Agent> trie = new TokenTrie.Builder<>();
    private final List<Agent> agents = new ArrayList<>();

    private Builder() {}

    /** Adds one form; returns the agents that already held the phrase. */
    public List<Agent> add(Agent agent) {
      agents.add(agent);
      return trie.add(agent.phrase(), agent);
    }

    /** The dictionary. */
    public AgentDictionary build() {
      return new AgentDictionary(trie.build(), agents);
    }
  }
}
