package org.annalist.nlp;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.annalist.model.Annotation;
import org.annalist.model.Article;
import org.annalist.model.EntityType;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Names every reader of the real samples ({@code annalist.shared}/samples; skipped when absent)
 * finds, which the engine must find too, with their type. Written by reading the articles.
 */
@Tag("models")
class SampleEntitiesTest {
  record Expected(String sample, EntityType type, List<String> names) {
    @Override
    public String toString() {
      return sample + " " + type + " " + names;
    }
  }

  static Stream<Expected> expectations() {
    return Stream.of(
        new Expected(
            "000_1b9a43111a1d035d.txt",
            EntityType.PERSON,
            List.of("Zalmay Khalilzad", "Sonny Leggett")),
        new Expected(
            "000_1b9a43111a1d035d.txt",
            EntityType.LOCATION,
            List.of("Kandahar", "Helmand", "Qatar")),
        new Expected(
            "001_6fc2d3db2bbe2d60.txt",
            EntityType.PERSON,
            List.of(
                "Zalmay Khalilzad",
                "Qamar Javed Bajwa",
                "Sonny Leggett",
                "Suhail Shaheen",
                "Zabihullah Mujahid")),
        new Expected("001_6fc2d3db2bbe2d60.txt", EntityType.ORGANIZATION, List.of("ISPR")),
        new Expected("001_6fc2d3db2bbe2d60.txt", EntityType.LOCATION, List.of("Doha", "Pakistan")),
        new Expected(
            "002_d262258bf1a1a8de.txt",
            EntityType.PERSON,
            List.of("Antony J. Blinken", "Shah Mahmood Qureshi", "Zalmai Khalilzad")),
        new Expected("002_d262258bf1a1a8de.txt", EntityType.LOCATION, List.of("Qatar")),
        new Expected(
            "003_55e8465f3eb01f86.txt", EntityType.PERSON, List.of("Joe Biden", "John Kirby")),
        new Expected(
            "003_55e8465f3eb01f86.txt",
            EntityType.ORGANIZATION,
            List.of("Pentagon", "State Department")),
        new Expected(
            "004_f6050ecbb96f2acd.txt",
            EntityType.PERSON,
            List.of("Abdullah Abdullah", "Qamar Javed Bajwa")),
        new Expected("004_f6050ecbb96f2acd.txt", EntityType.LOCATION, List.of("Islamabad")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("expectations")
  void findsTheNamedThings(Expected expected) {
    Map<String, Article> samples = TestCorpus.samples();
    assumeTrue(samples.containsKey(expected.sample()), "shared samples not present");
    Article article = samples.get(expected.sample());
    Annotation a = SharedEngine.get().apply(article);
    Set<String> found =
        a.mentions().stream()
            .filter(m -> m.type() == expected.type())
            .map(m -> m.text())
            .collect(Collectors.toSet());
    for (String name : expected.names()) {
      // the mention may carry an unpunctuated title the model takes as part of the name ("Gen")
      assertTrue(
          found.stream().anyMatch(f -> f.equals(name) || f.endsWith(" " + name)),
          name + " not found as " + expected.type() + ": " + found);
    }
  }
}
