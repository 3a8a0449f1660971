package org.annalist.server;

import java.util.Objects;
import org.annalist.link.event.ActorKey;
import org.annalist.link.event.ActorKeys;

/**
 * An actor asked for as {@code annalist timeline} reads it: a CAMEO code ({@code USA} covers {@code
 * USAGOV}, {@code USAMIL}; {@code USAGOV} only agent {@code GOV}) or else a name (case ignored).
 * Immutable.
 */
final class ActorMatcher {
  private final ActorKeys keys;
  private final ActorKey key;
  private final String name;

  ActorMatcher(ActorKeys keys, String query) {
    this.keys = Objects.requireNonNull(keys, "keys");
    String q = Objects.requireNonNull(query, "query").strip();
    this.key = q.matches("[A-Z0-9]{3}([A-Z0-9]{3})*") ? keys.key(q) : null;
    this.name = q;
  }

  boolean matches(String code, String actorName) {
    if (key != null) {
      ActorKey k = code == null ? null : keys.key(code);
      return k != null && key.covers(k);
    }
    return actorName != null && actorName.equalsIgnoreCase(name);
  }
}
