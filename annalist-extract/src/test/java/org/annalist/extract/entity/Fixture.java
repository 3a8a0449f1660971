package org.annalist.extract.entity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.annalist.model.Annotation;
import org.annalist.model.Article;
import org.annalist.model.ArticleId;
import org.annalist.model.EntityType;
import org.annalist.model.Mention;
import org.annalist.model.Origin;
import org.annalist.model.Sentence;
import org.annalist.model.Span;
import org.annalist.model.Token;

/**
 * Hand-built annotations for rule tests: a crude tokenizer and sentence splitter, part-of-speech
 * tags for a few words, and NER mentions at every whole-word occurrence of the names given.
 */
final class Fixture {
  private static final Pattern TOKEN =
      Pattern.compile(
          "(?:\\p{Lu}\\.){2,}|(?:Dr|Col|Gen|Mr|Mrs|Ms|Lt|Sgt)\\.|['\u2019]s\\b"
              + "|[\\p{L}\\d]+(?:-[\\p{L}\\d]+)*|\\S");
  private static final Set<String> VERBS =
      Set.of(
          "said",
          "says",
          "met",
          "called",
          "added",
          "told",
          "arrived",
          "left",
          "spoke",
          "will",
          "would",
          "is",
          "was",
          "has",
          "had",
          "have",
          "are",
          "were",
          "visited",
          "announced",
          "thanked",
          "praised",
          "denied",
          "urged",
          "signed",
          "warned",
          "replied",
          "welcomed",
          "criticised",
          "reached",
          "stressed",
          "sought",
          "expects",
          "believes",
          "hopes");
  private static final Set<String> PRONOUNS =
      Set.of("he", "him", "his", "she", "her", "they", "them", "their", "it", "its");

  private final String text;
  private final List<Mention> mentions = new ArrayList<>();
  private String byline;

  private Fixture(String text) {
    this.text = text;
  }

  static Fixture of(String text) {
    return new Fixture(text);
  }

  Fixture person(String... names) {
    return add(EntityType.PERSON, names);
  }

  Fixture org(String... names) {
    return add(EntityType.ORGANIZATION, names);
  }

  Fixture loc(String... names) {
    return add(EntityType.LOCATION, names);
  }

  Fixture nat(String... names) {
    return add(EntityType.NATIONALITY, names);
  }

  Fixture byline(String b) {
    this.byline = b;
    return this;
  }

  private Fixture add(EntityType type, String... names) {
    for (String n : names) {
      Matcher m =
          Pattern.compile("(?<![\\p{L}\\d])" + Pattern.quote(n) + "(?![\\p{L}\\d])").matcher(text);
      boolean found = false;
      while (m.find()) {
        int s = m.start();
        int e = m.end();
        if (mentions.stream().noneMatch(x -> x.span().start() < e && s < x.span().end())) {
          mentions.add(new Mention(new Span(s, e), n, type, 0));
        }
        found = true;
      }
      if (!found) {
        throw new IllegalArgumentException("not in the fixture text: " + n);
      }
    }
    return this;
  }

  Article article() {
    return new Article(
        ArticleId.of(text),
        List.of(Origin.file("fixture.txt")),
        "Fixture Daily",
        null,
        null,
        null,
        byline,
        "en",
        text,
        List.of(),
        null,
        List.of());
  }

  Annotation annotation() {
    List<Sentence> sentences = new ArrayList<>();
    List<Token> current = new ArrayList<>();
    Matcher m = TOKEN.matcher(text);
    int sentenceStart = -1;
    int lastEnd = 0;
    while (m.find()) {
      String t = m.group();
      boolean paragraph = text.substring(lastEnd, m.start()).contains("\n\n");
      if (paragraph && !current.isEmpty()) {
        sentences.add(close(sentences.size(), sentenceStart, lastEnd, current));
        current = new ArrayList<>();
      }
      if (current.isEmpty()) {
        sentenceStart = m.start();
      }
      current.add(new Token(current.size(), new Span(m.start(), m.end()), t, t, pos(t)));
      lastEnd = m.end();
      boolean end = ".".equals(t) || "?".equals(t) || "!".equals(t);
      if (end) {
        // a closing quote after the full stop stays in the sentence
        int q = m.end();
        if (q < text.length() && (text.charAt(q) == '\u201d' || text.charAt(q) == '"')) {
          m.find();
          current.add(
              new Token(current.size(), new Span(m.start(), m.end()), m.group(), m.group(), "''"));
          lastEnd = m.end();
        }
        sentences.add(close(sentences.size(), sentenceStart, lastEnd, current));
        current = new ArrayList<>();
      }
    }
    if (!current.isEmpty()) {
      sentences.add(close(sentences.size(), sentenceStart, lastEnd, current));
    }
    List<Mention> ms = new ArrayList<>();
    for (Mention x : mentions) {
      int sentence = 0;
      for (Sentence s : sentences) {
        if (x.span().start() >= s.span().start() && x.span().start() < s.span().end()) {
          sentence = s.index();
        }
      }
      ms.add(new Mention(x.span(), x.text(), x.type(), sentence));
    }
    ms.sort(Comparator.comparingInt(x -> x.span().start()));
    return new Annotation(ArticleId.of(text), sentences, ms);
  }

  private static Sentence close(int index, int start, int end, List<Token> tokens) {
    return new Sentence(index, new Span(start, end), tokens, List.of());
  }

  private static String pos(String t) {
    String w = t.toLowerCase(java.util.Locale.ROOT);
    if (PRONOUNS.contains(w)) {
      return "PRP";
    }
    if (VERBS.contains(w)) {
      return "VBD";
    }
    if (Character.isUpperCase(t.charAt(0))) {
      return "NNP";
    }
    return null;
  }
}
