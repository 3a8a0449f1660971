package org.annalist.extract.actor;

import java.util.List;

/**
 * A discard phrase: when found, the sentence (or, for {@code story}, the whole story) is not coded.
 *
 * @param phrase upper-case tokens, matched as whole tokens
 * @param story true for a story-level discard ({@code +} in the file)
 * @param line where it is defined
 */
public record Discard(List<String> phrase, boolean story, int line) {
  public Discard {
    phrase = List.copyOf(phrase);
  }
}
