package org.annalist.server;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.annalist.model.Article;
import org.annalist.model.ArticleEntity;
import org.annalist.model.DatePrecision;
import org.annalist.model.EntityType;
import org.annalist.model.Event;
import org.annalist.model.EventActor;
import org.annalist.model.Extraction;
import org.annalist.model.Factuality;
import org.annalist.model.PlacePrecision;
import org.annalist.model.Quote;
import org.annalist.model.QuoteKind;
import org.annalist.model.Role;
import org.annalist.model.Span;
import org.annalist.model.Speaker;
import org.annalist.pipeline.IngestJob;
import org.annalist.pipeline.IngestListener;
import org.annalist.store.Store;

/**
 * A small store for the server tests: three made-up articles ingested from JSON Lines (no language
 * models), and a hand-built extraction (one entity, one quote, one event) for the first.
 */
final class Fixture {
  static final String OAKS =
      "Volunteers in Millbrook planted four hundred oak saplings along the river on Saturday"
          + " morning. The council said it would water the young trees through the summer. Mayor"
          + " Ada Brandt met the volunteers at the bridge. \"This is a start, not an end,\" Brandt"
          + " said, thanking the schools that lent their pupils for the day.";

  static final String FERRY =
      "The ferry between Northbridge and the island will run twice a day from June, the harbour"
          + " office said on Tuesday. Fares stay the same for residents, and cyclists travel free"
          + " on the early crossing. The office expects the first boats to be full during the"
          + " festival week.";

  static final String LIBRARY =
      "Millbrook library opens a reading room for teenagers next month, with board games,"
          + " comics and a quiet corner for homework. The librarians asked pupils what they"
          + " wanted and built the room around their answers. Opening hours follow the school"
          + " calendar.";

  static final String QUOTE = "This is a start, not an end";

  private Fixture() {}

  /** JSON Lines for one article, in the form {@code annalist ingest} reads. */
  static String line(String id, String outlet, String title, String published, String text) {
    return "{\"id\":\""
        + id
        + "\",\"outlet\":\""
        + outlet
        + "\",\"title\":\""
        + title
        + "\",\"published\":\""
        + published
        + "\",\"text\":\""
        + text.replace("\"", "\\\"")
        + "\"}\n";
  }

  /** Fills {@code store}; returns the id of the oaks article. */
  static String fill(Store store, Path work) throws IOException {
    Path in = work.resolve("batch.jsonl");
    Files.writeString(
        in,
        line("a1", "The Valley Herald", "Millbrook plants oaks", "2024-04-13", OAKS)
            + line("a2", "Northbridge Times", "Ferry runs twice a day", "2024-05-07", FERRY)
            + line("a3", "The Valley Herald", "Library room for teenagers", "2024-06-02", LIBRARY),
        StandardCharsets.UTF_8);
    var summary = IngestJob.standard().run(List.of(in), store, IngestListener.NONE);
    if (summary.added() != 3) {
      throw new IllegalStateException("fixture: expected 3 articles, got " + summary);
    }
    Article oaks =
        store.articles().filter(a -> a.body().contains("oak saplings")).findFirst().orElseThrow();
    store.writeExtractions(List.of(extraction(oaks)));
    return oaks.id();
  }

  static Extraction extraction(Article a) {
    String body = a.body();
    int brandt = body.indexOf("Ada Brandt");
    int met = body.indexOf("met the volunteers");
    int quote = body.indexOf(QUOTE);
    int said = body.indexOf("Brandt said") + 7;
    int sentenceEnd = body.indexOf('.', met) + 1;
    ArticleEntity mayor =
        new ArticleEntity(
            "e1",
            "Ada Brandt",
            EntityType.PERSON,
            List.of("Brandt"),
            List.of(new Role("Mayor", "Millbrook", new Span(brandt - 6, brandt - 1))),
            List.of(new Span(brandt, brandt + 10)));
    Quote q =
        new Quote(
            new Span(quote, quote + QUOTE.length()),
            QUOTE,
            QuoteKind.DIRECT,
            new Speaker("Ada Brandt", new Span(said - 7, said - 1), "e1"),
            null,
            "say",
            new Span(said, said + 4),
            3);
    Event e =
        new Event(
            Event.idOf(a.id(), 2, new Span(met, met + 3), "040"),
            a.id(),
            2,
            "040",
            "04",
            "CONSULT",
            null,
            1.0,
            1,
            new EventActor(
                "GBRGOV",
                "Ada Brandt",
                "e1",
                "Mayor Ada Brandt",
                new Span(brandt - 6, brandt + 10)),
            null,
            "2024-04-13",
            DatePrecision.PUBLICATION,
            "Millbrook",
            PlacePrecision.CLAUSE,
            Factuality.ASSERTED,
            null,
            "met",
            new Span(met, met + 3),
            new Span(brandt - 6, sentenceEnd));
    return new Extraction(a.id(), "test-1", List.of(), List.of(mayor), List.of(q), List.of(e));
  }
}
