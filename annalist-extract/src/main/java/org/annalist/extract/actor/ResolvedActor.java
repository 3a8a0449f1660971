package org.annalist.extract.actor;

import java.util.List;
import java.util.Objects;

/**
 * An actor code and how it was found.
 *
 * @param code the CAMEO actor code ("AFGGOV"); "---" + agent when only an agent was found; the
 *     first of {@code codes}
 * @param codes every code the phrase stands for: one, or several for a record written {@code
 *     [FRO/BIL/SAM]} (each combined with the phrase's agents)
 * @param basis how the code was made
 * @param actor the dictionary record behind the code, or null when none (agent only)
 * @param agent the (first) agent combined with it, or null
 * @param start index of the first token of the phrase that the code comes from, or -1 when the code
 *     does not come from token positions (a role record)
 * @param end index after the last such token, or -1
 */
public record ResolvedActor(
    String code,
    List<String> codes,
    Basis basis,
    ActorEntry actor,
    Agent agent,
    int start,
    int end) {
  /** How a code was made. */
  public enum Basis {
    /** A dictionary name, as the dictionary gives it on that date. */
    NAME,
    /** A country or organisation combined with a sector agent ("Afghan government"). */
    AGENT,
    /** A sector agent without a country ("the military"): code "---" + agent. */
    AGENT_ONLY
  }

  public ResolvedActor {
    Objects.requireNonNull(code, "code");
    codes = List.copyOf(codes);
    if (codes.isEmpty() || !codes.get(0).equals(code)) {
      throw new IllegalArgumentException("code " + code + " is not the first of " + codes);
    }
    Objects.requireNonNull(basis, "basis");
  }
}
