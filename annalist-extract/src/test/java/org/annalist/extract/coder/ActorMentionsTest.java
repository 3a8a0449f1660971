package org.annalist.extract.coder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.annalist.model.Article;
import org.annalist.model.Event;
import org.annalist.model.EventActor;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Actor mentions and codes on the project's own sentences through the real pipeline: spans are the
 * actors' noun phrases at their offsets, and a surname is no title.
 */
@Tag("models")
class ActorMentionsTest {
  private static List<Event> code(String body) {
    Article a = CodedArticles.article("am1", LocalDate.of(2021, 3, 2), "KABUL", body);
    List<Event> es = CodedArticles.code(a);
    for (Event e : es) {
      for (EventActor x : new EventActor[] {e.source(), e.target()}) {
        if (x != null) {
          assertEquals(body.substring(x.span().start(), x.span().end()), x.text(), e.toString());
        }
      }
    }
    return es;
  }

  @Test
  void aSurnameThatIsAnAgentWordIsNoTitle() {
    // "Kevin King" is a man named King: USA, not a US government official
    List<Event> es = code("The Taliban freed the American Kevin King on Tuesday.");
    assertTrue(
        es.stream()
            .anyMatch(
                e ->
                    e.target() != null
                        && e.target().text().contains("King")
                        && e.target().code().equals("USA")),
        es.toString());
  }

  @Test
  void temporalAndLocativeModifiersAreNoPartOfTheActor() {
    List<Event> es =
        code("The US military on Monday accused the Taliban in Kandahar of the killings.");
    assertTrue(
        es.stream()
            .anyMatch(
                e ->
                    "The US military".equals(e.source().text())
                        && e.target() != null
                        && "the Taliban".equals(e.target().text())),
        es.toString());
  }
}
