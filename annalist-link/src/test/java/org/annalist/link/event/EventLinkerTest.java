package org.annalist.link.event;

import static org.annalist.link.event.Events.in;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import org.annalist.model.DatePrecision;
import org.annalist.model.Factuality;
import org.junit.jupiter.api.Test;

class EventLinkerTest {
  private static final ActorKeys KEYS = ActorKeys.standard();
  private final EventLinker linker = new EventLinker(LinkOptions.DEFAULTS, KEYS);

  private EventLinking link(EventMention... ms) {
    return linker.link(List.of(ms), IdRegistry.EMPTY, Function.identity());
  }

  @Test
  void mergesReportsOfOneHappeningAcrossArticles() {
    EventLinking r =
        link(
            in("a1").source("USAGOV", "US government").day("2020-02-29").place("Doha").build(),
            in("a2").source("USA", "United States").day("2020-02-29").dateline("KABUL").build(),
            in("a3")
                .code("043")
                .day("2020-03-01")
                .published("2020-03-02")
                .place("Doha, Qatar")
                .build());
    assertEquals(1, r.events().size(), r.events().toString());
    LinkedEvent e = r.events().get(0);
    assertEquals(3, e.mentions().size());
    assertEquals(3, e.articles());
    assertEquals(3, e.outlets());
    assertEquals("Doha", e.place());
    assertEquals("2020-02-29", e.date());
    assertEquals("046", e.cameo());
    assertTrue(r.changes().isEmpty());
  }

  @Test
  void keepsApartDifferentDatesCodesActorsAndPlaces() {
    EventMention base = in("a1").day("2020-02-10").place("Doha").build();
    assertEquals(2, link(base, in("b").day("2020-02-13").build()).events().size(), "dates");
    assertEquals(2, link(base, in("b").code("190").day("2020-02-10").build()).events().size());
    assertEquals(
        2,
        link(base, in("b").source("CHN", "China").day("2020-02-10").build()).events().size(),
        "actors");
    assertEquals(
        2,
        link(base, in("b").target("AFG", "Afghanistan").day("2020-02-10").build()).events().size(),
        "targets");
    assertEquals(
        2, link(base, in("b").day("2020-02-10").place("Kabul").build()).events().size(), "place");
    assertEquals(
        2,
        link(base, in("b").factuality(Factuality.FUTURE, null, null).day("2020-02-10").build())
            .events()
            .size(),
        "a planned meeting is not the meeting");
  }

  @Test
  void agentsOfTheSameCountryMustNotConflict() {
    EventMention gov = in("a1").source("USAGOV", "US government").code("190").build();
    EventMention mil = in("a2").source("USAMIL", "US military").code("190").build();
    EventMention bare = in("a3").source("USA", "United States").code("190").build();
    assertEquals(2, link(gov, mil).events().size());
    assertEquals(1, link(gov, bare).events().size());
    // complete linkage: the bare code may join one of them, never both
    assertEquals(2, link(gov, mil, bare).events().size());
  }

  @Test
  void groupCodesMatchTheirLongerForms() {
    EventMention a = in("a1").code("193").target("AFGINSTAL", "Taliban insurgents").build();
    EventMention b = in("a2").code("183").target("TAL", "Taliban").build();
    assertEquals(1, link(a, b).events().size(), "18/19 are a documented group; TAL ~ AFGINSTAL");
  }

  @Test
  void dayToleranceWithoutDrift() {
    EventMention d1 = in("a1").day("2020-02-10").build();
    EventMention d2 = in("a2").day("2020-02-11").build();
    EventMention d3 = in("a3").day("2020-02-12").build();
    assertEquals(1, link(d1, d2).events().size());
    assertEquals(2, link(d1, d3).events().size());
    assertEquals(2, link(d1, d2, d3).events().size(), "no chain from the 10th to the 12th");
  }

  @Test
  void monthPrecisionMatchesAnyDayOfItsMonthButBridgesNothing() {
    EventMention month = in("m").date("2020-02", DatePrecision.MONTH).build();
    EventMention early = in("a1").day("2020-02-03").published("2020-02-04").build();
    EventMention late = in("a2").day("2020-02-20").published("2020-02-21").build();
    EventMention march = in("a3").day("2020-03-20").published("2020-03-21").build();
    assertEquals(1, link(month, early).events().size());
    assertEquals(2, link(month, march).events().size());
    EventLinking r = link(month, early, late);
    assertEquals(2, r.events().size());
    assertEquals(List.of(2, 1), r.events().stream().map(LinkedEvent::articles).toList());
    assertEquals("2020-02-03", r.events().get(0).date(), "the day date is the more precise");
    assertEquals(DatePrecision.DAY, r.events().get(0).datePrecision());
  }

  @Test
  void yearPrecisionJoinsOnlyItsLike() {
    EventMention year = in("y1").date("2020", DatePrecision.YEAR).build();
    EventMention sameYear = in("y2").date("2020", DatePrecision.YEAR).build();
    EventMention day = in("a1").day("2020-02-03").build();
    assertEquals(2, link(year, day).events().size());
    assertEquals(2, link(year, sameYear, day).events().size());
  }

  @Test
  void publicationDayIsWeakEvidenceOfTheDaysBefore() {
    EventMention dated = in("a1").day("2020-02-28").build();
    EventMention pub = in("a2").date("2020-03-01", DatePrecision.PUBLICATION).build();
    EventMention later = in("a3").date("2020-03-05", DatePrecision.PUBLICATION).build();
    assertEquals(1, link(dated, pub).events().size());
    assertEquals(2, link(dated, later).events().size());
  }

  @Test
  void undatedMentionsStayAlone() {
    EventMention a = in("a1").date(null, DatePrecision.UNKNOWN).build();
    EventMention b = in("a2").date(null, DatePrecision.UNKNOWN).build();
    EventLinking r = link(a, b);
    assertEquals(2, r.events().size());
    assertEquals(null, r.events().get(0).day());
  }

  @Test
  void symmetricCodesMayBeCodedFromEitherSide() {
    EventMention visit = in("a1").code("042").source("QAT", "Qatar").target("USA", "US").build();
    EventMention host = in("a2").code("043").source("USA", "US").target("QAT", "Qatar").build();
    assertEquals(1, link(visit, host).events().size());
    EventMention attack = in("a1").code("190").source("QAT", "Qatar").target("USA", "US").build();
    EventMention back = in("a2").code("190").source("USA", "US").target("QAT", "Qatar").build();
    assertEquals(2, link(attack, back).events().size(), "fighting is directed");
  }

  @Test
  void countsIndependentOutletsByCopyGroup() {
    EventMention wire = in("w").outlet("Continental Press Agency").published("2021-08-26").build();
    EventMention repost = in("r").outlet("Daily Lantern").published("2021-08-27").build();
    EventMention own = in("o").outlet("Meridian Post").published("2021-08-27").build();
    EventMention again = in("o2").outlet("Meridian Post").published("2021-08-28").build();
    Map<String, String> groups = Map.of("w", "g1", "r", "g1");
    EventLinking r =
        linker.link(
            List.of(wire, repost, own, again), IdRegistry.EMPTY, id -> groups.getOrDefault(id, id));
    LinkedEvent e = r.events().get(0);
    assertEquals(1, r.events().size());
    assertEquals(4, e.articles());
    assertEquals(3, e.outlets());
    assertEquals(2, e.independentOutlets(), "the re-post is not independent");
    assertEquals("2021-08-26", e.firstReport().toString());
    assertEquals("2021-08-28", e.lastReport().toString());
    assertEquals("g1", e.mentions().get(1).copyGroup());
    // without copy groups every outlet is independent
    assertEquals(
        3,
        linker
            .link(List.of(wire, repost, own, again), IdRegistry.EMPTY, Function.identity())
            .events()
            .get(0)
            .independentOutlets());
  }

  @Test
  void marksDisputesWithBothSides() {
    EventMention claim =
        in("a1").code("195").factuality(Factuality.CLAIMED, "TAL", "Taliban").build();
    EventMention denial =
        in("a2").code("195").factuality(Factuality.DENIED, "USAMIL", "US forces").build();
    EventLinking r = link(claim, denial);
    assertEquals(1, r.events().size());
    LinkedEvent e = r.events().get(0);
    assertTrue(e.disputed());
    assertEquals(List.of(new Party("Taliban", "TAL")), e.asserting());
    assertEquals(List.of(new Party("US forces", "USAMIL")), e.denying());
    assertFalse(link(claim).events().get(0).disputed());
    assertFalse(link(claim, in("a3").code("195").build()).events().get(0).disputed());
  }

  @Test
  void idsAreStableAcrossRunsAndAdditions() {
    List<EventMention> a =
        List.of(
            in("a1").day("2020-02-29").build(),
            in("a2").day("2020-02-29").build(),
            in("a3").code("190").day("2020-03-04").published("2020-03-05").build(),
            in("a4").source("CHN", "China").day("2020-03-02").build());
    EventLinking first = linker.link(a, IdRegistry.EMPTY, Function.identity());
    assertEquals(3, first.events().size());
    List<String> ids = first.events().stream().map(LinkedEvent::id).toList();
    // re-run: identical ids, no changes
    EventLinking again = linker.link(a, first.registry(), Function.identity());
    assertEquals(ids, again.events().stream().map(LinkedEvent::id).toList());
    assertTrue(again.changes().isEmpty());
    assertEquals(first.registry(), again.registry());
    // A + B, B reporting earlier (so B's mention is the earliest of a linked event of A)
    List<EventMention> ab = new ArrayList<>(a);
    ab.add(in("b1").day("2020-02-29").published("2020-02-29").build());
    ab.add(in("b2").code("141").day("2020-03-10").published("2020-03-10").build());
    EventLinking second = linker.link(ab, first.registry(), Function.identity());
    assertEquals(4, second.events().size());
    List<String> after = second.events().stream().map(LinkedEvent::id).toList();
    assertTrue(after.containsAll(ids), after + " keeps " + ids);
    assertTrue(second.changes().isEmpty());
    // from scratch, the merged event would take B's earlier mention's id: the registry is needed
    EventLinking scratch = linker.link(ab, IdRegistry.EMPTY, Function.identity());
    assertNotEquals(after, scratch.events().stream().map(LinkedEvent::id).toList());
    // order of input does not matter
    List<EventMention> shuffled = new ArrayList<>(ab);
    Collections.shuffle(shuffled, new Random(7));
    assertEquals(
        after,
        linker.link(shuffled, first.registry(), Function.identity()).events().stream()
            .map(LinkedEvent::id)
            .toList());
  }

  @Test
  void recordsMergesKeepingTheOlderId() {
    EventMention m1 = in("a1").build();
    EventMention m2 = in("a2").build();
    IdRegistry before =
        new IdRegistry(
            Map.of(m1.id(), "ev-old", m2.id(), "ev-newer"),
            List.of("ev-old", "ev-newer"),
            Map.of());
    EventLinking r = linker.link(List.of(m2, m1), before, Function.identity());
    assertEquals(1, r.events().size());
    assertEquals("ev-old", r.events().get(0).id());
    assertEquals(List.of(new IdChange(IdChange.Kind.MERGED, "ev-newer", "ev-old")), r.changes());
    assertEquals("ev-old", r.registry().retired().get("ev-newer"));
    // a mention still registered under the retired id finds the survivor
    EventLinking again = linker.link(List.of(m1, m2), r.registry(), Function.identity());
    assertEquals("ev-old", again.events().get(0).id());
    assertTrue(again.changes().isEmpty());
  }

  @Test
  void recordsSplitsAndDrops() {
    EventMention m1 = in("a1").build();
    EventMention m2 = in("a2").build();
    EventMention m3 = in("a3").day("2020-03-20").published("2020-03-21").build();
    IdRegistry before =
        new IdRegistry(
            Map.of(m1.id(), "ev-x", m2.id(), "ev-x", m3.id(), "ev-x", "gone", "ev-y"),
            List.of("ev-x", "ev-y"),
            Map.of());
    EventLinking r = linker.link(List.of(m1, m2, m3), before, Function.identity());
    assertEquals(2, r.events().size());
    assertEquals("ev-x", r.events().get(0).id(), "the larger part keeps the id");
    String split = "ev-" + m3.id();
    assertEquals(split, r.events().get(1).id());
    assertEquals(
        List.of(
            new IdChange(IdChange.Kind.SPLIT, "ev-x", split),
            new IdChange(IdChange.Kind.DROPPED, "ev-y", null)),
        r.changes());
    assertEquals(List.of("ev-x", "ev-y", split), r.registry().ids());
  }

  @Test
  void reportsProblemsAndUsesEachMentionOnce() {
    EventMention m = in("a1").build();
    EventMention odd = in("a2").date("2020-SU", DatePrecision.MONTH).build();
    EventLinking r = linker.link(List.of(m, m, odd), IdRegistry.EMPTY, Function.identity());
    assertEquals(2, r.events().size());
    assertEquals(2, r.problems().size(), r.problems().toString());
  }
}
