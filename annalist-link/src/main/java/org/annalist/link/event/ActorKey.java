package org.annalist.link.event;

import java.util.Objects;
import java.util.Set;

/**
 * A CAMEO actor code read for matching: its principal (the named group, else the country or region
 * block, else the whole code) and its sector agents.
 *
 * @param code the code as coded ({@code AFGINSTAL})
 * @param principal the group or country it names ({@code TAL}; {@code USA} for {@code USAGOV})
 * @param agents its sector agent blocks ({@code INS}; {@code GOV}), empty for a bare country/group
 */
public record ActorKey(String code, String principal, Set<String> agents) {
  public ActorKey {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(principal, "principal");
    agents = Set.copyOf(agents);
  }

  /**
   * Whether two codes may name the same actor up to role granularity: the same principal, and the
   * agents of one contained in the other's ({@code USA} ~ {@code USAGOV}, {@code TAL} ~ {@code
   * AFGINSTAL}; {@code USAGOV} is not {@code USAMIL}).
   */
  public boolean compatible(ActorKey other) {
    return principal.equals(other.principal)
        && (agents.containsAll(other.agents) || other.agents.containsAll(agents));
  }

  /**
   * Whether this key, read as a query, covers {@code actor}: the same principal and every agent of
   * the query present in the actor ({@code USA} covers {@code USAGOV}; {@code USAGOV} does not
   * cover {@code USA}).
   */
  public boolean covers(ActorKey actor) {
    return principal.equals(actor.principal) && actor.agents.containsAll(agents);
  }
}
