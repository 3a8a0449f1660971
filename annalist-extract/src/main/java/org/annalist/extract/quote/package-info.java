/**
 * Quotes and their speakers. Front door: {@link org.annalist.extract.quote.QuoteExtractor}.
 *
 * <p>Rules (each is tested):
 *
 * <ol>
 *   <li><b>Marks</b> ({@link org.annalist.extract.quote.QuoteMarks}, on raw text): straight, curly
 *       and mixed double marks paired by their neighbours; a missing opening mark starts the quote
 *       at its sentence (then at the speech verb's complement); a paragraph left open and continued
 *       by a paragraph opening with a mark makes one multi-paragraph quote; single marks only
 *       around words (not apostrophes), only outside double-quoted text.
 *   <li><b>Kinds</b>: DIRECT when the quote is whole sentences (opening mark at a sentence or
 *       paragraph start, or after a colon or comma, and an upper-case first letter; or over several
 *       paragraphs); PARTIAL otherwise; INDIRECT for a speech verb's clausal complement ({@code
 *       ccomp}, a {@code that}-clause, the parser's object+{@code dep} split of a bare clause, or
 *       "..., X said" at the end) outside marks and not mostly quoted.
 *   <li><b>Scare quotes</b>: a PARTIAL of 1–2 words is kept only when a speech verb governs it (is
 *       its ancestor in the parse; without a parse, stands in its sentence) and no naming word
 *       ("so-called", "dubbed", "termed", "called", "the word/term/phrase") precedes it.
 *   <li><b>Attribution</b>: the speech verb that governs the quote, else "according to X", else the
 *       retweet pattern, else the nearest speech verb in the quote's sentences, else patterns next
 *       to the marks ({@code ," he said}, {@code X said, “}); the speaker is the verb's subject
 *       (climbing from xcomp/advcl/conj/acl verbs), or its by-agent.
 *   <li><b>Resolution</b> ({@link org.annalist.extract.quote.Speakers}): an entity whose mention
 *       spans contain the speaker wins; else pronouns go to the nearest preceding PERSON name,
 *       definite role nouns to the nearest preceding entity with a matching role (else PERSON
 *       name), "the statement" to whoever issued the latest statement.
 *   <li><b>Continuation</b>: a quote with no speaker of its own takes the speaker of the quote
 *       before it in the same paragraph, or in the previous paragraph when it opens its paragraph
 *       (not a quoted subheading).
 * </ol>
 */
package org.annalist.extract.quote;
