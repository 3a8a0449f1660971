package org.annalist.link.story;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.annalist.link.event.ActorKey;
import org.annalist.link.event.ActorKeys;
import org.annalist.link.event.CameoGroups;
import org.annalist.link.event.LinkOptions;
import org.annalist.link.event.LinkedEvent;
import org.annalist.link.event.LinkedMention;
import org.annalist.link.event.Places;
import org.annalist.model.PlacePrecision;

/**
 * Chains linked events into story threads.
 *
 * <p>Dated linked events are taken in date order. Each belongs to the actor pair of its source and
 * target principals ({@code USAGOV} and {@code USA} are both {@code USA}), unordered, or to its
 * source alone when it has no target. An event continues an open story of the same pair (one whose
 * last event is at most {@link LinkOptions#storyGapDays()} days earlier) when their places agree
 * (score 2) or their kinds agree (cooperation, QuadClass 1–2, or conflict, 3–4; score 1), and never
 * when both name clause places that disagree; the best score wins, then the most recent story. A
 * one-actor event may also continue a story of a pair that includes its actor, but only on an
 * agreeing place. Otherwise it starts a new story. Stories with fewer than {@link
 * LinkOptions#minStoryEvents()} events are left out.
 *
 * <p>Immutable and thread-safe; deterministic.
 */
public final class StoryBuilder {
  private final LinkOptions options;
  private final ActorKeys keys;

  /** A builder with these settings, reading actor codes with {@code keys}. */
  public StoryBuilder(LinkOptions options, ActorKeys keys) {
    this.options = Objects.requireNonNull(options, "options");
    this.keys = Objects.requireNonNull(keys, "keys");
  }

  /** A story being built. */
  private static final class Open {
    private final int order;
    private final List<String> actors;
    private final List<LinkedEvent> events = new ArrayList<>();
    private final List<List<String>> clausePlaces = new ArrayList<>();
    private int cooperation;
    private int conflict;
    private LocalDate last;

    Open(int order, List<String> actors) {
      this.order = order;
      this.actors = actors;
    }

    boolean cooperative() {
      return cooperation >= conflict;
    }

    void add(LinkedEvent e, List<String> place) {
      events.add(e);
      if (place != null) {
        clausePlaces.add(place);
      }
      if (e.quad() <= 2) {
        cooperation++;
      } else {
        conflict++;
      }
      last = e.day();
    }
  }

  /** Story threads among {@code events}, ordered by first day, then id. */
  public List<Story> build(List<LinkedEvent> events) {
    List<LinkedEvent> dated =
        events.stream()
            .filter(e -> e.day() != null)
            .sorted(Comparator.comparing(LinkedEvent::day).thenComparing(LinkedEvent::id))
            .toList();
    List<Open> threads = new ArrayList<>();
    Map<String, List<Open>> open = new HashMap<>();
    for (LinkedEvent e : dated) {
      List<String> actors = actors(e);
      List<String> place =
          e.placePrecision() == PlacePrecision.CLAUSE ? Places.words(e.place()) : null;
      boolean cooperative = e.quad() <= 2;
      Open best = null;
      int bestScore = 0;
      List<Open> candidates = open.computeIfAbsent(actors.get(0), k -> new ArrayList<>());
      // events come in date order: a story past its gap stays closed
      candidates.removeIf(t -> t.last.plusDays(options.storyGapDays()).isBefore(e.day()));
      for (Open t : candidates) {
        boolean samePair = t.actors.equals(actors);
        boolean widens = actors.size() == 1 && t.actors.contains(actors.get(0));
        if (!(samePair || widens)) {
          continue;
        }
        int placeScore = placeScore(t, place);
        if (placeScore < 0) {
          continue;
        }
        int score = placeScore + (t.cooperative() == cooperative ? 1 : 0);
        if (!samePair && placeScore < 2) {
          continue;
        }
        if (score < 1) {
          continue;
        }
        if (best == null
            || score > bestScore
            || (score == bestScore
                && (t.last.isAfter(best.last)
                    || (t.last.equals(best.last) && t.order < best.order)))) {
          best = t;
          bestScore = score;
        }
      }
      if (best == null) {
        best = new Open(threads.size(), actors);
        threads.add(best);
        for (String a : actors) {
          open.computeIfAbsent(a, k -> new ArrayList<>()).add(best);
        }
      }
      best.add(e, place);
    }
    List<Story> stories = new ArrayList<>();
    for (Open t : threads) {
      if (t.events.size() >= options.minStoryEvents()) {
        stories.add(story(t));
      }
    }
    stories.sort(Comparator.comparing(Story::first).thenComparing(Story::id));
    return stories;
  }

  /** 2 when a clause place agrees, -1 when both have places and none agrees, else 0. */
  private static int placeScore(Open t, List<String> place) {
    if (place == null || t.clausePlaces.isEmpty()) {
      return 0;
    }
    for (List<String> p : t.clausePlaces) {
      if (Places.agree(p, place)) {
        return 2;
      }
    }
    return -1;
  }

  private List<String> actors(LinkedEvent e) {
    Set<String> set = new TreeSet<>();
    set.add(principal(e.source(), e.sourceName()));
    if (e.target() != null || e.targetName() != null) {
      set.add(principal(e.target(), e.targetName()));
    }
    return List.copyOf(set);
  }

  private String principal(String code, String name) {
    ActorKey k = keys.key(code);
    return k != null ? k.principal() : "?" + name;
  }

  private Story story(Open t) {
    List<StoryEntry> timeline = new ArrayList<>();
    Set<String> articles = new LinkedHashSet<>();
    Map<String, Integer> codes = new LinkedHashMap<>();
    Map<String, Integer> places = new LinkedHashMap<>();
    Map<String, Map<String, Integer>> names = new LinkedHashMap<>();
    for (LinkedEvent e : t.events) {
      timeline.add(
          new StoryEntry(
              e.id(),
              e.day(),
              e.date(),
              e.cameo(),
              CameoGroups.label(e.cameo()),
              e.source(),
              e.target(),
              e.place(),
              e.articles()));
      for (LinkedMention m : e.mentions()) {
        articles.add(m.articleId());
      }
      codes.merge(
          e.cameo().substring(0, Math.min(3, e.cameo().length())), e.articles(), Integer::sum);
      if (e.place() != null) {
        // a place named in a clause outweighs any number of datelines
        int weight = e.placePrecision() == PlacePrecision.CLAUSE ? 1000 : 1;
        places.merge(e.place(), weight, Integer::sum);
      }
      countName(names, e.source(), e.sourceName());
      countName(names, e.target(), e.targetName());
    }
    String cameo = top(codes);
    String place = top(places);
    Map<String, Integer> acting = new HashMap<>();
    for (LinkedEvent e : t.events) {
      acting.merge(principal(e.source(), e.sourceName()), 1, Integer::sum);
    }
    List<String> order = new ArrayList<>(t.actors);
    order.sort(
        Comparator.comparing((String p) -> -acting.getOrDefault(p, 0))
            .thenComparing(Comparator.naturalOrder()));
    List<String> shown = new ArrayList<>();
    for (String principal : order) {
      String name = top(names.getOrDefault(principal, Map.of()));
      shown.add(
          name != null ? name : principal.startsWith("?") ? principal.substring(1) : principal);
    }
    String title =
        String.join(" \u2013 ", shown)
            + ": "
            + CameoGroups.label(cameo)
            + (place == null ? "" : ", " + place);
    LinkedEvent first = t.events.get(0);
    String id = "st-" + (first.id().startsWith("ev-") ? first.id().substring(3) : first.id());
    return new Story(
        id,
        title,
        t.actors,
        place,
        cameo,
        articles.size(),
        first.day(),
        t.events.get(t.events.size() - 1).day(),
        timeline);
  }

  /**
   * Counts a name for its principal; the exact code (a bare {@code TAL}) weighs more than a code
   * with agents ({@code AFGINSTAL}), so the title names the actor rather than a part of it.
   */
  private void countName(Map<String, Map<String, Integer>> names, String code, String name) {
    if (name == null) {
      return;
    }
    ActorKey k = keys.key(code);
    String principal = k != null ? k.principal() : "?" + name;
    int weight = k != null && k.agents().isEmpty() ? 3 : 1;
    names.computeIfAbsent(principal, x -> new LinkedHashMap<>()).merge(name, weight, Integer::sum);
  }

  /** The key with the highest count; ties: the first seen; null when empty. */
  private static String top(Map<String, Integer> counts) {
    String best = null;
    int n = 0;
    for (Map.Entry<String, Integer> e : counts.entrySet()) {
      if (e.getValue() > n) {
        best = e.getKey();
        n = e.getValue();
      }
    }
    return best;
  }
}
