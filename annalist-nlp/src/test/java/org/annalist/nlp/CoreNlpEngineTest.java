package org.annalist.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.annalist.model.Annotation;
import org.annalist.model.Dependency;
import org.annalist.model.EntityType;
import org.annalist.model.Mention;
import org.annalist.model.Sentence;
import org.annalist.model.Token;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The engine on small texts written for the test. */
@Tag("models")
class CoreNlpEngineTest {
  private static final String BODY =
      "Zalmay Khalilzad met Taliban negotiators in Doha on Monday.\n\n"
          + "The talks resumed in Kabul";

  @Test
  void annotatesSentencesTokensParsesAndMentions() {
    Annotation a = SharedEngine.get().apply(Articles.of(BODY, "en"));
    assertEquals(2, a.sentences().size(), "a blank line ends a sentence even without a period");
    Sentence first = a.sentences().get(0);
    assertEquals(0, first.span().start());
    assertEquals(
        "Zalmay Khalilzad met Taliban negotiators in Doha on Monday.", first.span().of(BODY));
    Token met = first.tokens().get(2);
    assertEquals("met", met.text());
    assertEquals("meet", met.lemma());
    assertEquals("VBD", met.pos());
    assertEquals(2, met.index());
    assertTrue(first.dependencies().contains(new Dependency("root", -1, 2)));
    assertTrue(first.dependencies().contains(new Dependency("nsubj", 2, 1)));
    assertEquals(1, a.sentences().get(1).index());

    List<Mention> m = a.mentions();
    assertTrue(
        m.contains(
            new Mention(
                new org.annalist.model.Span(0, 16), "Zalmay Khalilzad", EntityType.PERSON, 0)),
        m.toString());
    assertTrue(
        m.stream()
            .anyMatch(
                x ->
                    x.text().equals("Kabul")
                        && x.type() == EntityType.LOCATION
                        && x.sentence() == 1),
        m.toString());
    assertTrue(m.stream().noneMatch(x -> x.text().contains("Monday")), "dates are not mentions");
  }

  @Test
  void dropsPronounMentions() {
    Annotation a =
        SharedEngine.get()
            .apply(
                Articles.of(
                    "Ashraf Ghani spoke in Kabul. He said his government would talk.", "en"));
    assertTrue(
        a.mentions().stream()
            .noneMatch(x -> x.text().equalsIgnoreCase("he") || x.text().equals("his")),
        a.mentions().toString());
  }

  @Test
  void emptyBodyGivesEmptyAnnotation() {
    for (String body : new String[] {"", "  \n\n "}) {
      Annotation a = SharedEngine.get().apply(Articles.of(body, "en"));
      assertEquals(List.of(), a.sentences());
      assertEquals(List.of(), a.mentions());
    }
  }

  @Test
  void nonEnglishGivesEmptyAnnotation() {
    Annotation a =
        SharedEngine.get()
            .apply(
                Articles.of("El presidente Juan Manuel Santos firmó el acuerdo en Bogotá.", "es"));
    assertEquals(List.of(), a.sentences());
    assertEquals(List.of(), a.mentions());
  }

  @Test
  void describesItsConfiguration() {
    String d = SharedEngine.get().describe();
    assertTrue(d.startsWith("CoreNLP 4.5.10 ("), d);
    assertTrue(d.contains("depparse"), d);
  }
}
