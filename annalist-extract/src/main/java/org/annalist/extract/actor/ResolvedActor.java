package org.annalist.extract.actor;

import java.util.Objects;

/**
 * An actor code and how it was found.
 *
 * @param code the CAMEO actor code ("AFGGOV"); "---" + agent when only an agent was found
 * @param basis how the code was made
 * @param actor the dictionary record behind the code, or null when none (agent only)
 * @param agent the agent combined with it, or null
 */
public record ResolvedActor(String code, Basis basis, ActorEntry actor, Agent agent) {
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
    Objects.requireNonNull(basis, "basis");
  }
}
