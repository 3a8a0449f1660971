package org.annalist.extract.actor;

import java.util.List;
import java.util.Objects;

/**
 * A sector agent ("military" → MIL) that combines with an actor code. PETRARCH writes {@code
 * [~GOV]} for a code placed after the actor's ({@code AFG} + {@code GOV} = {@code AFGGOV}) and
 * {@code [NGO~]} for one placed before it.
 *
 * @param phrase the phrase as upper-case tokens
 * @param code the agent code without the tilde
 * @param before true when the code goes before the actor code ({@code NGO~})
 * @param source the file the entry comes from
 * @param line its line
 */
public record Agent(List<String> phrase, String code, boolean before, String source, int line) {
  public Agent {
    phrase = List.copyOf(phrase);
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(source, "source");
  }

  /** Combines with an actor code: {@code AFG} → {@code AFGGOV}, or {@code NGOAFG} when before. */
  public String applyTo(String actorCode) {
    return before ? code + actorCode : actorCode + code;
  }
}
