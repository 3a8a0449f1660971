package org.annalist.link.event;

import java.util.ArrayList;
import java.util.HashSet;
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
   * The key of {@code code}, or null for a null or blank code. The principal is the named group the
   * table lists ({@code TAL} in {@code AFGINSTAL}), else the first later block the table does not
   * list (a group it does not know: {@code FAR} in {@code COLREBFAR}, {@code ELN} in {@code
   * COLREBELN}), else the country block ({@code USA} in {@code USAGOV}), else the code itself (a
   * bare sector such as {@code GOV}). Agents are the sector blocks the table lists, for a country
   * only: a group's sectors ({@code COLREBFARMIL}, {@code COLREBFARGOV}) are the group itself.
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
    String principal = p.knownGroup();
    if (principal == null) {
      // a later block the table does not list is a group it does not know (FAR in COLREBFAR)
      Set<String> known = new HashSet<>(agents);
      known.add(p.religion1());
      known.add(p.religion2());
      for (int i = 3; i + 3 <= c.length(); i += 3) {
        String block = c.substring(i, i + 3);
        if (!known.contains(block)) {
          principal = block;
          break;
        }
      }
    }
    if (principal != null) {
      // a group's sectors (its leadership as GOV, its fighters as MIL, REB/INS as what it is) are
      // one actor at linking granularity: "FARC commanders" and "FARC leaders" signing together
      return new ActorKey(c, principal, Set.of());
    }
    principal = p.country();
    if (principal == null) {
      // a bare sector (GOV, MIL): the code itself is all we know
      return new ActorKey(c, c, Set.of());
    }
    return new ActorKey(c, principal, Set.copyOf(agents));
  }
}
