package org.annalist.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.annalist.model.Annotation;
import org.annalist.model.Article;
import org.annalist.model.Dependency;
import org.annalist.model.Mention;
import org.annalist.model.Sentence;
import org.annalist.model.Token;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The annotation contract, checked on every English article of the samples and the demo corpus:
 * offsets point into the body, sentences tile it in order, dependency trees are well formed.
 */
@Tag("models")
class AnnotationContractTest {
  static Stream<Article> articles() {
    List<Article> all = TestCorpus.allEnglish();
    assertFalse(all.isEmpty(), "no English articles found in " + TestCorpus.demoDir());
    return all.stream();
  }

  @ParameterizedTest(name = "{index}")
  @MethodSource("articles")
  void annotationKeepsTheContract(Article article) {
    String body = article.body();
    Annotation a = SharedEngine.get().apply(article);
    String where = article.origins().get(0).display();
    assertEquals(article.id(), a.articleId());
    assertFalse(a.sentences().isEmpty(), where);
    int previousEnd = 0;
    for (int i = 0; i < a.sentences().size(); i++) {
      Sentence s = a.sentences().get(i);
      assertEquals(i, s.index(), where);
      assertTrue(s.span().start() >= previousEnd, where + ": sentence " + i + " overlaps");
      assertTrue(
          body.substring(previousEnd, s.span().start()).isBlank(),
          where + ": text left out before sentence " + i);
      assertFalse(s.tokens().isEmpty(), where);
      assertEquals(s.span().start(), s.tokens().get(0).span().start(), where);
      assertEquals(s.span().end(), s.tokens().get(s.tokens().size() - 1).span().end(), where);
      int tokenEnd = s.span().start();
      for (int t = 0; t < s.tokens().size(); t++) {
        Token token = s.tokens().get(t);
        assertEquals(t, token.index(), where);
        assertTrue(token.span().start() >= tokenEnd, where + ": tokens out of order at " + token);
        assertEquals(token.span().of(body), token.text(), where + ": token text");
        assertTrue(token.lemma() != null && token.pos() != null, where + ": " + token);
        tokenEnd = token.span().end();
      }
      checkTree(s, where);
      previousEnd = s.span().end();
    }
    assertTrue(body.substring(previousEnd).isBlank(), where + ": text left out at the end");
    int mentionStart = 0;
    for (Mention m : a.mentions()) {
      assertEquals(m.span().of(body), m.text(), where + ": mention text");
      assertTrue(m.span().start() >= mentionStart, where + ": mentions out of order");
      Sentence s = a.sentences().get(m.sentence());
      assertTrue(
          m.span().start() >= s.span().start() && m.span().end() <= s.span().end(),
          where + ": mention " + m + " outside its sentence");
      mentionStart = m.span().start();
    }
  }

  /** One head per token, one root, indices inside the sentence. */
  private static void checkTree(Sentence s, String where) {
    int n = s.tokens().size();
    assertEquals(n, s.dependencies().size(), where + ": one edge per token in " + s.span());
    Set<Integer> dependents = new HashSet<>();
    int roots = 0;
    for (Dependency d : s.dependencies()) {
      assertTrue(d.dependent() >= 0 && d.dependent() < n, where + ": " + d);
      assertTrue(
          d.governor() >= -1 && d.governor() < n && d.governor() != d.dependent(),
          where + ": " + d);
      assertTrue(dependents.add(d.dependent()), where + ": two heads for " + d);
      if (d.governor() == -1) {
        assertEquals("root", d.relation(), where);
        roots++;
      }
    }
    assertEquals(1, roots, where + ": roots in " + s.span());
  }
}
