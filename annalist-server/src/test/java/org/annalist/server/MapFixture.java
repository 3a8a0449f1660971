package org.annalist.server;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.annalist.model.Article;
import org.annalist.model.DatePrecision;
import org.annalist.model.Event;
import org.annalist.model.EventActor;
import org.annalist.model.Extraction;
import org.annalist.model.Factuality;
import org.annalist.model.PlacePrecision;
import org.annalist.model.Span;
import org.annalist.pipeline.IngestJob;
import org.annalist.pipeline.IngestListener;
import org.annalist.store.Store;

/**
 * A store for the map's tests: one made-up article (no language models) with a hand-built event in
 * each sentence, at places the resolver reads in each of its ways, one it cannot read and one
 * without a place.
 */
final class MapFixture {
  static final String TEXT =
      "Government envoys met tribal elders in Kabul on Monday."
          + " Gunmen attacked a police post on the edge of the city later that day."
          + " Militants shelled a district centre in Helmand province."
          + " Aid agencies warned of hunger in southern Afghanistan."
          + " Negotiators signed a protocol in Doha, Qatar."
          + " Ministers praised the talks in Bogotá."
          + " Residents protested in Millbrook."
          + " The council promised more support.";

  /** A planned event: trigger word, CAMEO code, QuadClass, source code, place, its precision. */
  private record Planned(
      String trigger, String cameo, int quad, String source, String place, PlacePrecision p) {}

  static final List<Planned> EVENTS =
      List.of(
          new Planned("met", "040", 1, "AFGGOV", "Kabul", PlacePrecision.CLAUSE),
          new Planned("attacked", "190", 4, "AFGINS", "KABUL", PlacePrecision.DATELINE),
          new Planned("shelled", "194", 4, "AFGINS", "Helmand province", PlacePrecision.CLAUSE),
          new Planned("warned", "130", 3, "NGO", "southern Afghanistan", PlacePrecision.CLAUSE),
          new Planned("signed", "057", 1, "USAGOV", "Doha, Qatar", PlacePrecision.CLAUSE),
          new Planned("praised", "051", 1, "COLGOV", "Bogotá", PlacePrecision.CLAUSE),
          new Planned("protested", "141", 4, "GBR", "Millbrook", PlacePrecision.CLAUSE),
          new Planned("promised", "030", 1, "GBRGOV", null, PlacePrecision.NONE));

  private MapFixture() {}

  /** Fills {@code store} with the article and its events; returns the article id. */
  static String fill(Store store, Path work) throws IOException {
    Path in = work.resolve("map.jsonl");
    Files.writeString(
        in,
        Fixture.line("m1", "The Valley Herald", "A day of news", "2021-01-05", TEXT),
        StandardCharsets.UTF_8);
    IngestJob.standard().run(List.of(in), store, IngestListener.NONE);
    Article a =
        store.articles().filter(x -> x.body().contains("tribal elders")).findFirst().orElseThrow();
    store.writeExtractions(List.of(extraction(a)));
    return a.id();
  }

  private static Extraction extraction(Article a) {
    String body = a.body();
    List<Event> events = new ArrayList<>();
    int from = 0;
    for (int i = 0; i < EVENTS.size(); i++) {
      Planned p = EVENTS.get(i);
      int start = body.lastIndexOf('.', body.indexOf(p.trigger(), from)) + 1;
      while (body.charAt(start) == ' ') {
        start++;
      }
      int end = body.indexOf('.', start) + 1;
      int t = body.indexOf(p.trigger(), start);
      Span trigger = new Span(t, t + p.trigger().length());
      String code = p.source();
      events.add(
          new Event(
              Event.idOf(a.id(), i, trigger, p.cameo()),
              a.id(),
              i,
              p.cameo(),
              p.cameo().substring(0, 2),
              null,
              null,
              p.quad() >= 3 ? -5.0 : 3.0,
              p.quad(),
              new EventActor(code, code, null, code, new Span(start, start + 1)),
              null,
              i == 5 ? "2021-03-01" : "2021-01-04",
              DatePrecision.DAY,
              p.place(),
              p.p(),
              Factuality.ASSERTED,
              null,
              p.trigger(),
              trigger,
              new Span(start, end)));
      from = end;
    }
    return new Extraction(a.id(), "test-1", List.of(), List.of(), List.of(), events);
  }
}
