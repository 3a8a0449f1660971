package org.annalist.model;

import java.util.List;
import java.util.Objects;

/**
 * What the language engine finds in one article: sentences with tokens and dependency parses, and
 * named-entity mentions. Every offset points into the article's body.
 *
 * @param articleId the annotated article's id
 * @param sentences the sentences, in order
 * @param mentions named-entity mentions, in text order
 */
public record Annotation(String articleId, List<Sentence> sentences, List<Mention> mentions) {
  public Annotation {
    Objects.requireNonNull(articleId, "articleId");
    sentences = List.copyOf(sentences);
    mentions = List.copyOf(mentions);
  }

  /** Number of tokens in all sentences. */
  public int tokenCount() {
    return sentences.stream().mapToInt(s -> s.tokens().size()).sum();
  }

  /** The sentence that holds character {@code offset}, or -1. */
  public int sentenceAt(int offset) {
    for (Sentence s : sentences) {
      if (offset >= s.span().start() && offset < s.span().end()) {
        return s.index();
      }
    }
    return -1;
  }
}
