package org.annalist.extract.coder;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.annalist.model.Article;
import org.annalist.model.Event;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Reciprocal actions (the dictionary's '%' patterns: agreements, meetings, talks) whose parties are
 * not the subject: "by" agents of a passive, and the conjoined subject of a support verb whose
 * object is an event noun; and the codebook's verbs of signing, ceasefires, halted talks and
 * withdrawals.
 */
@Tag("models")
class ReciprocalEventsTest {
  private static List<String> code(String body) {
    Article a = CodedArticles.article("rc1", LocalDate.of(2020, 3, 1), null, body);
    return CodedArticles.code(a).stream().map(ReciprocalEventsTest::triple).toList();
  }

  private static String triple(Event e) {
    return e.source().code()
        + ">"
        + (e.target() == null ? "-" : e.target().code())
        + ":"
        + e.cameo();
  }

  @Test
  void aPassiveSignedByTwoPartiesIsSignedByEachWithTheOther() {
    assertEquals(
        List.of("IRNGOV>FRAGOV:057", "FRAGOV>IRNGOV:057"),
        code(
            "The treaty was signed in Geneva by the Iranian foreign minister and the French"
                + " ambassador."));
  }

  @Test
  void aParticipleSignedByTwoPartiesToo() {
    assertEquals(
        List.of("IRNGOV>FRAGOV:057", "FRAGOV>IRNGOV:057"),
        code(
            "The text signed in Geneva on Monday by Iranian envoy Javad Zarif and French"
                + " negotiator Jean Dupont says that troops should leave."));
  }

  @Test
  void twoByPhrasesAreTwoParties() {
    assertEquals(
        List.of("IRNGOV>FRAGOV:057", "FRAGOV>IRNGOV:057"),
        code("The memorandum was signed by the Iranian government and by the French government."));
  }

  @Test
  void oneAgentOrANonReciprocalVerbGivesNoPair() {
    assertEquals(List.of(), code("The treaty was signed by the Iranian foreign minister."));
    assertEquals(
        List.of("IRNMIL>-:190", "FRAMIL>-:190"),
        code("The village was attacked by Iranian troops and French soldiers."));
  }

  @Test
  void delegationsOfTwoPartiesMeetEachOther() {
    assertEquals(
        List.of("IRNGOV>AFGINSTAL:044", "AFGINSTAL>IRNGOV:044"),
        code(
            "Delegations of the Iranian government and the Taliban met face to face in Doha"
                + " today for the first time."));
  }

  @Test
  void aConjoinedSubjectHoldingTalksOrIssuingAJointDeclarationActsOnEachOther() {
    assertEquals(
        List.of("IRN>FRA:046", "FRA>IRN:046"), code("Iran and France held talks in Geneva."));
    assertEquals(
        List.of("IRN>FRA:046", "FRA>IRN:046"),
        code("Iran and France resumed their talks in Geneva on Monday."));
    assertEquals(
        List.of("IRN>FRA:057", "FRA>IRN:057"),
        code("Iran and France issued a joint declaration on Monday."));
  }

  @Test
  void aNounThatIsNotReciprocalStaysWithoutTarget() {
    assertEquals(List.of(), code("Iran and France issued a statement on Monday."));
  }

  @Test
  void signaturesPutToATextByTwoPartiesAreASigning() {
    assertEquals(
        List.of("IRNGOV>FRAGOV:057", "FRAGOV>IRNGOV:057"),
        code(
            "The Iranian envoy and the French minister put their signatures to the text at a"
                + " ceremony in Geneva."));
  }

  @Test
  void aCeasefireObservedByTwoPartiesIsDeclaredByEach() {
    assertEquals(
        List.of("AFGINSTAL>AFGGOV:0871", "AFGGOV>AFGINSTAL:0871"),
        code("The Taliban and the Afghan government observed a three-day ceasefire in July."));
  }

  @Test
  void talksCalledOffOrWalkedOutOfAreHalted() {
    assertEquals(
        List.of("IRN>FRA:164"), code("Iran abruptly called off negotiations with France."));
    assertEquals(
        List.of("AFGINSTAL>AFGGOV:164"),
        code("The Taliban walked out of the talks with the Afghan government on Tuesday."));
  }

  @Test
  void partiesThatAreInTalksWithAnotherNegotiateWithIt() {
    assertEquals(
        List.of("QAT>AFGINSTAL:046", "TUR>AFGINSTAL:046"),
        code("Qatar and Turkey have been in talks with the Taliban about the airport."));
  }

  @Test
  void troopsLeavingACountryWithdrawFromItAPersonLeavingTravels() {
    assertEquals(
        List.of("---MIL>IRQ:0874"), code("Foreign forces will leave Iraq within 14 months."));
    assertEquals(List.of(), code("The minister will leave Kabul for Doha on Monday."));
  }

  @Test
  void anAgreementSignedBetweenTwoPartiesIsSignedByEach() {
    assertEquals(
        List.of("IRNGOV>FRAGOV:057", "FRAGOV>IRNGOV:057"),
        code(
            "Iranians reacted with relief on Thursday to the agreement signed yesterday in Geneva"
                + " between the Iranian government and the French government."));
  }

  @Test
  void aDatelineTakenForTheSubjectGivesWayToTheSubject() {
    // the parser makes "GENEVA" the subject and "commanders" its dependent
    assertEquals(
        List.of("IRNMIL>FRAMIL:057", "FRAMIL>IRNMIL:057"),
        code(
            "GENEVA — Military commanders of Iran's army and French forces signed an agreement in"
                + " Geneva on Saturday that provides for access to the border."));
  }

  @Test
  void speakingWithAnotherByTelephoneIsATelephoneConsultation() {
    assertEquals(
        List.of("IRNGOV>FRAGOV:041"),
        code(
            "The Iranian president said on Twitter that he had spoken with the French president"
                + " by telephone."));
    assertEquals(
        List.of("IRNGOV>FRAGOV:040"),
        code("The Iranian president spoke with the French president on Monday."));
    assertEquals(List.of(), code("The Iranian minister spoke to reporters in Geneva."));
  }
}
