package org.annalist.link.dyad;

import static org.annalist.link.event.Events.in;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.annalist.link.event.ActorKeys;
import org.annalist.link.event.EventLinker;
import org.annalist.link.event.EventMention;
import org.annalist.link.event.IdRegistry;
import org.annalist.link.event.LinkOptions;
import org.annalist.link.event.LinkedEvent;
import org.annalist.model.DatePrecision;
import org.junit.jupiter.api.Test;

class DyadSeriesTest {
  private static final ActorKeys KEYS = ActorKeys.standard();

  private static List<LinkedEvent> linked(EventMention... ms) {
    return new EventLinker(LinkOptions.DEFAULTS, KEYS)
        .link(List.of(ms), IdRegistry.EMPTY, Function.identity())
        .events();
  }

  private final List<LinkedEvent> events =
      linked(
          // week 2021-W01 (Mon 2021-01-04): USA -> TAL: a meeting (q1, +3.5, two reports) and an
          // airstrike (q4, -10); TAL -> USA: an accusation (q3, -2)
          in("a1").day("2021-01-04").published("2021-01-04").build(),
          in("a2").day("2021-01-04").published("2021-01-05").build(),
          in("a3")
              .code("195")
              .goldstein(-10)
              .source("USAMIL", "US military")
              .day("2021-01-06")
              .published("2021-01-06")
              .build(),
          in("a4")
              .code("112")
              .goldstein(-2)
              .source("TAL", "Taliban")
              .target("USA", "United States")
              .day("2021-01-07")
              .published("2021-01-07")
              .build(),
          // week 2021-W02: TAL -> USA only
          in("a5")
              .code("112")
              .goldstein(-2)
              .source("TAL", "Taliban")
              .target("USAGOV", "US government")
              .day("2021-01-12")
              .published("2021-01-12")
              .build(),
          // other pairs and a month-precise date: not counted by week
          in("a6").source("CHN", "China").day("2021-01-05").published("2021-01-05").build(),
          in("a7")
              .code("141")
              .date("2021-01", DatePrecision.MONTH)
              .published("2021-01-30")
              .build());

  private final Map<LocalDate, Long> volume =
      Map.of(
          LocalDate.parse("2021-01-04"), 100L,
          LocalDate.parse("2021-01-06"), 100L,
          LocalDate.parse("2021-01-12"), 50L);

  @Test
  void weeklyCountsBothDirectionsNormalisedByVolume() {
    DyadSeries.Result r =
        new DyadSeries(KEYS).series(events, "USA", "TAL", Granularity.WEEK, volume);
    assertEquals(1, r.coarser());
    assertEquals(4, r.points().size());
    DyadPoint usaTal = r.points().get(0);
    assertEquals("2021-W01", usaTal.period());
    assertEquals("USA", usaTal.source());
    assertEquals(200, usaTal.articles());
    assertEquals(2, usaTal.events());
    assertEquals(3, usaTal.mentions());
    assertEquals(List.of(1, 0, 0, 1), quads(usaTal));
    assertEquals(-6.5, usaTal.goldsteinSum(), 1e-9);
    assertEquals(-3.25, usaTal.goldsteinMean(), 1e-9);
    assertEquals(10.0, usaTal.eventsPer1000(), 1e-9);
    assertEquals(-32.5, usaTal.goldsteinPer1000(), 1e-9);
    DyadPoint talUsa = r.points().get(1);
    assertEquals("TAL", talUsa.source());
    assertEquals(List.of(0, 0, 1, 0), quads(talUsa));
    DyadPoint quiet = r.points().get(2);
    assertEquals("2021-W02", quiet.period());
    assertEquals(0, quiet.events());
    assertNull(quiet.goldsteinMean());
    assertEquals(1, r.points().get(3).events(), "USAGOV counts as USA");
  }

  @Test
  void monthlySeriesHoldsMonthDatesAndAgentQueriesNarrow() {
    DyadSeries.Result m =
        new DyadSeries(KEYS).series(events, "USA", "TAL", Granularity.MONTH, volume);
    assertEquals(0, m.coarser());
    assertEquals(3, m.points().get(0).events());
    assertEquals(250, m.points().get(0).articles());
    DyadSeries.Result mil =
        new DyadSeries(KEYS).series(events, "USAMIL", "TAL", Granularity.DAY, Map.of());
    assertEquals(2, mil.points().size());
    assertEquals(1, mil.points().get(0).events());
    assertNull(mil.points().get(0).eventsPer1000(), "no volume known");
    DyadSeries.Result byName =
        new DyadSeries(KEYS).series(events, "china", "taliban", Granularity.DAY, Map.of());
    assertEquals(1, byName.points().get(0).events());
  }

  @Test
  void timelineFiltersByActorAndDates() {
    ActorTimeline t = new ActorTimeline(KEYS);
    assertEquals(6, t.of(events, "TAL", null, null).size());
    // the 6th to the 12th, and China's meeting with the Taliban on the 5th
    assertEquals(
        4,
        t.of(events, "TAL", LocalDate.parse("2021-01-05"), LocalDate.parse("2021-01-31")).size());
    assertEquals(1, t.of(events, "CHN", null, null).size());
  }

  private static List<Integer> quads(DyadPoint p) {
    return List.of(p.quad1(), p.quad2(), p.quad3(), p.quad4());
  }
}
