package org.annalist.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.junit.jupiter.api.Test;

class SpeakersTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static ObjectNode quote(String name, String entity) {
    ObjectNode q = JSON.createObjectNode();
    q.put("article", "a1");
    q.put("text", "words");
    if (name == null) {
      q.putNull("speaker");
    } else {
      ObjectNode s = q.putObject("speaker");
      s.put("name", name);
      s.put("entity", entity);
    }
    return q;
  }

  private static String line(ObjectNode n) {
    return n.path("name").asText() + "|" + n.path("entity").asText("-") + "|" + n.path("quotes");
  }

  @Test
  void speakersAreGroupedByEntityElseByNameAndRankedByQuotes() {
    List<ObjectNode> quotes =
        List.of(
            quote("Ana Ruiz", "person:1"),
            quote("Ruiz", "person:1"),
            quote("Ana Ruiz", "person:1"),
            quote("the minister", null),
            quote("The Minister", null),
            quote("Bo Lind", "person:2"),
            quote(null, null),
            quote("Al Ames", "person:3"));
    List<String> got = Speakers.of(quotes, null, JSON).stream().map(SpeakersTest::line).toList();
    assertEquals(
        List.of(
            "Ana Ruiz|person:1|3", "the minister|-|2", "Al Ames|person:3|1", "Bo Lind|person:2|1"),
        got);
  }

  @Test
  void aPartOfTheNameFiltersCaseIgnored() {
    List<ObjectNode> quotes = List.of(quote("Ana Ruiz", "person:1"), quote("Bo Lind", null));
    List<String> got = Speakers.of(quotes, "LIN", JSON).stream().map(SpeakersTest::line).toList();
    assertEquals(List.of("Bo Lind|-|1"), got);
  }
}
