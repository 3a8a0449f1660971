package org.annalist.link.story;

import static org.annalist.link.event.Events.in;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.Function;
import org.annalist.link.event.ActorKeys;
import org.annalist.link.event.EventLinker;
import org.annalist.link.event.EventMention;
import org.annalist.link.event.IdRegistry;
import org.annalist.link.event.LinkOptions;
import org.annalist.link.event.LinkedEvent;
import org.junit.jupiter.api.Test;

class StoryBuilderTest {
  private static final ActorKeys KEYS = ActorKeys.standard();

  private static List<LinkedEvent> linked(EventMention... ms) {
    return new EventLinker(LinkOptions.DEFAULTS, KEYS)
        .link(List.of(ms), IdRegistry.EMPTY, Function.identity())
        .events();
  }

  private static List<Story> stories(EventMention... ms) {
    return new StoryBuilder(LinkOptions.DEFAULTS, KEYS).build(linked(ms));
  }

  @Test
  void chainsTalksOverMonthsAndTitlesThem() {
    List<Story> s =
        stories(
            in("a1").day("2019-12-07").published("2019-12-08").place("Doha").build(),
            in("a2").day("2019-12-07").published("2019-12-08").place("Doha").build(),
            in("a3")
                .code("057")
                .source("USAGOV", "US government")
                .day("2020-02-29")
                .published("2020-02-29")
                .place("Doha")
                .build(),
            in("a4")
                .code("046")
                .source("TAL", "Taliban")
                .target("USA", "United States")
                .day("2020-04-02")
                .published("2020-04-02")
                .build(),
            // conflict elsewhere, same pair: its own (one-event) thread, not reported
            in("a5").code("195").day("2020-03-03").published("2020-03-03").place("Helmand").build(),
            // a year later: a new thread
            in("a6").day("2021-09-01").published("2021-09-01").place("Doha").build(),
            in("a7").day("2021-09-20").published("2021-09-20").place("Doha").build());
    assertEquals(2, s.size(), s.toString());
    Story talks = s.get(0);
    assertEquals("United States \u2013 Taliban: negotiations, Doha", talks.title());
    assertEquals(List.of("TAL", "USA"), talks.actors());
    assertEquals(3, talks.events());
    assertEquals(4, talks.articles());
    assertEquals("2019-12-07", talks.first().toString());
    assertEquals("2020-04-02", talks.last().toString());
    assertEquals(
        List.of("046", "057", "046"), talks.timeline().stream().map(StoryEntry::cameo).toList());
    assertTrue(talks.id().startsWith("st-"));
    assertEquals("2021-09-01", s.get(1).first().toString());
  }

  @Test
  void oneActorEventsJoinOnlyOnAgreeingPlace() {
    List<Story> s =
        stories(
            in("a1").day("2020-01-10").published("2020-01-10").place("Doha").build(),
            in("a2")
                .code("010")
                .target(null, null)
                .day("2020-01-20")
                .published("2020-01-20")
                .place("Doha")
                .build(),
            in("a3")
                .code("010")
                .target(null, null)
                .day("2020-01-25")
                .published("2020-01-25")
                .place("Kabul")
                .build());
    assertEquals(1, s.size());
    assertEquals(2, s.get(0).events());
  }

  @Test
  void fewerEventsThanTheMinimumMakeNoStory() {
    assertEquals(List.of(), stories(in("a1").build()));
    assertEquals(
        1,
        new StoryBuilder(new LinkOptions(1, 2, 120, 1), KEYS)
            .build(linked(in("a1").build()))
            .size());
  }
}
