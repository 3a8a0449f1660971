package org.annalist.extract.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class QuoteMarksTest {
  private static List<String> quoted(String text) {
    return QuoteMarks.pair(text).stream().map(q -> q.content().of(text)).toList();
  }

  @Test
  void curlyPair() {
    assertEquals(List.of("We will talk again"), quoted("“We will talk again,” the minister said."));
  }

  @Test
  void straightPairs() {
    assertEquals(List.of("Yes", "no"), quoted("He said \"Yes\" and she said \"no\" at the door."));
  }

  @Test
  void straightOpeningCurlyClosing() {
    String text = "the work of so-called \"spoilers” within the forces";
    List<MarkedSpan> q = QuoteMarks.pair(text);
    assertEquals(1, q.size());
    assertEquals("spoilers", q.get(0).content().of(text));
    assertEquals(text.indexOf('"'), q.get(0).open());
  }

  @Test
  void curlyOpeningStraightClosing() {
    String text = "and warned they “will answer for it.\" Then he left.";
    assertEquals(List.of("will answer for it."), quoted(text));
  }

  @Test
  void missingOpeningRecoversSentenceStart() {
    String text =
        "Rain fell all day. The colonel said on Monday the army stood firm” in its view. Then more.";
    List<MarkedSpan> q = QuoteMarks.pair(text);
    assertEquals(1, q.size());
    assertTrue(q.get(0).recoveredOpening());
    assertEquals("The colonel said on Monday the army stood firm", q.get(0).content().of(text));
  }

  @Test
  void missingOpeningIgnoresTitleAbbreviation() {
    String text = "Col. Dana Ruiz said the plan works” and left.";
    assertEquals(List.of("Col. Dana Ruiz said the plan works"), quoted(text));
  }

  @Test
  void missingOpeningAtParagraphStart() {
    String text = "First paragraph here.\n\nwe stay the course,” she said.";
    assertEquals(List.of("we stay the course"), quoted(text));
  }

  @Test
  void multiSentenceQuote() {
    String text = "“We came. We saw. We left,” he said.";
    assertEquals(List.of("We came. We saw. We left"), quoted(text));
  }

  @Test
  void multiParagraphQuote() {
    String text = "“The first part runs on.\n\n“And the second ends it,” she said.\n\nNext.";
    List<MarkedSpan> q = QuoteMarks.pair(text);
    assertEquals(1, q.size());
    assertEquals(2, q.get(0).paragraphs());
    assertTrue(q.get(0).content().of(text).startsWith("The first part"));
    assertTrue(q.get(0).content().of(text).endsWith("ends it"));
  }

  @Test
  void unclosedQuoteEndsAtParagraph() {
    String text = "He said “this is not over.\n\nThe next day it rained.";
    List<MarkedSpan> q = QuoteMarks.pair(text);
    assertEquals(1, q.size());
    assertEquals(-1, q.get(0).close());
    assertEquals("this is not over.", q.get(0).content().of(text));
  }

  @Test
  void singleQuotesInHeadline() {
    String text = "Envoy faults rebels for ‘using force at the table’ in talks";
    List<MarkedSpan> q = QuoteMarks.pair(text);
    assertEquals(1, q.size());
    assertTrue(q.get(0).single());
    assertEquals("using force at the table", q.get(0).content().of(text));
  }

  @Test
  void apostrophesAreNotQuotes() {
    assertEquals(
        List.of(), quoted("The group’s leader shared Karim’ post and the farmers’ claims."));
    assertEquals(List.of(), quoted("It's the rebels' view that Kabul's plan fails."));
  }

  @Test
  void singleQuotesInsideDoubleQuotesAreLeftToTheOuterQuote() {
    String text = "“They call it ‘a farce’ and walk away,” he said.";
    assertEquals(List.of("They call it ‘a farce’ and walk away"), quoted(text));
  }

  @Test
  void straightSingleQuotes() {
    assertEquals(List.of("red lines"), quoted("Talks over 'red lines' stall again"));
  }

  @Test
  void noMarksNoQuotes() {
    assertFalse(QuoteMarks.pair("Nothing quoted here, he said.").iterator().hasNext());
  }
}
