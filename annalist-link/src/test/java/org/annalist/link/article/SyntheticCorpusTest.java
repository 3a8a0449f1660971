package org.annalist.link.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SyntheticCorpusTest {
  @Test
  void theSameSeedGivesTheSameCorpus() {
    assertEquals(SyntheticCorpus.generate(300, 7), SyntheticCorpus.generate(300, 7));
    assertNotEquals(
        SyntheticCorpus.generate(300, 7).articles(), SyntheticCorpus.generate(300, 8).articles());
  }

  @Test
  void itHasTheSizeAskedForWithCopiesAndDatesOverAYear() {
    SyntheticCorpus c = SyntheticCorpus.generate(2000, 1);
    assertEquals(2000, c.articles().size());
    assertEquals(2000, c.happening().size());
    assertTrue(c.copyOf().size() > 100, "copies: " + c.copyOf().size());
    long months = c.articles().stream().map(a -> a.date().getMonth()).distinct().count();
    assertEquals(12, months);
    assertThrows(IllegalArgumentException.class, () -> SyntheticCorpus.generate(0, 1));
  }

  @Test
  void theLinkerFindsTheGeneratedCopiesAndHappenings() {
    SyntheticCorpus c = SyntheticCorpus.generate(2000, 3);
    ArticleLinks links = ArticleLinker.withDefaults().link(c.articles());
    c.copyOf()
        .forEach(
            (copy, source) ->
                assertEquals(
                    links.copyGroup(source), links.copyGroup(copy), copy + " copies " + source));
    long wrong =
        links.sameHappening().stream()
            .filter(p -> !c.happening().get(p.first()).equals(c.happening().get(p.second())))
            .count();
    assertEquals(0, wrong, "pairs across different happenings");
  }
}
