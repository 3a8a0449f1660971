package org.annalist.model;

import java.util.List;

/**
 * One sentence of an annotated article.
 *
 * @param index position in the article, from 0
 * @param span characters in {@link Article#body()}
 * @param tokens its tokens, in order
 * @param dependencies its dependency edges (empty when the engine does not parse)
 */
public record Sentence(int index, Span span, List<Token> tokens, List<Dependency> dependencies) {
  public Sentence {
    tokens = List.copyOf(tokens);
    dependencies = List.copyOf(dependencies);
  }
}
