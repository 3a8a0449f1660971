package org.annalist.extract.actor;

import java.util.Objects;

/**
 * One element of a verb pattern line ({@code - + KNOWN_ * IN_ $ [076]}).
 *
 * @param kind what the element stands for
 * @param text the word or synset name (with its {@code &}); the symbol for slots
 * @param adjacent true when the element must directly follow the previous one (joined by an
 *     underscore in the file); false when words may come between
 */
public record PatternElement(Kind kind, String text, boolean adjacent) {
  /** Element kinds. */
  public enum Kind {
    /** A literal word. */
    WORD,
    /** A synset reference {@code &NAME}. */
    SYNSET,
    /** The verb itself, {@code *}. */
    VERB,
    /** The source actor slot, {@code $}. */
    SOURCE,
    /** The target actor slot, {@code +}. */
    TARGET,
    /** A compound-actor marker, {@code %}. */
    COMPOUND,
    /** Any noun phrase to skip, {@code ^}. */
    SKIP
  }

  public PatternElement {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(text, "text");
  }

  /** Reads one element ("*", "$", "+", "%", "^", "&NAME", or a word). */
  static PatternElement of(String token, boolean adjacent) {
    Kind k =
        switch (token) {
          case "*" -> Kind.VERB;
          case "$" -> Kind.SOURCE;
          case "+" -> Kind.TARGET;
          case "%" -> Kind.COMPOUND;
          case "^" -> Kind.SKIP;
          default -> token.startsWith("&") ? Kind.SYNSET : Kind.WORD;
        };
    return new PatternElement(k, token, adjacent);
  }
}
