package org.annalist.link.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.annalist.extract.event.ActorCodeParts;
import org.annalist.extract.event.ActorCodes;

/**
 * Reads CAMEO actor codes into {@link ActorKey}s with the project's block table ({@link
 * ActorCodes}). Immutable and thread-safe.
 */
public final class ActorKeys {
  private final ActorCodes codes;

  /** Keys read with the given block table. */
  public ActorKeys(ActorCodes codes) {
    this.codes = Objects.requireNonNull(codes, "codes");
  }

  /** Keys read with the built-in block table ({@code actor-code-parts.tsv}). */
  public static ActorKeys standard() {
    return new ActorKeys(ActorCodes.load());
  }

  /**
   * The key of {@code code}, or null for a null or blank code. A code that does not split into
   * 3-letter blocks is its own principal.
   */
  public ActorKey key(String code) {
    if (code == null || code.isBlank()) {
      return null;
    }
    String c = code.strip();
    ActorCodeParts p = codes.split(c);
    List<String> agents = new ArrayList<>(3);
    for (String t : new String[] {p.type1(), p.type2(), p.type3()}) {
      if (t != null) {
        agents.add(t);
      }
    }
    String principal =
        p.knownGroup() != null ? p.knownGroup() : p.country() != null ? p.country() : null;
    if (principal == null) {
      // a bare sector (GOV, MIL): the code itself is all we know
      return new ActorKey(c, c, Set.of());
    }
    return new ActorKey(c, principal, Set.copyOf(agents));
  }
}
