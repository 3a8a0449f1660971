package org.annalist.extract.event;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.annalist.model.DatePrecision;
import org.annalist.model.Event;
import org.annalist.model.EventActor;
import org.annalist.model.Factuality;
import org.annalist.model.PlacePrecision;
import org.annalist.model.Span;
import org.junit.jupiter.api.Test;

/** Validation of the model's {@link Event} and {@link EventActor} records. */
class EventRecordTest {
  private static final EventActor USA =
      new EventActor("USA", "United States", null, "US", new Span(0, 2));

  private static Event event(
      String cameo,
      String root,
      double goldstein,
      int quad,
      String date,
      DatePrecision dp,
      String place,
      PlacePrecision pp,
      String plover,
      String mode,
      Span trigger) {
    return new Event(
        "id",
        "art",
        0,
        cameo,
        root,
        plover,
        mode,
        goldstein,
        quad,
        USA,
        null,
        date,
        dp,
        place,
        pp,
        Factuality.ASSERTED,
        null,
        "t",
        trigger,
        new Span(0, 10));
  }

  @Test
  void valid() {
    assertDoesNotThrow(
        () ->
            event(
                "112",
                "11",
                -2,
                3,
                "2021",
                DatePrecision.YEAR,
                "Kabul",
                PlacePrecision.CLAUSE,
                "ACCUSE",
                "disapprove",
                new Span(3, 5)));
  }

  @Test
  void withersChangeOnlyTheirFields() {
    Event e =
        event(
            "112",
            "11",
            -2,
            3,
            "2021",
            DatePrecision.YEAR,
            "Kabul",
            PlacePrecision.CLAUSE,
            "ACCUSE",
            "disapprove",
            new Span(3, 5));
    EventActor tal = new EventActor("TAL", "Taliban", null, "the Taliban", new Span(6, 9));
    assertEquals(
        new Event(
            "other",
            e.articleId(),
            e.sentence(),
            e.cameo(),
            e.root(),
            e.plover(),
            e.ploverMode(),
            e.goldstein(),
            e.quad(),
            e.source(),
            e.target(),
            e.date(),
            e.datePrecision(),
            e.place(),
            e.placePrecision(),
            e.factuality(),
            e.assertedBy(),
            e.trigger(),
            e.triggerSpan(),
            e.evidence()),
        e.withId("other"));
    Event moved = e.withActors(tal, USA, tal);
    assertEquals(
        List.of(tal, USA, tal), List.of(moved.source(), moved.target(), moved.assertedBy()));
    assertEquals(e.withActors(e.source(), e.target(), e.assertedBy()), e);
  }

  @Test
  void invalid() {
    Span t = new Span(3, 5);
    assertThrows(
        IllegalArgumentException.class,
        () ->
            event(
                "1x2",
                "1x",
                -2,
                3,
                null,
                DatePrecision.UNKNOWN,
                null,
                PlacePrecision.NONE,
                null,
                null,
                t));
    assertThrows(
        IllegalArgumentException.class,
        () ->
            event(
                "112",
                "12",
                -2,
                3,
                null,
                DatePrecision.UNKNOWN,
                null,
                PlacePrecision.NONE,
                null,
                null,
                t));
    assertThrows(
        IllegalArgumentException.class,
        () ->
            event(
                "112",
                "11",
                -12,
                3,
                null,
                DatePrecision.UNKNOWN,
                null,
                PlacePrecision.NONE,
                null,
                null,
                t));
    assertThrows(
        IllegalArgumentException.class,
        () ->
            event(
                "112",
                "11",
                Double.NaN,
                3,
                null,
                DatePrecision.UNKNOWN,
                null,
                PlacePrecision.NONE,
                null,
                null,
                t));
    assertThrows(
        IllegalArgumentException.class,
        () ->
            event(
                "112",
                "11",
                -2,
                5,
                null,
                DatePrecision.UNKNOWN,
                null,
                PlacePrecision.NONE,
                null,
                null,
                t));
    assertThrows(
        IllegalArgumentException.class,
        () ->
            event(
                "112",
                "11",
                -2,
                3,
                "2021",
                DatePrecision.UNKNOWN,
                null,
                PlacePrecision.NONE,
                null,
                null,
                t));
    assertThrows(
        IllegalArgumentException.class,
        () ->
            event(
                "112",
                "11",
                -2,
                3,
                null,
                DatePrecision.DAY,
                null,
                PlacePrecision.NONE,
                null,
                null,
                t));
    assertThrows(
        IllegalArgumentException.class,
        () ->
            event(
                "112",
                "11",
                -2,
                3,
                null,
                DatePrecision.UNKNOWN,
                "Kabul",
                PlacePrecision.NONE,
                null,
                null,
                t));
    assertThrows(
        IllegalArgumentException.class,
        () ->
            event(
                "112",
                "11",
                -2,
                3,
                null,
                DatePrecision.UNKNOWN,
                null,
                PlacePrecision.NONE,
                null,
                "visit",
                t));
    assertThrows(
        IllegalArgumentException.class,
        () ->
            event(
                "112",
                "11",
                -2,
                3,
                null,
                DatePrecision.UNKNOWN,
                null,
                PlacePrecision.NONE,
                null,
                null,
                new Span(8, 12)));
    assertThrows(
        IllegalArgumentException.class,
        () -> new EventActor("usa", "x", null, "x", new Span(0, 1)));
    assertThrows(
        IllegalArgumentException.class,
        () -> new EventActor("USAM", "x", null, "x", new Span(0, 1)));
  }

  @Test
  void idsAreStableAndDistinguishTheirInputs() {
    String id = Event.idOf("a1", 2, new Span(3, 9), "112");
    assertEquals(16, id.length());
    assertEquals(id, Event.idOf("a1", 2, new Span(3, 9), "112"));
    assertNotEquals(id, Event.idOf("a1", 2, new Span(3, 9), "111"));
    assertNotEquals(id, Event.idOf("a1", 3, new Span(3, 9), "112"));
    assertNotEquals(id, Event.idOf("a1", 2, new Span(3, 8), "112"));
    assertNotEquals(id, Event.idOf("a2", 2, new Span(3, 9), "112"));
  }
}
