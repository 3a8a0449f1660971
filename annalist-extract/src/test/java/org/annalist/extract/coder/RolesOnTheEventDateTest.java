package org.annalist.extract.coder;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.annalist.model.Article;
import org.annalist.model.Event;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Officeholders are coded with the role they held when the event happened, not on the article's
 * day: an article of 2021 recalling what President Bush did in 2001 codes him as the government.
 */
@Tag("models")
class RolesOnTheEventDateTest {
  private static Event only(String body, LocalDate published) {
    Article a = CodedArticles.article("r1", published, "WASHINGTON", body);
    List<Event> es = CodedArticles.code(a);
    assertEquals(1, es.size(), es.toString());
    return es.get(0);
  }

  @Test
  void aDatedClauseReadsTheRoleOnItsDate() {
    Event then =
        only(
            "In October 2001, President George W. Bush accused the Taliban of sheltering"
                + " al-Qaeda.",
            LocalDate.of(2021, 4, 14));
    assertEquals("USAGOV", then.source().code(), then.toString());
    assertEquals("2001-10", then.date());
  }

  @Test
  void anUndatedClauseReadsTheRoleOnThePublicationDay() {
    Event now =
        only(
            "Former President George W. Bush accused the Taliban of sheltering al-Qaeda.",
            LocalDate.of(2021, 4, 14));
    assertEquals("USAELI", now.source().code(), now.toString());
  }
}
