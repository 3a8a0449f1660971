package org.annalist.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.annalist.model.Article;
import org.annalist.model.ArticleEntity;
import org.annalist.model.ArticleId;
import org.annalist.model.DatePrecision;
import org.annalist.model.EntityType;
import org.annalist.model.Event;
import org.annalist.model.EventActor;
import org.annalist.model.Extraction;
import org.annalist.model.Factuality;
import org.annalist.model.Origin;
import org.annalist.model.PlacePrecision;
import org.annalist.model.Quote;
import org.annalist.model.QuoteKind;
import org.annalist.model.Span;
import org.annalist.model.Speaker;
import org.annalist.model.TimeExpression;
import org.annalist.model.TimexAnchoring;
import org.annalist.model.TimexType;
import org.annalist.pipeline.LinkJob;
import org.annalist.store.RunCounts;
import org.annalist.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The synthetic corpus of {@code annalist bench store}: consistent articles, never timings. */
class SyntheticCorpusTest {
  private static final String BODY =
      "President Joe Biden called the British prime minister on Monday about trade and the"
          + " harbour. \"We will keep talking with our partners,\" Biden said after the call."
          + " Officials described the conversation as constructive and friendly.";
  private static final String QUOTE = "We will keep talking with our partners";
  private static final LocalDate DAY = LocalDate.of(2021, 6, 7);

  @Test
  void makesConsistentArticlesWhoseExtractionsPointIntoTheirBodies(@TempDir Path tmp) {
    Article template = template();
    Extraction x = extraction(template);
    try (Store source = Store.open(tmp.resolve("source"));
        Store target = Store.open(tmp.resolve("target"))) {
      source.write(List.of(template));
      source.writeExtractions(List.of(x));
      List<SyntheticCorpus.Template> templates = SyntheticCorpus.templatesOf(source);
      assertEquals(1, templates.size());
      SyntheticCorpus corpus = new SyntheticCorpus(templates, 365, 7);
      List<Integer> progress = new ArrayList<>();
      RunCounts counts = corpus.fill(target, 20, "synthetic test", progress::add);
      assertEquals(20, counts.added());
      assertEquals(List.of(20), progress);
      assertEquals(20, target.articleCount());
      assertEquals(1, target.runs().size());

      Set<String> ids = new HashSet<>();
      Set<String> bodies = new HashSet<>();
      Set<LocalDate> days = new HashSet<>();
      target.forEachExtraction(
          (a, made) -> {
            ids.add(a.id());
            bodies.add(a.body());
            days.add(a.published());
            assertEquals(ArticleId.of(a.body()), a.id(), "the id is the body's");
            assertEquals(a.id(), made.articleId());
            assertEquals(BODY.length(), a.body().length());
            assertNotEquals(BODY, a.body(), "words are varied");
            long shift = ChronoUnit.DAYS.between(DAY, a.published());
            assertTrue(shift >= 0 && shift < 365, "shift " + shift);
            for (ArticleEntity e : made.entities()) {
              for (Span m : e.mentions()) {
                assertEquals(m.of(BODY), m.of(a.body()), "entity mention of " + e.name());
              }
            }
            for (Quote q : made.quotes()) {
              assertEquals(q.text(), q.span().of(a.body()));
              assertEquals("Biden", q.speaker().span().of(a.body()));
              assertEquals("said", q.verbSpan().of(a.body()));
            }
            for (TimeExpression t : made.times()) {
              assertEquals(t.text(), t.span().of(a.body()));
              assertEquals(DAY.plusDays(shift).toString(), t.value());
            }
            assertEquals(1, made.events().size());
            Event e = made.events().get(0);
            assertEquals(a.id(), e.articleId());
            assertEquals(
                Event.idOf(
                    a.id(),
                    e.sentence(),
                    e.triggerSpan(),
                    e.cameo() + "|" + x.events().get(0).id()),
                e.id());
            assertEquals(e.trigger(), e.triggerSpan().of(a.body()));
            assertEquals(e.source().text(), e.source().span().of(a.body()));
            assertEquals(e.target().text(), e.target().span().of(a.body()));
            assertEquals(a.published().toString(), e.date(), "the event moves with the article");
          });
      assertEquals(20, ids.size());
      assertEquals(20, bodies.size());
      assertTrue(days.size() > 10, "dates spread: " + days);

      LinkJob.Summary linked = LinkJob.standard().run(target);
      assertEquals(20, linked.mentions());
      assertTrue(linked.events() > 0);
      assertEquals(List.of(), linked.problems(), "every event id is unique");
    }
  }

  @Test
  void isDeterministic() {
    Article template = template();
    SyntheticCorpus a =
        new SyntheticCorpus(
            List.of(new SyntheticCorpus.Template(template, extraction(template))), 30, 3);
    SyntheticCorpus b =
        new SyntheticCorpus(
            List.of(new SyntheticCorpus.Template(template, extraction(template))), 30, 3);
    assertEquals(a.make(5), b.make(5));
    assertNotEquals(a.make(5).article().id(), a.make(6).article().id());
  }

  @Test
  void shiftsTimexValuesAtTheirOwnPrecision() {
    assertEquals("2021-06-14", SyntheticCorpus.shift("2021-06-07", 7));
    assertEquals("2021-W03", SyntheticCorpus.shift("2021-W02", 7));
    assertEquals("2022-W01", SyntheticCorpus.shift("2021-W52", 7));
    assertEquals("2022-01", SyntheticCorpus.shift("2021-12", 31));
    assertEquals("2022", SyntheticCorpus.shift("2021", 365));
    assertEquals("PRESENT_REF", SyntheticCorpus.shift("PRESENT_REF", 40));
    assertEquals("XXXX-06-07", SyntheticCorpus.shift("XXXX-06-07", 40));
  }

  @Test
  void madeUpWordsHaveTheLengthAsked() {
    for (int n = 4; n < 15; n++) {
      assertEquals(n, SyntheticCorpus.word(n * 31, n).length());
    }
  }

  private static Article template() {
    return new Article(
        ArticleId.of(BODY),
        List.of(Origin.file("call.txt")),
        "The Valley Herald",
        "President calls London about trade",
        DAY,
        null,
        null,
        "en",
        BODY,
        List.of(),
        Map.of(),
        List.of());
  }

  private static Extraction extraction(Article a) {
    String body = a.body();
    int president = body.indexOf("President Joe Biden");
    int called = body.indexOf("called");
    int pm = body.indexOf("the British prime minister");
    int quote = body.indexOf(QUOTE);
    int biden = body.indexOf("Biden said");
    int monday = body.indexOf("Monday");
    ArticleEntity person =
        new ArticleEntity(
            "e1",
            "Joe Biden",
            EntityType.PERSON,
            List.of("Biden"),
            List.of(),
            List.of(new Span(president + 10, president + 19), new Span(biden, biden + 5)));
    Quote q =
        new Quote(
            new Span(quote, quote + QUOTE.length()),
            QUOTE,
            QuoteKind.DIRECT,
            new Speaker("Joe Biden", new Span(biden, biden + 5), "e1"),
            null,
            "say",
            new Span(biden + 6, biden + 10),
            1);
    Event e =
        new Event(
            Event.idOf(a.id(), 0, new Span(called, called + 6), "040"),
            a.id(),
            0,
            "040",
            "04",
            "CONSULT",
            null,
            1.0,
            1,
            new EventActor(
                "USAGOV",
                "Joe Biden",
                "e1",
                "President Joe Biden",
                new Span(president, president + 19)),
            new EventActor(
                "GBRGOV",
                "British prime minister",
                null,
                "the British prime minister",
                new Span(pm, pm + 26)),
            DAY.toString(),
            DatePrecision.DAY,
            null,
            PlacePrecision.NONE,
            Factuality.ASSERTED,
            null,
            "called",
            new Span(called, called + 6),
            new Span(president, body.indexOf('.') + 1));
    TimeExpression t =
        new TimeExpression(
            new Span(monday, monday + 6),
            "Monday",
            TimexType.DATE,
            DAY.toString(),
            TimexAnchoring.RESOLVED,
            null,
            null);
    return new Extraction(a.id(), "test-1", List.of(t), List.of(person), List.of(q), List.of(e));
  }
}
