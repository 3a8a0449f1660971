package org.annalist.extract.actor;

import java.util.Objects;

/**
 * A dictionary phrase found in a token list.
 *
 * @param code the actor code valid on the date asked for
 * @param start index of the first matched token
 * @param length number of tokens matched
 * @param entry the dictionary record
 */
public record ActorMatch(String code, int start, int length, ActorEntry entry) {
  public ActorMatch {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(entry, "entry");
  }

  /** Index just after the match. */
  public int end() {
    return start + length;
  }
}
