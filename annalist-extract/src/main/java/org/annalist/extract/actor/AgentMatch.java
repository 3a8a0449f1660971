package org.annalist.extract.actor;

import java.util.Objects;

/**
 * An agent phrase found in a token list.
 *
 * @param agent the dictionary entry
 * @param start index of the first matched token
 * @param length number of tokens matched
 */
public record AgentMatch(Agent agent, int start, int length) {
  public AgentMatch {
    Objects.requireNonNull(agent, "agent");
  }

  /** Index just after the match. */
  public int end() {
    return start + length;
  }
}
