package org.annalist.extract.coder;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.annalist.extract.TestEngines;
import org.annalist.extract.actor.DictionaryReader;
import org.annalist.extract.entity.ArticleEntities;
import org.annalist.extract.quote.QuoteExtractor;
import org.annalist.ingest.clean.ArticleCleaner;
import org.annalist.model.Annotation;
import org.annalist.model.Article;
import org.annalist.model.ArticleEntity;
import org.annalist.model.Event;
import org.annalist.model.Extraction;
import org.annalist.model.Factuality;
import org.annalist.model.Origin;
import org.annalist.model.RawDocument;
import org.annalist.model.SourceFormat;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Events coded from the real samples in ../shared/samples (skipped when absent). */
@Tag("models")
class SamplesEventsGoldenTest {
  private static final String RES = "/org/annalist/extract/coder/";

  static ActorCoder fixtureActors() {
    return new ActorCoder(
        DictionaryReader.actors(
                "test.actors.txt",
                new InputStreamReader(
                    SamplesEventsGoldenTest.class.getResourceAsStream(RES + "test.actors.txt"),
                    StandardCharsets.UTF_8))
            .value(),
        DictionaryReader.agents(
                "test.agents.txt",
                new InputStreamReader(
                    SamplesEventsGoldenTest.class.getResourceAsStream(RES + "test.agents.txt"),
                    StandardCharsets.UTF_8))
            .value());
  }

  static List<Event> events(String prefix) throws IOException {
    Path dir = Path.of(System.getProperty("annalist.shared", "../shared"), "samples");
    Assumptions.assumeTrue(Files.isDirectory(dir), "no samples");
    Path file;
    try (Stream<Path> s = Files.list(dir)) {
      file =
          s.filter(p -> p.getFileName().toString().startsWith(prefix + "_"))
              .findFirst()
              .orElse(null);
    }
    Assumptions.assumeTrue(file != null, "no sample " + prefix);
    String text = Files.readString(file, StandardCharsets.UTF_8).replace("\r\n", "\n");
    Article a =
        new ArticleCleaner()
            .apply(
                new RawDocument(
                    Origin.file(file.toString()), SourceFormat.TEXT, text, "UTF-8", null, null));
    Annotation ann = TestEngines.standard().apply(a);
    List<ArticleEntity> ents = new ArticleEntities().group(a, ann);
    Extraction x =
        new Extraction(a.id(), "test", List.of(), ents, new QuoteExtractor().extract(a, ann, ents));
    List<Event> es = EventCoder.standard(fixtureActors()).code(a, ann, x);
    if (Boolean.getBoolean("coder.dump")) {
      for (Event e : es) {
        System.out.printf(
            "%s %s %s>%s %s %s %s %s%n",
            prefix,
            e.cameo(),
            e.source().code(),
            e.target() == null ? "-" : e.target().code(),
            e.factuality(),
            e.assertedBy() == null ? "" : e.assertedBy().code(),
            e.date(),
            e.trigger());
      }
    }
    return es;
  }

  @Test
  void sample000UsAccusesTalibanAndClaimedAirstrikes() throws IOException {
    List<Event> es = events("000");
    assertTrue(
        es.stream()
            .anyMatch(
                e ->
                    e.root().equals("11")
                        && e.source().code().startsWith("USA")
                        && e.target() != null
                        && e.target().code().equals("TAL")),
        "US accuses/blames the Taliban: " + es);
    assertTrue(
        es.stream()
            .anyMatch(
                e ->
                    e.root().equals("19")
                        && e.source().code().startsWith("USA")
                        && e.factuality() == Factuality.CLAIMED
                        && e.assertedBy() != null
                        && e.assertedBy().code().equals("TAL")),
        "airstrikes as a Taliban claim: " + es);
    assertTrue(
        es.stream()
                .filter(e -> e.root().equals("04"))
                .allMatch(e -> e.factuality() == Factuality.FUTURE)
            && es.stream().anyMatch(e -> e.root().equals("04")),
        "a meeting reported as planned ('said ... would meet') is FUTURE: " + es);
  }

  @Test
  void sample001TalibanClaimAndNoAssertedAirstrike() throws IOException {
    List<Event> es = events("001");
    assertTrue(
        es.stream()
            .anyMatch(
                e ->
                    e.root().equals("11")
                        && e.source().code().startsWith("USA")
                        && e.target() != null
                        && e.target().code().equals("TAL")),
        "US accuses the Taliban: " + es);
    assertTrue(
        es.stream()
            .noneMatch(e -> "195".equals(e.cameo()) && e.factuality() == Factuality.ASSERTED),
        "no airstrike asserted as fact: " + es);
    assertTrue(
        es.stream().noneMatch(e -> e.root().equals("19") && e.target() != null),
        "no target from a nested 'in support of' modifier: " + es);
  }
}
