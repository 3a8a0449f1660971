package org.annalist.extract.coder;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.annalist.model.Article;
import org.annalist.model.Event;
import org.annalist.model.EventActor;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Agents alone that the text ties to a country or group: possessives and definite nouns with one
 * referent, on the project's own sentences, through the real pipeline.
 */
@Tag("models")
class AgentAntecedentsTest {
  private static List<Event> code(String dateline, String body) {
    Article a = CodedArticles.article("aa1", LocalDate.of(2021, 3, 2), dateline, body);
    return CodedArticles.code(a);
  }

  /** Whether some event has an actor whose text contains {@code text} coded {@code code}. */
  private static boolean has(List<Event> es, String text, String code) {
    for (Event e : es) {
      for (EventActor a : new EventActor[] {e.source(), e.target()}) {
        if (a != null && a.text().contains(text) && a.code().equals(code)) {
          return true;
        }
      }
    }
    return false;
  }

  @Test
  void itsTakesTheCodedSubjectOfTheClauseAbove() {
    List<Event> es =
        code(
            "LONDON",
            "Somalia said on Monday that its army attacked Al-Shabaab fighters near Baidoa.");
    assertTrue(has(es, "its army", "SOMMIL"), es.toString());
  }

  @Test
  void aPossessiveOfAnotherNounInThePhraseNamesNoOwner() {
    List<Event> es =
        code(
            "LONDON",
            "Somalia said on Monday that the army of its neighbour attacked Al-Shabaab fighters"
                + " near Baidoa.");
    assertTrue(!has(es, "army of its neighbour", "SOMMIL"), es.toString());
  }

  @Test
  void itsNamesTheOwnerEvenWhenItIsTheOtherParty() {
    List<Event> es =
        code(
            "LONDON",
            "The plan would have seen Britain begin to withdraw some of its roughly 4,000 troops"
                + " in return for guarantees.");
    assertTrue(has(es, "its roughly 4,000 troops", "GBRMIL"), es.toString());
  }

  @Test
  void theInsurgentsStayAnAgentWhenTwoGroupsFit() {
    List<Event> es =
        code(
            "LONDON",
            "The Taliban and Al-Qaeda were blamed for the bombing in Kabul. The insurgents"
                + " attacked a police station in Kandahar on Tuesday.");
    assertTrue(es.stream().noneMatch(e -> e.source().code().startsWith("AFGINS")), es.toString());
  }

  @Test
  void whoseTakesTheNounTheRelativeClauseModifies() {
    List<Event> es =
        code(
            "LONDON",
            "Eritrea, whose troops attacked Al-Shabaab fighters last year, was not invited to"
                + " the talks.");
    assertTrue(has(es, "whose troops", "ERIMIL"), es.toString());
  }

  @Test
  void hisTakesThePersonThePronounStandsFor() {
    List<Event> es =
        code(
            "LONDON",
            "President Joe Biden spoke to reporters in Washington on Monday. His government"
                + " condemned the Taliban for the attack on the border post.");
    assertTrue(has(es, "His government", "USAGOV"), es.toString());
  }

  @Test
  void ourInsideAQuoteTakesTheSpeaker() {
    List<Event> es =
        code(
            "LONDON",
            "\"Our army will attack Al-Shabaab fighters wherever they hide,\" Uhuru Kenyatta said"
                + " on Monday.");
    assertTrue(has(es, "Our army", "KENMIL"), es.toString());
  }

  @Test
  void aDefiniteNounPossessorTakesTheOneActorItsNamesHold() {
    List<Event> es =
        code(
            "LONDON",
            "NATO ministers met in Brussels on Wednesday. The alliance's troops attacked Taliban"
                + " positions near Kandahar on Thursday.");
    assertTrue(has(es, "alliance's troops", "IGONATMIL"), es.toString());
  }

  @Test
  void theGovernmentTakesTheOneStateNamedBefore() {
    List<Event> es =
        code(
            "LONDON",
            "Heavy fighting was reported in Somalia on Monday. The government condemned"
                + " Al-Shabaab for the attack on the port.");
    assertTrue(has(es, "The government", "SOMGOV"), es.toString());
  }

  @Test
  void theGovernmentTakesTheGovernmentNamedBeforeThoughTwoStatesAreNamed() {
    List<Event> es =
        code(
            "LONDON",
            "Officials of the Somali government arrived in Kenya on Monday for talks. The"
                + " government condemned Al-Shabaab for the attack on the port.");
    assertTrue(has(es, "The government", "SOMGOV"), es.toString());
  }

  @Test
  void theGovernmentStaysAnAgentWhenTwoStatesFit() {
    List<Event> es =
        code(
            "LONDON",
            "Heavy fighting was reported in Somalia and Kenya on Monday. The government condemned"
                + " Al-Shabaab for the attack on the port.");
    assertTrue(has(es, "The government", "---GOV"), es.toString());
  }
}
