package org.annalist.link.event;

import java.time.LocalDate;
import org.annalist.model.DatePrecision;
import org.annalist.model.Event;
import org.annalist.model.EventActor;
import org.annalist.model.Factuality;
import org.annalist.model.PlacePrecision;
import org.annalist.model.Span;

/** Hand-built event mentions for tests (made-up articles, no real text). */
public final class Events {
  private Events() {}

  /** A builder of one mention; defaults: USA → TAL, 046, a day date, no place, asserted. */
  public static final class B {
    private final String article;
    private int sentence;
    private String cameo = "046";
    private String source = "USA";
    private String sourceName = "United States";
    private String target = "TAL";
    private String targetName = "Taliban";
    private String date = "2020-02-29";
    private DatePrecision precision = DatePrecision.DAY;
    private String place;
    private PlacePrecision placePrecision = PlacePrecision.NONE;
    private Factuality factuality = Factuality.ASSERTED;
    private EventActor by;
    private double goldstein = 3.5;
    private String outlet;
    private LocalDate published = LocalDate.parse("2020-03-01");

    private B(String article) {
      this.article = article;
      this.outlet = "Outlet " + article;
    }

    public B sentence(int n) {
      sentence = n;
      return this;
    }

    public B code(String c) {
      cameo = c;
      return this;
    }

    public B goldstein(double g) {
      goldstein = g;
      return this;
    }

    public B source(String code, String name) {
      source = code;
      sourceName = name;
      return this;
    }

    public B target(String code, String name) {
      target = code;
      targetName = name;
      return this;
    }

    public B date(String value, DatePrecision p) {
      date = value;
      precision = p;
      return this;
    }

    public B day(String value) {
      return date(value, DatePrecision.DAY);
    }

    public B place(String p) {
      place = p;
      placePrecision = PlacePrecision.CLAUSE;
      return this;
    }

    public B dateline(String p) {
      place = p;
      placePrecision = PlacePrecision.DATELINE;
      return this;
    }

    public B factuality(Factuality f, String byCode, String byName) {
      factuality = f;
      by = byName == null ? null : new EventActor(byCode, byName, null, byName, new Span(0, 1));
      return this;
    }

    public B outlet(String o) {
      outlet = o;
      return this;
    }

    public B published(String d) {
      published = d == null ? null : LocalDate.parse(d);
      return this;
    }

    public EventMention build() {
      Span trigger = new Span(10 + sentence * 100, 16 + sentence * 100);
      int root = Integer.parseInt(cameo.substring(0, 2));
      int quad = root <= 5 ? 1 : root <= 8 ? 2 : root <= 13 ? 3 : 4;
      Event e =
          new Event(
              Event.idOf(article, sentence, trigger, cameo),
              article,
              sentence,
              cameo,
              cameo.substring(0, 2),
              null,
              null,
              goldstein,
              quad,
              new EventActor(source, sourceName, null, sourceName, new Span(0, 5)),
              target == null
                  ? null
                  : new EventActor(target, targetName, null, targetName, new Span(20, 25)),
              date,
              precision,
              place,
              placePrecision,
              factuality,
              by,
              "met",
              trigger,
              new Span(0, 200 + sentence * 100));
      return new EventMention(e, outlet, published);
    }
  }

  /** A mention from {@code article}. */
  public static B in(String article) {
    return new B(article);
  }
}
