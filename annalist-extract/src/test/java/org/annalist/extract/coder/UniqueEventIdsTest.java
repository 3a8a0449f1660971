package org.annalist.extract.coder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import org.annalist.model.DatePrecision;
import org.annalist.model.Event;
import org.annalist.model.EventActor;
import org.annalist.model.Factuality;
import org.annalist.model.PlacePrecision;
import org.annalist.model.Span;
import org.junit.jupiter.api.Test;

class UniqueEventIdsTest {
  private static Event event(String source, String target) {
    Span trigger = new Span(10, 18);
    return new Event(
        Event.idOf("art1", 2, trigger, "100"),
        "art1",
        2,
        "100",
        "10",
        null,
        null,
        -5.0,
        3,
        new EventActor(source, source, null, "officials", new Span(0, 9)),
        target == null
            ? null
            : new EventActor(target, target, null, "government", new Span(30, 40)),
        null,
        DatePrecision.UNKNOWN,
        null,
        PlacePrecision.NONE,
        Factuality.ASSERTED,
        null,
        "insisted",
        trigger,
        new Span(0, 50));
  }

  @Test
  void anAgentWithoutCountryGivesWayToTheSameAgentWithOne() {
    Event specific = event("TAL", "AFGGOV");
    List<Event> out = EventCoder.uniqueIds(List.of(event("TAL", "---GOV"), specific));
    assertEquals(List.of(specific), out);
  }

  @Test
  void differentActorPairsOnOneTriggerGetDifferentIds() {
    List<Event> out = EventCoder.uniqueIds(List.of(event("TAL", "AFGGOV"), event("TAL", "PAKGOV")));
    assertEquals(2, out.size());
    assertNotEquals(out.get(0).id(), out.get(1).id());
    assertEquals("AFGGOV", out.get(0).target().code());
  }

  @Test
  void theSameEventTwiceIsKeptOnce() {
    assertEquals(1, EventCoder.uniqueIds(List.of(event("TAL", null), event("TAL", null))).size());
  }
}
