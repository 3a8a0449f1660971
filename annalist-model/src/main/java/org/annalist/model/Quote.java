package org.annalist.model;

import java.util.Objects;

/**
 * Something someone said, as reported in an article.
 *
 * @param span the quoted words (without the marks for direct and partial quotes; the reported
 *     clause for indirect speech) in {@link Article#body()}
 * @param text those words
 * @param kind direct, partial or indirect
 * @param speaker who said it, or null when the article does not say
 * @param relayedBy who passed it on (a retweeter), or null
 * @param verb the speech verb's lemma ("say", "accuse", "tweet"), or null
 * @param verbSpan where the speech verb is written, or null
 * @param sentence index of the sentence the quote starts in
 */
public record Quote(
    Span span,
    String text,
    QuoteKind kind,
    Speaker speaker,
    Speaker relayedBy,
    String verb,
    Span verbSpan,
    int sentence) {
  public Quote {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(kind, "kind");
  }
}
