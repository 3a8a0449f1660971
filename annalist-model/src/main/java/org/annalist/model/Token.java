package org.annalist.model;

import java.util.Objects;

/**
 * One token of an annotated article.
 *
 * @param index position in its sentence, from 0
 * @param span characters in {@link Article#body()}
 * @param text the token as written
 * @param lemma its lemma (lower case for common words)
 * @param pos Penn Treebank part-of-speech tag
 */
public record Token(int index, Span span, String text, String lemma, String pos) {
  public Token {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(text, "text");
  }
}
