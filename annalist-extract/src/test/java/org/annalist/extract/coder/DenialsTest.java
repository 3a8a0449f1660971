package org.annalist.extract.coder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.annalist.model.Article;
import org.annalist.model.Event;
import org.annalist.model.Factuality;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Denials of claims made elsewhere in the article, on the project's own sentences. */
@Tag("models")
class DenialsTest {
  private static List<Event> code(String body) {
    Article a = CodedArticles.article("d1", LocalDate.of(2021, 3, 2), "KABUL", body);
    return CodedArticles.code(a);
  }

  @Test
  void aPartyRejectingTheAllegationsDeniesWhatItIsClaimedToHaveDone() {
    List<Event> es =
        code(
            "The Taliban said Pakistani troops shelled villages in Kunar province on Monday. "
                + "A spokesman for the Pakistani army rejected the allegations as baseless.");
    Event claim =
        es.stream()
            .filter(
                e -> e.factuality() == Factuality.CLAIMED && e.source().code().startsWith("PAK"))
            .findFirst()
            .orElseThrow(() -> new AssertionError(es.toString()));
    Event denial =
        es.stream()
            .filter(e -> e.factuality() == Factuality.DENIED)
            .findFirst()
            .orElseThrow(() -> new AssertionError(es.toString()));
    assertEquals(claim.cameo(), denial.cameo());
    assertEquals(claim.source(), denial.source());
    assertEquals(1, denial.sentence());
    assertTrue(denial.assertedBy().code().startsWith("PAK"), denial.toString());
  }

  @Test
  void aRejectionOfSomethingElseDeniesNothing() {
    List<Event> es =
        code(
            "The Taliban said Pakistani troops shelled villages in Kunar province on Monday. "
                + "The Pakistani army rejected the proposal for joint patrols.");
    assertTrue(es.stream().noneMatch(e -> e.factuality() == Factuality.DENIED), es.toString());
  }

  @Test
  void theClaimantCannotDenyItsOwnClaim() {
    List<Event> es =
        code(
            "The Taliban said Pakistani troops shelled villages in Kunar province on Monday. "
                + "The Taliban later rejected reports that they had attacked a border post.");
    assertTrue(
        es.stream()
            .noneMatch(
                e -> e.factuality() == Factuality.DENIED && e.source().code().startsWith("PAK")),
        es.toString());
  }
}
