package org.annalist.eval.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.annalist.eval.event.EventReport.Level;
import org.annalist.model.Article;
import org.annalist.model.DatePrecision;
import org.annalist.model.Event;
import org.annalist.model.EventActor;
import org.annalist.model.Factuality;
import org.annalist.model.Origin;
import org.annalist.model.PlacePrecision;
import org.annalist.model.Span;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The event scorer on made-up articles and events (no models). */
class EventEvalTest {
  private static final String BODY =
      "Gondor and Mordor signed a truce on Monday. Rohan\u2019s king  criticised the deal."
          + " Orcs attacked a village.";

  private static Article article(String path, String body) {
    return new Article(
        "a-" + path,
        List.of(Origin.file("/corpus/" + path)),
        null,
        null,
        LocalDate.of(2020, 1, 1),
        null,
        null,
        "en",
        body,
        List.of(),
        Map.of(),
        List.of());
  }

  private static Event event(
      String article, String src, String tgt, String code, Factuality f, String trigger) {
    int at = BODY.indexOf(trigger);
    int start = Math.max(0, BODY.lastIndexOf(". ", at) + (BODY.lastIndexOf(". ", at) < 0 ? 0 : 2));
    int end = BODY.indexOf('.', at) + 1;
    return new Event(
        Event.idOf(article, 0, new Span(at, at + trigger.length()), code),
        article,
        0,
        code,
        code.substring(0, 2),
        null,
        null,
        0.0,
        1,
        new EventActor(src, src, null, src, new Span(0, 1)),
        tgt == null ? null : new EventActor(tgt, tgt, null, tgt, new Span(0, 1)),
        null,
        DatePrecision.UNKNOWN,
        null,
        PlacePrecision.NONE,
        f,
        null,
        trigger,
        new Span(at, at + trigger.length()),
        new Span(start, end));
  }

  private static GoldEvent gold(String src, String tgt, String code, String fact, String frag) {
    return new GoldEvent("story/a.txt", src, tgt, code, fact, frag, null);
  }

  @Test
  void scoresLevelsPerSentence() {
    Article a = article("story/a.txt", BODY);
    EventGold g =
        EventGold.of(
            "test",
            List.of(
                gold("GON", "MOR", "0871", "asserted", "signed a truce"),
                gold("MOR", "GON", "0871", "asserted", "signed a truce"),
                gold("ROHGOV", "GON", "111", "asserted", "Rohan's king criticised"),
                gold("ORC", null, "190", "asserted", "Orcs attacked")));
    List<Event> sys =
        List.of(
            event(a.id(), "GON", "MOR", "0871", Factuality.ASSERTED, "signed"), // exact
            event(a.id(), "MOR", "GON", "057", Factuality.FUTURE, "signed"), // wrong code, root 05
            event(a.id(), "ROH", "GON", "112", Factuality.ASSERTED, "criticised"), // lenient root
            event(a.id(), "GON", "MOR", "190", Factuality.ASSERTED, "attacked")); // root only
    EventReport r = EventEval.standard().run(g, List.of(a), Map.of(a.id(), sys));
    assertEquals(1, r.articles());
    assertEquals(new EventScore(1, 4, 4), r.score(Level.EXACT_CODE));
    assertEquals(new EventScore(1, 4, 4), r.score(Level.EXACT_ROOT));
    assertEquals(new EventScore(1, 4, 4), r.score(Level.LENIENT_CODE));
    assertEquals(new EventScore(2, 4, 4), r.score(Level.LENIENT_ROOT));
    assertEquals(new EventScore(3, 4, 4), r.score(Level.ROOT));
    assertEquals(0.25, r.score(Level.EXACT_CODE).precision(), 1e-9);
    assertEquals(2, r.factualityMatched());
    assertEquals(2, r.factualityAgreed());
    assertEquals(3, r.missed().size());
    assertEquals(3, r.extra().size());
    assertTrue(r.missed().get(0).contains("MOR -> GON 057 (future)"), r.missed().get(0));
    assertTrue(r.unlocated().isEmpty());
  }

  @Test
  void aSystemEventCountsOnceAndOnlyInItsSentence() {
    Article a = article("story/a.txt", BODY);
    EventGold g =
        EventGold.of(
            "test",
            List.of(
                gold("GON", "MOR", "0871", "asserted", "signed a truce"),
                gold("GON", "MOR", "0871", "asserted", "Orcs attacked")));
    List<Event> sys = List.of(event(a.id(), "GON", "MOR", "0871", Factuality.FUTURE, "signed"));
    EventReport r = EventEval.standard().run(g, List.of(a), Map.of(a.id(), sys));
    assertEquals(new EventScore(1, 2, 1), r.score(Level.EXACT_CODE));
    assertEquals(0, r.factualityAgreed());
    assertEquals(1.0, r.score(Level.EXACT_CODE).precision(), 1e-9);
  }

  @Test
  void uncoveredArticlesAreNotScoredAndMissingOnesAreMissed() {
    Article a = article("story/a.txt", BODY);
    Article other = article("story/b.txt", BODY);
    EventGold g =
        EventGold.of(
            "test",
            List.of(
                gold("GON", "MOR", "0871", "asserted", "signed a truce"),
                new GoldEvent("story/c.txt", "GON", null, "190", null, "x", null),
                gold("GON", "MOR", "0871", "asserted", "not in the text")));
    List<Event> sys = List.of(event(a.id(), "GON", "MOR", "0871", Factuality.ASSERTED, "signed"));
    List<Event> sysOther =
        List.of(event(other.id(), "XXX", "YYY", "190", Factuality.ASSERTED, "Orcs"));
    EventReport r =
        EventEval.standard().run(g, List.of(a, other), Map.of(a.id(), sys, other.id(), sysOther));
    assertEquals(new EventScore(1, 3, 1), r.score(Level.EXACT_CODE));
    assertEquals(List.of("story/c.txt"), r.unmatched());
    assertEquals(1, r.unlocated().size());
  }

  @Test
  void lenientActorsAreCompatibleUpToRoleGranularity() {
    EventEval e = EventEval.standard();
    assertTrue(e.sameActor("USA", "USAGOV", true));
    assertTrue(e.sameActor("USAGOV", "USA", true));
    assertTrue(!e.sameActor("USA", "USAGOV", false));
    assertTrue(!e.sameActor("USAGOV", "USAMIL", true));
    assertTrue(e.sameActor(null, null, true));
    assertTrue(!e.sameActor(null, "USA", true));
  }

  @Test
  void locatesFragmentsAcrossWhitespaceAndCurlyQuotes() {
    Span s = EventEval.locate(BODY, "Rohan's king criticised");
    assertEquals("Rohan\u2019s king  criticised", s.of(BODY));
    assertNull(EventEval.locate(BODY, "Gondor attacked"));
    assertEquals("Rohan\u2019s king criticised the deal.", EventEval.sentence(BODY, s));
  }

  @Test
  void readsTheGoldFormat(@TempDir Path dir) throws Exception {
    Files.writeString(
        dir.resolve("events.jsonl"),
        "{\"file\": \"story/a.txt\", \"source\": \"GON\", \"target\": null, \"code\": \"190\","
            + " \"root\": \"19\", \"factuality\": \"asserted\", \"fragment\": \"Orcs\","
            + " \"note\": null}\n\n");
    EventGold g = EventGold.read(dir);
    assertEquals(1, g.events().size());
    assertNull(g.events().get(0).target());
    assertEquals("19", g.events().get(0).root());
  }

  @Test
  void theDemoGoldReads() throws Exception {
    Path root = Path.of(System.getProperty("annalist.root", ".."));
    EventGold g = EventGold.read(root.resolve("demo/expected"));
    assertTrue(g.byArticle().size() >= 20, "articles covered: " + g.byArticle().size());
  }
}
