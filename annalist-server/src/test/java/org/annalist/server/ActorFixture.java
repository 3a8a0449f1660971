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
import org.annalist.model.Span;
import org.annalist.model.Speaker;
import org.annalist.pipeline.IngestJob;
import org.annalist.pipeline.IngestListener;
import org.annalist.pipeline.LinkJob;
import org.annalist.store.Store;

/**
 * The {@link Fixture} store plus a made-up article in which a person the actor dictionaries know
 * (the US president of the day, coded {@code USAGOV} as the dictionaries date the role) calls the
 * British government and is quoted, and the prime minister criticises Washington, all linked:
 * actors with names, a dictionary role, quotes matched by entity (the mayor, {@code GBRGOV} in her
 * event) and by dictionary (the president, whose event carries no entity), and a dyad {@code
 * USA}–{@code GBR} with cooperation one way and conflict the other.
 */
final class ActorFixture {
  static final String CALL =
      "President Joe Biden called the British prime minister on Monday about trade and the"
          + " harbour. \"We will keep talking with our partners,\" Biden said after the call. The"
          + " prime minister criticised the new tariffs announced by Washington.";

  static final String QUOTE = "We will keep talking with our partners";

  static final String DAY = "2021-06-07";

  private ActorFixture() {}

  /** Fills {@code store} and links it; returns the id of the call article. */
  static String fill(Store store, Path work) throws IOException {
    Fixture.fill(store, work);
    Path in = work.resolve("call.jsonl");
    Files.writeString(
        in,
        Fixture.line("c1", "The Valley Herald", "President calls London", DAY, CALL),
        StandardCharsets.UTF_8);
    IngestJob.standard().run(List.of(in), store, IngestListener.NONE);
    Article call =
        store.articles().filter(a -> a.body().contains("keep talking")).findFirst().orElseThrow();
    store.writeExtractions(List.of(extraction(call)));
    LinkJob.standard().run(store);
    return call.id();
  }

  private static Extraction extraction(Article a) {
    String body = a.body();
    int president = body.indexOf("President Joe Biden");
    int called = body.indexOf("called");
    int pm = body.indexOf("the British prime minister");
    int quote = body.indexOf(QUOTE);
    int biden = body.indexOf("Biden said");
    int sentenceEnd = body.indexOf('.') + 1;
    int criticised = body.indexOf("criticised");
    int primeMinister = body.indexOf("The prime minister");
    int washington = body.indexOf("Washington");
    ArticleEntity person =
        new ArticleEntity(
            "e1",
            "Joe Biden",
            EntityType.PERSON,
            List.of("Biden"),
            List.of(),
            List.of(new Span(president + 10, president + 19), new Span(biden, biden + 5)));
    Quote q =
        new Quote(
            new Span(quote, quote + QUOTE.length()),
            QUOTE,
            QuoteKind.DIRECT,
            new Speaker("Joe Biden", new Span(biden, biden + 5), "e1"),
            null,
            "say",
            new Span(biden + 6, biden + 10),
            1);
    Event e =
        new Event(
            Event.idOf(a.id(), 0, new Span(called, called + 6), "040"),
            a.id(),
            0,
            "040",
            "04",
            "CONSULT",
            null,
            1.0,
            1,
            new EventActor(
                "USAGOV",
                "Joe Biden",
                null,
                "President Joe Biden",
                new Span(president, president + 19)),
            new EventActor(
                "GBRGOV",
                "British prime minister",
                null,
                "the British prime minister",
                new Span(pm, pm + 26)),
            DAY,
            DatePrecision.DAY,
            null,
            PlacePrecision.NONE,
            Factuality.ASSERTED,
            null,
            "called",
            new Span(called, called + 6),
            new Span(president, sentenceEnd));
    Event criticism =
        new Event(
            Event.idOf(a.id(), 2, new Span(criticised, criticised + 10), "111"),
            a.id(),
            2,
            "111",
            "11",
            "ACCUSE",
            null,
            -2.0,
            3,
            new EventActor(
                "GBRGOV",
                "British prime minister",
                null,
                "The prime minister",
                new Span(primeMinister, primeMinister + 18)),
            new EventActor(
                "USAGOV", "Washington", null, "Washington", new Span(washington, washington + 10)),
            DAY,
            DatePrecision.DAY,
            null,
            PlacePrecision.NONE,
            Factuality.ASSERTED,
            null,
            "criticised",
            new Span(criticised, criticised + 10),
            new Span(primeMinister, body.length()));
    return new Extraction(
        a.id(), "test-1", List.of(), List.of(person), List.of(q), List.of(e, criticism));
  }
}
