package org.annalist.model;

/**
 * The language engine: sentences, tokens, lemmas, part-of-speech tags, dependency parses and
 * named-entity mentions for an article's body.
 *
 * <p>Implementations load their models once, are thread-safe, and may be shared by every thread of
 * a process. {@link #close()} releases what they hold.
 */
public interface NlpEngine extends Stage<Article, Annotation>, AutoCloseable {
  /** A short name and version for reports, e.g. {@code CoreNLP 4.5.10 (tokenize,...,depparse)}. */
  String describe();

  @Override
  default void close() {}
}
