package org.annalist.link.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ArticleLinkerTest {
  private static final LocalDate DAY = LocalDate.of(2024, 4, 13);

  /** A wire story about a bridge opening in an invented town. */
  private static final String WIRE =
      "Bridge over the Ravel reopens in Millbrook after two years of repairs\n\n"
          + "MILLBROOK (Valley Wire) - The stone bridge over the river Ravel reopened to traffic on"
          + " Saturday after two years of repairs that cost the county 14 million euros, the"
          + " county engineer said. Mayor Ada Brandt cut a ribbon at the eastern end while a brass"
          + " band from the Millbrook school played. The US-made steel cables that hold the new"
          + " deck were tested last week with forty loaded lorries. Shopkeepers on Quay Street said"
          + " trade had fallen by a third while the bridge was closed. A ferry that ran during the"
          + " works will stop on Monday. The county said a second bridge, at Oxley, would be"
          + " inspected next spring. Brandt thanked the engineers and the residents for their"
          + " patience and said the town could breathe again.";

  /** The wire story republished: new headline, US to U.S., one sentence dropped. */
  private static final String REPUBLISHED =
      "Millbrook celebrates as river crossing opens again\n\n"
          + "MILLBROOK (Valley Wire) - The stone bridge over the river Ravel reopened to traffic on"
          + " Saturday after two years of repairs that cost the county 14 million euros, the"
          + " county engineer said. Mayor Ada Brandt cut a ribbon at the eastern end while a brass"
          + " band from the Millbrook school played. The U.S.-made steel cables that hold the new"
          + " deck were tested last week with forty loaded lorries. Shopkeepers on Quay Street said"
          + " trade had fallen by a third while the bridge was closed. The county said a second"
          + " bridge, at Oxley, would be inspected next spring. Brandt thanked the engineers and"
          + " the residents for their patience and said the town could breathe again.";

  /** Another outlet's own report of the same opening. */
  private static final String OWN_REPORT =
      "Ravel bridge open again, Brandt hails end of detour\n\n"
          + "Cars crossed the Ravel at Millbrook again on Saturday when the repaired stone bridge"
          + " reopened. Mayor Ada Brandt, who cut the ribbon, called the two-year closure a hard"
          + " time for Quay Street shopkeepers, whose trade fell sharply. The repairs cost the"
          + " county 14 million euros; engineers tested the steel cables of the new deck with"
          + " loaded lorries. The temporary ferry will stop running. Oxley bridge is next for"
          + " inspection, the county engineer said.";

  /** Same town and mayor, a different event: a budget vote. */
  private static final String BUDGET =
      "Millbrook council passes budget with cuts to libraries\n\n"
          + "The Millbrook council voted on Saturday to pass next year's budget, which cuts the"
          + " opening hours of the two public libraries and raises parking fees in the centre."
          + " Mayor Ada Brandt said the town had to save money after a poor harvest season hurt"
          + " local taxes. Opposition councillors walked out before the vote, calling the library"
          + " cuts a betrayal of families. Librarians plan a petition, their union said.";

  /** Unrelated filler, so that document frequencies mean something. */
  private static final String FLOOD =
      "Flood warnings lifted along the Tess\n\n"
          + "Flood warnings for villages along the Tess were lifted on Sunday as the water level"
          + " fell below the alert mark. Farmers counted losses in drowned fields of barley and"
          + " potatoes, and the regional agency promised compensation within a month.";

  private static final String CONCERT =
      "Orchestra returns to the old mill hall\n\n"
          + "The regional orchestra played its first concert in the restored mill hall on Friday,"
          + " with a programme of folk dances and a new cello concerto by a local composer."
          + " Tickets sold out within an hour.";

  private static List<ArticleDigest> corpus(int ownReportOffsetDays) {
    return List.of(
        ArticleDigest.ofText("a-wire", "Valley Wire", DAY, WIRE),
        ArticleDigest.ofText("b-repub", "Daily Lantern", DAY.plusDays(1), REPUBLISHED),
        ArticleDigest.ofText(
            "c-own", "Millbrook Herald", DAY.plusDays(ownReportOffsetDays), OWN_REPORT),
        ArticleDigest.ofText("d-budget", "Millbrook Herald", DAY, BUDGET),
        ArticleDigest.ofText("e-flood", "Tess Courier", DAY.plusDays(1), FLOOD),
        ArticleDigest.ofText("f-concert", "Mill Gazette", DAY, CONCERT));
  }

  @Test
  void lightlyEditedRepublicationIsACopy() {
    ArticleLinks links = ArticleLinker.withDefaults().link(corpus(0));
    assertEquals(1, links.copies().size(), links.copies().toString());
    LinkedPair p = links.copies().get(0);
    assertEquals("a-wire", p.first());
    assertEquals("b-repub", p.second());
    assertEquals(LinkKind.COPY, p.kind());
    assertTrue(p.score() > 0.6 && p.score() < 1.0, "jaccard " + p.score());
    assertEquals("a-wire", links.copyGroup("b-repub"));
    assertEquals("a-wire", links.copyGroup("a-wire"));
    assertEquals("c-own", links.copyGroup("c-own"));
    assertEquals(2, links.independentReports(List.of("a-wire", "b-repub", "c-own")));
  }

  @Test
  void reportsOfTheSameHappeningAreGroupedAndOtherEventsAreNot() {
    ArticleLinks links = ArticleLinker.withDefaults().link(corpus(0));
    assertEquals("a-wire", links.happening("c-own"), links.sameHappening().toString());
    assertEquals("a-wire", links.happening("b-repub"));
    assertEquals("d-budget", links.happening("d-budget"), "same town and mayor, another event");
    assertEquals("e-flood", links.happening("e-flood"));
    assertEquals("f-concert", links.happening("f-concert"));
    assertEquals(List.of("a-wire", "b-repub", "c-own"), links.happeningMembers().get("a-wire"));
    assertTrue(
        links.sameHappening().stream()
            .allMatch(p -> p.kind() == LinkKind.SAME_HAPPENING && p.reason().contains("cosine")));
  }

  @Test
  void theDateWindowIsRespected() {
    ArticleLinks late = ArticleLinker.withDefaults().link(corpus(40));
    assertEquals("c-own", late.happening("c-own"), "40 days later is another happening");
    ArticleLinks wide =
        new ArticleLinker(ArticleLinkOptions.DEFAULTS.withWindowDays(45)).link(corpus(40));
    assertEquals("a-wire", wide.happening("c-own"));
  }

  @Test
  void idsAndPairsDoNotDependOnInputOrder() {
    ArticleLinks first = ArticleLinker.withDefaults().link(corpus(0));
    for (int seed = 0; seed < 5; seed++) {
      List<ArticleDigest> shuffled = new ArrayList<>(corpus(0));
      Collections.shuffle(shuffled, new Random(seed));
      assertEquals(first, ArticleLinker.withDefaults().link(shuffled));
    }
  }

  @Test
  void anotherSeedFindsTheSameCopies() {
    ArticleLinkOptions d = ArticleLinkOptions.DEFAULTS;
    ArticleLinkOptions other =
        new ArticleLinkOptions(
            d.windowDays(),
            d.copyJaccard(),
            d.happeningCosine(),
            d.undatedCosine(),
            d.shingleWords(),
            d.bands(),
            d.rows(),
            42L,
            d.topTerms(),
            d.maxPostings(),
            d.entityWeight());
    assertEquals(
        ArticleLinker.withDefaults().link(corpus(0)).copies(),
        new ArticleLinker(other).link(corpus(0)).copies());
  }

  @Test
  void anUndatedCopyTakesItsGroupsDateAndAnUndatedLoneArticleIsReported() {
    List<ArticleDigest> docs = new ArrayList<>(corpus(0));
    docs.set(1, ArticleDigest.ofText("b-repub", "Daily Lantern", null, REPUBLISHED));
    docs.set(3, ArticleDigest.ofText("d-budget", "Millbrook Herald", null, BUDGET));
    ArticleLinks links = ArticleLinker.withDefaults().link(docs);
    assertEquals("a-wire", links.happening("b-repub"));
    assertEquals(1, links.problems().size(), links.problems().toString());
    assertTrue(links.problems().get(0).contains("d-budget"));
  }

  @Test
  void duplicateIdsAreReportedAndUnknownIdsAreTheirOwnGroup() {
    List<ArticleDigest> docs = new ArrayList<>(corpus(0));
    docs.add(ArticleDigest.ofText("a-wire", null, DAY, "something else entirely"));
    ArticleLinks links = ArticleLinker.withDefaults().link(docs);
    assertTrue(links.problems().get(0).contains("given twice"));
    assertEquals("zzz", links.copyGroup("zzz"));
    assertEquals("zzz", links.happening("zzz"));
    assertNotEquals(true, links.contains("zzz"));
  }

  @Test
  void optionsAreValidated() {
    assertThrows(
        IllegalArgumentException.class, () -> ArticleLinkOptions.DEFAULTS.withWindowDays(-1));
    assertThrows(
        IllegalArgumentException.class, () -> ArticleLinkOptions.DEFAULTS.withThresholds(0, 0.5));
    assertThrows(
        IllegalArgumentException.class, () -> ArticleLinkOptions.DEFAULTS.withThresholds(0.5, 1.5));
    assertThrows(
        IllegalArgumentException.class,
        () -> ArticleLinkOptions.DEFAULTS.withThresholds(0.5, Double.NaN));
  }

  @Test
  void emptyInputGivesEmptyLinks() {
    ArticleLinks links = ArticleLinker.withDefaults().link(List.of());
    assertTrue(links.copies().isEmpty() && links.sameHappening().isEmpty());
  }

  /** A third outlet's short version of the bridge story. */
  private static final String THIRD =
      "Millbrook bridge back in use\n\n"
          + "After two years of repairs, the stone bridge over the Ravel in Millbrook carries"
          + " traffic again. Mayor Ada Brandt cut the ribbon; the county paid 14 million euros for"
          + " the work, and engineers load-tested the new deck's steel cables with lorries. Quay"
          + " Street shopkeepers hope trade returns now that the ferry is no longer needed.";

  @Test
  void aRunningStoryIsNotChainedBeyondTheWindow() {
    List<ArticleDigest> docs = new ArrayList<>(corpus(0).subList(3, 6));
    docs.add(ArticleDigest.ofText("p0", null, DAY, WIRE));
    docs.add(ArticleDigest.ofText("p1", null, DAY.plusDays(3), OWN_REPORT));
    docs.add(ArticleDigest.ofText("p2", null, DAY.plusDays(6), THIRD));
    ArticleLinks same = ArticleLinker.withDefaults().link(docs);
    // p1 is within the window of both others, p0 and p2 are six days apart
    assertTrue(
        same.happening("p1").equals(same.happening("p0"))
            || same.happening("p1").equals(same.happening("p2")),
        same.sameHappening().toString());
    assertNotEquals(same.happening("p0"), same.happening("p2"), "not chained through p1");
    ArticleLinks wide = new ArticleLinker(ArticleLinkOptions.DEFAULTS.withWindowDays(6)).link(docs);
    assertEquals(wide.happening("p0"), wide.happening("p2"), wide.sameHappening().toString());
  }
}
