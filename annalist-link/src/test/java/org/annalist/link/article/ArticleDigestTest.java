package org.annalist.link.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.annalist.model.Article;
import org.annalist.model.ArticleEntity;
import org.annalist.model.DatePrecision;
import org.annalist.model.EntityType;
import org.annalist.model.Event;
import org.annalist.model.EventActor;
import org.annalist.model.Extraction;
import org.annalist.model.Factuality;
import org.annalist.model.Origin;
import org.annalist.model.PlacePrecision;
import org.annalist.model.Span;
import org.annalist.model.TimeExpression;
import org.annalist.model.TimexAnchoring;
import org.annalist.model.TimexType;
import org.junit.jupiter.api.Test;

class ArticleDigestTest {
  private static final String BODY =
      "The mayor of Millbrook met the river board on 12 March 2024 and again on Friday.";

  private static Article article(LocalDate published) {
    return new Article(
        "abc123",
        List.of(Origin.file("x.txt")),
        "Valley Herald",
        "Mayor meets board",
        published,
        null,
        null,
        "en",
        BODY,
        List.of(),
        null,
        null);
  }

  private static Extraction extraction() {
    TimeExpression march =
        new TimeExpression(
            new Span(46, 59),
            "12 March 2024",
            TimexType.DATE,
            "2024-03-12",
            TimexAnchoring.ABSOLUTE,
            null,
            null);
    TimeExpression friday =
        new TimeExpression(
            new Span(73, 79),
            "Friday",
            TimexType.DATE,
            "XXXX-WXX-5",
            TimexAnchoring.UNRESOLVED,
            null,
            null);
    ArticleEntity town =
        new ArticleEntity(
            "e1",
            "Millbrook",
            EntityType.LOCATION,
            List.of(),
            List.of(),
            List.of(new Span(13, 22)));
    ArticleEntity nation =
        new ArticleEntity(
            "e2", "Valleyan", EntityType.NATIONALITY, List.of(), List.of(), List.of());
    EventActor mayor =
        new EventActor("MLBGOV", "Millbrook mayor", null, "The mayor", new Span(0, 9));
    Event meet =
        new Event(
            "ev1",
            "abc123",
            0,
            "040",
            "04",
            "CONSULT",
            null,
            1.0,
            1,
            mayor,
            null,
            "2024-03-12",
            DatePrecision.DAY,
            null,
            PlacePrecision.NONE,
            Factuality.ASSERTED,
            null,
            "met",
            new Span(23, 26),
            new Span(0, 80));
    return new Extraction(
        "abc123", "v1", List.of(march, friday), List.of(town, nation), List.of(), List.of(meet));
  }

  @Test
  void publishedDateWins() {
    ArticleDigest d = ArticleDigest.of(article(LocalDate.of(2024, 3, 13)), extraction());
    assertEquals(LocalDate.of(2024, 3, 13), d.date());
    assertEquals("abc123", d.articleId());
    assertEquals("Valley Herald", d.outlet());
    assertTrue(d.text().startsWith("Mayor meets board\n\n"));
  }

  @Test
  void withoutAPublishedDateTheMostNamedDayIsUsed() {
    ArticleDigest d = ArticleDigest.of(article(null), extraction());
    assertEquals(LocalDate.of(2024, 3, 12), d.date());
  }

  @Test
  void actorsAndEventKeysComeFromTheExtraction() {
    ArticleDigest d = ArticleDigest.of(article(null), extraction());
    assertEquals(Set.of("millbrook", "MLBGOV"), d.actors(), "nationalities are left out");
    assertEquals(Set.of("04|MLBGOV|-"), d.eventKeys());
  }

  @Test
  void withoutAnExtractionThereIsTextOnly() {
    ArticleDigest d = ArticleDigest.of(article(null), null);
    assertNull(d.date());
    assertTrue(d.actors().isEmpty() && d.eventKeys().isEmpty());
  }

  @Test
  void blankIdsAreRefused() {
    assertThrows(IllegalArgumentException.class, () -> ArticleDigest.ofText(" ", null, null, "x"));
  }
}
