package org.annalist.extract.coder;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.annalist.model.Article;
import org.annalist.model.Event;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The codebook's 084 split (persons released are 0841; a published statement is no release), and
 * event nouns whose parties are named "between A and B".
 */
@Tag("models")
class NounAndReleaseEventsTest {
  private static List<Event> code(String body) {
    Article a = CodedArticles.article("rl1", LocalDate.of(2020, 4, 9), "KABUL", body);
    return CodedArticles.code(a);
  }

  @Test
  void prisonersReleasedArePersonsReleased() {
    List<Event> es = code("The Afghan government released 100 Taliban prisoners on Wednesday.");
    assertEquals(1, es.size(), es.toString());
    assertEquals("0841", es.get(0).cameo());
    assertEquals("AFGGOV", es.get(0).source().code());
    assertEquals("AFGINSTAL", es.get(0).target().code());
  }

  @Test
  void aStatementReleasedIsNoEvent() {
    assertEquals(
        List.of(), code("The Taliban released a statement on the Afghan government on Wednesday."));
  }

  @Test
  void clashesBetweenTwoPartiesAreFightingBothWays() {
    List<Event> es =
        code(
            "Scores of people were killed in clashes between the Afghan security forces and"
                + " Taliban insurgents on Saturday.");
    assertEquals(
        List.of("AFGMIL>AFGINSTAL:190", "AFGINSTAL>AFGMIL:190"),
        es.stream()
            .map(e -> e.source().code() + ">" + e.target().code() + ":" + e.cameo())
            .toList());
  }

  @Test
  void anAgreementBetweenTwoPartiesRecalledIsNoNewSigning() {
    assertEquals(
        List.of(),
        code(
            "Prisoners were freed under the agreement between the United States and the"
                + " Taliban."));
  }
}
