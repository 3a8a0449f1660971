package org.annalist.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.annalist.link.article.ArticleDigest;
import org.annalist.link.article.ArticleLinker;
import org.annalist.link.article.ArticleLinks;
import org.annalist.link.event.ActorKeys;
import org.annalist.link.event.EventLinker;
import org.annalist.link.event.EventLinking;
import org.annalist.link.event.EventMention;
import org.annalist.link.event.IdChange;
import org.annalist.link.event.IdRegistry;
import org.annalist.link.event.LinkOptions;
import org.annalist.link.story.Story;
import org.annalist.link.story.StoryBuilder;
import org.annalist.model.DatePrecision;
import org.annalist.model.Event;
import org.annalist.model.EventActor;
import org.annalist.model.Factuality;
import org.annalist.model.PlacePrecision;
import org.annalist.model.Span;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LinkStoreTest {
  @TempDir Path dir;

  private static EventMention mention(
      String article, String cameo, String day, String place, Factuality f, String by) {
    Span trigger = new Span(10, 16);
    Event e =
        new Event(
            Event.idOf(article, 0, trigger, cameo),
            article,
            0,
            cameo,
            cameo.substring(0, 2),
            null,
            null,
            cameo.startsWith("19") ? -10 : 3.5,
            cameo.startsWith("19") ? 4 : 1,
            new EventActor("USA", "United States", null, "Washington", new Span(0, 5)),
            new EventActor("TAL", "Taliban", "org-1", "the Taliban", new Span(20, 31)),
            day,
            DatePrecision.DAY,
            place,
            place == null ? PlacePrecision.NONE : PlacePrecision.CLAUSE,
            f,
            by == null ? null : new EventActor(null, by, null, by, new Span(40, 45)),
            "met",
            trigger,
            new Span(0, 60));
    return new EventMention(e, "Outlet " + article, LocalDate.parse(day).plusDays(1));
  }

  @Test
  void linksRoundTripAndRewritingChangesNothing() {
    EventLinker linker = new EventLinker(LinkOptions.DEFAULTS, ActorKeys.standard());
    List<EventMention> ms =
        List.of(
            mention("a1", "046", "2020-02-29", "Doha", Factuality.ASSERTED, null),
            mention("a2", "046", "2020-02-29", null, Factuality.ASSERTED, null),
            mention("a3", "046", "2020-04-01", "Doha", Factuality.ASSERTED, null),
            mention("a4", "195", "2020-03-03", null, Factuality.CLAIMED, "Taliban spokesman"),
            mention("a5", "195", "2020-03-03", null, Factuality.DENIED, "Pentagon"));
    EventLinking linking = linker.link(ms, IdRegistry.EMPTY, Function.identity());
    List<Story> stories =
        new StoryBuilder(LinkOptions.DEFAULTS, ActorKeys.standard()).build(linking.events());
    assertEquals(3, linking.events().size());
    assertEquals(1, stories.size());
    List<ArticleDigest> digests =
        List.of(
            ArticleDigest.ofText("a1", "Wire", LocalDate.of(2020, 2, 29), "talks in doha today"),
            ArticleDigest.ofText("a2", "Post", LocalDate.of(2020, 2, 29), "talks in doha today"),
            ArticleDigest.ofText("a3", "Wire", LocalDate.of(2020, 4, 1), "other text"));
    ArticleLinks groups = ArticleLinker.withDefaults().link(digests);
    try (Store store = Store.open(dir)) {
      assertEquals(IdRegistry.EMPTY, store.linkRegistry());
      assertEquals(List.of(), store.articleGroups());
      store.writeLinks(digests, groups, linking, stories);
      List<ArticleGroup> stored = store.articleGroups();
      assertEquals(3, stored.size());
      for (ArticleGroup g : stored) {
        assertEquals(groups.copyGroup(g.articleId()), g.copyGroup());
        assertEquals(groups.happening(g.articleId()), g.happening());
      }
      assertEquals(LocalDate.of(2020, 4, 1), stored.get(2).day());
      assertEquals(linking.events(), store.linkedEvents());
      assertEquals(stories, store.stories());
      assertEquals(linking.registry(), store.linkRegistry());
      assertEquals(List.of(), store.linkChanges());
      assertTrue(store.linkedEvents().stream().anyMatch(e -> e.disputed()));
      // a second linking from the stored registry is the same
      EventLinking again = linker.link(ms, store.linkRegistry(), Function.identity());
      assertEquals(linking, again);
      store.writeLinks(digests, groups, again, stories);
      assertEquals(linking.events(), store.linkedEvents());
      // a change is logged
      IdRegistry merged =
          new IdRegistry(
              Map.of(ms.get(0).id(), "ev-a", ms.get(1).id(), "ev-b"),
              List.of("ev-a", "ev-b"),
              Map.of());
      EventLinking third = linker.link(ms.subList(0, 2), merged, Function.identity());
      store.writeLinks(List.of(), groups, third, List.of());
      assertEquals(List.of(), store.articleGroups());
      assertEquals(
          List.of(new IdChange(IdChange.Kind.MERGED, "ev-b", "ev-a")), store.linkChanges());
      assertEquals(third.registry(), store.linkRegistry());
      assertEquals(List.of(), store.stories());
    }
  }

  @Test
  void countsArticlesPerPublicationDay() {
    try (Store store = Store.open(dir)) {
      store.write(List.of(TestArticles.full(), TestArticles.minimal()));
      Map<LocalDate, Long> days = store.articlesPerDay();
      assertEquals(
          store.articleCount(),
          days.values().stream().mapToLong(Long::longValue).sum()
              + (TestArticles.minimal().published() == null ? 1 : 0));
    }
  }
}
