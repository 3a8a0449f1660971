package org.annalist.extract.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.annalist.model.Annotation;
import org.annalist.model.Article;
import org.annalist.model.ArticleEntity;
import org.annalist.model.Dependency;
import org.annalist.model.EntityType;
import org.annalist.model.Mention;
import org.annalist.model.Origin;
import org.annalist.model.Quote;
import org.annalist.model.QuoteKind;
import org.annalist.model.Sentence;
import org.annalist.model.Span;
import org.junit.jupiter.api.Test;

/** The extractor on hand-built annotations (one sentence per text, our own words). */
class QuoteExtractorTest {
  private static final Pattern TOKEN = Pattern.compile("\\w+(?:[’'.-]\\w+)*|\\S");
  private final QuoteExtractor extractor = new QuoteExtractor();

  private static Article article(String body) {
    return new Article(
        "a1",
        List.of(Origin.file("x.txt")),
        null,
        null,
        null,
        null,
        null,
        "en",
        body,
        null,
        null,
        null);
  }

  /** One sentence, tokens by a simple pattern, the given dependencies, no lemmas or tags. */
  private static Annotation annotation(String body, List<Dependency> deps, List<Mention> mentions) {
    List<org.annalist.model.Token> tokens = new ArrayList<>();
    Matcher m = TOKEN.matcher(body);
    while (m.find()) {
      tokens.add(
          new org.annalist.model.Token(
              tokens.size(), new Span(m.start(), m.end()), m.group(), null, null));
    }
    return new Annotation(
        "a1", List.of(new Sentence(0, new Span(0, body.length()), tokens, deps)), mentions);
  }

  private static Mention person(String body, String name) {
    int i = body.indexOf(name);
    return new Mention(new Span(i, i + name.length()), name, EntityType.PERSON, 0);
  }

  @Test
  void directQuoteWithSpeakerAfterAndAContinuation() {
    String body = "“We will stay,” said Dana Ruiz, a spokeswoman. “The talks go on.”";
    List<Quote> q =
        extractor.extract(
            article(body),
            annotation(body, List.of(), List.of(person(body, "Dana Ruiz"))),
            List.of());
    assertEquals(2, q.size());
    assertEquals(QuoteKind.DIRECT, q.get(0).kind());
    assertEquals("We will stay", q.get(0).text());
    assertEquals("Dana Ruiz", q.get(0).speaker().name());
    assertEquals("say", q.get(0).verb());
    assertEquals("Dana Ruiz", q.get(1).speaker().name());
  }

  @Test
  void retweetGivesOwnerAndRelay() {
    String body = "Karim Nasser retweeted Lina Odeh’s tweet: “Peace needs patience.”";
    List<Quote> q =
        extractor.extract(article(body), annotation(body, List.of(), List.of()), List.of());
    assertEquals(1, q.size());
    assertEquals("Lina Odeh", q.get(0).speaker().name());
    assertEquals("Karim Nasser", q.get(0).relayedBy().name());
    assertEquals("retweet", q.get(0).verb());
  }

  @Test
  void indirectSpeechWithPronounResolvedToEntity() {
    String body = "He said the talks failed.";
    List<Dependency> deps =
        List.of(
            new Dependency("root", -1, 1),
            new Dependency("nsubj", 1, 0),
            new Dependency("ccomp", 1, 4),
            new Dependency("det", 3, 2),
            new Dependency("nsubj", 4, 3),
            new Dependency("punct", 1, 5));
    ArticleEntity omar =
        new ArticleEntity(
            "e1", "Omar Haddad", EntityType.PERSON, List.of(), List.of(), List.of(new Span(0, 2)));
    List<Quote> q =
        extractor.extract(article(body), annotation(body, deps, List.of()), List.of(omar));
    assertEquals(1, q.size());
    assertEquals(QuoteKind.INDIRECT, q.get(0).kind());
    assertEquals("the talks failed", q.get(0).text());
    assertEquals("Omar Haddad", q.get(0).speaker().name());
    assertEquals("e1", q.get(0).speaker().entity());
    assertEquals(new Span(0, 2), q.get(0).speaker().span());
  }

  @Test
  void scareQuotesAfterSoCalledAreSkipped() {
    String body = "The so-called \"spoilers\" were blamed for the delay.";
    assertEquals(
        List.of(),
        extractor.extract(article(body), annotation(body, List.of(), List.of()), List.of()));
  }

  @Test
  void shortQuoteGovernedBySpeechVerbIsPartial() {
    String body = "The envoy described as “unacceptable” the level of violence.";
    List<Quote> q =
        extractor.extract(article(body), annotation(body, List.of(), List.of()), List.of());
    assertEquals(1, q.size());
    assertEquals(QuoteKind.PARTIAL, q.get(0).kind());
    assertEquals("describe", q.get(0).verb());
  }

  @Test
  void unattributedQuoteHasNoSpeaker() {
    String body = "Nobody knew. “It is over.”";
    List<Quote> q =
        extractor.extract(article(body), annotation(body, List.of(), List.of()), List.of());
    assertEquals(1, q.size());
    assertNull(q.get(0).speaker());
  }
}
