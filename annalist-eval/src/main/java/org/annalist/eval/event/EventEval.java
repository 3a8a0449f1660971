package org.annalist.eval.event;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiPredicate;
import org.annalist.eval.cluster.ClusterEval;
import org.annalist.eval.event.EventReport.Level;
import org.annalist.link.event.ActorKey;
import org.annalist.link.event.ActorKeys;
import org.annalist.model.Article;
import org.annalist.model.Event;
import org.annalist.model.EventActor;
import org.annalist.model.Span;

/**
 * Scores coded events against an {@link EventGold}. Stateless apart from the actor-key table.
 *
 * <p>Articles are matched to gold names as {@link ClusterEval#matches} does. A gold event's
 * sentence is found by its fragment in the cleaned body (whitespace runs and curly quotes are
 * normalised); a system event is in that sentence when its evidence span overlaps the fragment. At
 * each {@link Level} gold and system events of one article are paired one to one, in gold order,
 * each gold event with the first unpaired system event in its sentence that agrees at that level.
 * Only the articles the gold covers are scored; their system events all count.
 *
 * <p>Actors are equal, or (lenient levels) compatible up to role granularity as the event linker
 * reads them ({@link ActorKey#compatible}: {@code USA} ~ {@code USAGOV}, {@code AFGINSTAL} ~ {@code
 * AFGGOVTAL}, not {@code USAGOV} ~ {@code USAMIL}); a missing target matches only a missing target.
 */
public final class EventEval {
  private final ActorKeys keys;

  /** An evaluator reading actor codes with {@code keys}. */
  public EventEval(ActorKeys keys) {
    this.keys = Objects.requireNonNull(keys, "keys");
  }

  /** An evaluator with the built-in actor-code table. */
  public static EventEval standard() {
    return new EventEval(ActorKeys.standard());
  }

  /**
   * Scores {@code events} (article id to its coded events) of {@code articles} against {@code
   * gold}.
   */
  public EventReport run(EventGold gold, List<Article> articles, Map<String, List<Event>> events) {
    Map<Level, int[]> counts = new EnumMap<>(Level.class);
    for (Level l : Level.values()) {
      counts.put(l, new int[3]);
    }
    int[] fact = new int[2];
    List<String> missed = new ArrayList<>();
    List<String> extra = new ArrayList<>();
    List<String> unmatched = new ArrayList<>();
    List<String> unlocated = new ArrayList<>();
    int found = 0;
    for (Map.Entry<String, List<GoldEvent>> entry : gold.byArticle().entrySet()) {
      String name = entry.getKey();
      List<GoldEvent> golds = entry.getValue();
      Article article =
          articles.stream()
              .filter(a -> a.origins().stream().anyMatch(o -> ClusterEval.matches(o, name)))
              .findFirst()
              .orElse(null);
      if (article == null) {
        unmatched.add(name);
        for (Level l : Level.values()) {
          counts.get(l)[1] += golds.size();
        }
        golds.forEach(g -> missed.add(name + ": " + g.triple() + " | " + g.fragment()));
        continue;
      }
      found++;
      List<Event> system = events.getOrDefault(article.id(), List.of());
      Map<GoldEvent, Span> spans = new LinkedHashMap<>();
      for (GoldEvent g : golds) {
        Span s = locate(article.body(), g.fragment());
        if (s == null) {
          unlocated.add(name + ": " + g.fragment());
        }
        spans.put(g, s);
      }
      Map<Level, Event[]> pairs = new EnumMap<>(Level.class);
      for (Level l : Level.values()) {
        Event[] paired = pair(golds, spans, system, predicate(l));
        pairs.put(l, paired);
        int[] c = counts.get(l);
        for (Event e : paired) {
          c[0] += e == null ? 0 : 1;
        }
        c[1] += golds.size();
        c[2] += system.size();
      }
      Event[] lenient = pairs.get(Level.LENIENT_ROOT);
      for (int i = 0; i < golds.size(); i++) {
        if (lenient[i] != null) {
          fact[0]++;
          if (golds.get(i).factuality().equalsIgnoreCase(lenient[i].factuality().name())) {
            fact[1]++;
          }
        }
      }
      Event[] exact = pairs.get(Level.EXACT_CODE);
      List<Event> used = new ArrayList<>();
      for (int i = 0; i < golds.size(); i++) {
        GoldEvent g = golds.get(i);
        if (exact[i] != null) {
          used.add(exact[i]);
          continue;
        }
        Span s = spans.get(g);
        StringBuilder line = new StringBuilder(name + ": " + g.triple());
        List<String> near = new ArrayList<>();
        if (s != null) {
          for (Event e : system) {
            if (overlaps(e.evidence(), s)) {
              near.add(triple(e));
            }
          }
        }
        line.append(near.isEmpty() ? "; nothing coded there" : "; coded there: " + near);
        line.append("\n      | ").append(s == null ? g.fragment() : sentence(article.body(), s));
        if (g.note() != null) {
          line.append("\n      (gold note: ").append(g.note()).append(')');
        }
        missed.add(line.toString());
      }
      for (Event e : system) {
        if (used.stream().noneMatch(u -> u == e)) {
          extra.add(
              name
                  + ": "
                  + triple(e)
                  + " trigger '"
                  + e.trigger()
                  + "'\n      | "
                  + oneLine(e.evidence().of(article.body())));
        }
      }
    }
    Map<Level, EventScore> scores = new EnumMap<>(Level.class);
    counts.forEach((l, c) -> scores.put(l, new EventScore(c[0], c[1], c[2])));
    return new EventReport(found, scores, fact[0], fact[1], missed, extra, unmatched, unlocated);
  }

  private BiPredicate<GoldEvent, Event> predicate(Level level) {
    return switch (level) {
      case EXACT_CODE -> (g, e) -> sameActors(g, e, false) && g.code().equals(e.cameo());
      case EXACT_ROOT -> (g, e) -> sameActors(g, e, false) && g.root().equals(e.root());
      case LENIENT_CODE -> (g, e) -> sameActors(g, e, true) && g.code().equals(e.cameo());
      case LENIENT_ROOT -> (g, e) -> sameActors(g, e, true) && g.root().equals(e.root());
      case ROOT -> (g, e) -> g.root().equals(e.root());
    };
  }

  private static Event[] pair(
      List<GoldEvent> golds,
      Map<GoldEvent, Span> spans,
      List<Event> system,
      BiPredicate<GoldEvent, Event> agrees) {
    Event[] out = new Event[golds.size()];
    boolean[] taken = new boolean[system.size()];
    for (int i = 0; i < golds.size(); i++) {
      GoldEvent g = golds.get(i);
      Span s = spans.get(g);
      if (s == null) {
        continue;
      }
      for (int j = 0; j < system.size(); j++) {
        Event e = system.get(j);
        if (!taken[j] && overlaps(e.evidence(), s) && agrees.test(g, e)) {
          taken[j] = true;
          out[i] = e;
          break;
        }
      }
    }
    return out;
  }

  private boolean sameActors(GoldEvent g, Event e, boolean lenient) {
    return sameActor(g.source(), code(e.source()), lenient)
        && sameActor(g.target(), code(e.target()), lenient);
  }

  /** Whether a gold actor code and a system one agree, exactly or up to role granularity. */
  boolean sameActor(String gold, String system, boolean lenient) {
    if (gold == null || system == null) {
      return gold == null && system == null;
    }
    if (gold.equals(system)) {
      return true;
    }
    if (!lenient) {
      return false;
    }
    ActorKey a = keys.key(gold);
    ActorKey b = keys.key(system);
    return a != null && b != null && a.compatible(b);
  }

  private static String code(EventActor a) {
    return a == null ? null : a.code();
  }

  private static boolean overlaps(Span a, Span b) {
    return a.start() < b.end() && b.start() < a.end();
  }

  static String triple(Event e) {
    return code(e.source())
        + " -> "
        + (e.target() == null ? "-" : code(e.target()))
        + " "
        + e.cameo()
        + " ("
        + e.factuality().name().toLowerCase(Locale.ROOT)
        + ")";
  }

  /**
   * Where {@code fragment} is written in {@code body}, comparing with whitespace runs collapsed and
   * curly quotes and apostrophes read as straight ones; null when it is not there.
   */
  static Span locate(String body, String fragment) {
    StringBuilder norm = new StringBuilder();
    List<Integer> at = new ArrayList<>();
    boolean space = false;
    for (int i = 0; i < body.length(); i++) {
      char c = normal(body.charAt(i));
      if (Character.isWhitespace(c)) {
        if (space) {
          continue;
        }
        c = ' ';
        space = true;
      } else {
        space = false;
      }
      norm.append(c);
      at.add(i);
    }
    StringBuilder f = new StringBuilder();
    for (char c : fragment.strip().toCharArray()) {
      f.append(normal(c));
    }
    String needle = f.toString().replaceAll("\\s+", " ");
    int k = norm.indexOf(needle);
    if (k < 0 || needle.isEmpty()) {
      return null;
    }
    return new Span(at.get(k), at.get(k + needle.length() - 1) + 1);
  }

  private static char normal(char c) {
    return switch (c) {
      case '\u2018', '\u2019', '\u02bc' -> '\'';
      case '\u201c', '\u201d' -> '"';
      case '\u00a0' -> ' ';
      default -> c;
    };
  }

  /** The sentence around {@code s}, roughly: from the previous to the next full stop or line. */
  static String sentence(String body, Span s) {
    int from = s.start();
    while (from > 0 && body.charAt(from - 1) != '\n' && !endsSentence(body, from - 1)) {
      from--;
    }
    int to = s.end();
    while (to < body.length() && body.charAt(to) != '\n' && !endsSentence(body, to)) {
      to++;
    }
    return oneLine(body.substring(from, Math.min(body.length(), to + 1)));
  }

  private static boolean endsSentence(String body, int i) {
    char c = body.charAt(i);
    return (c == '.' || c == '?' || c == '!')
        && (i + 1 >= body.length() || Character.isWhitespace(body.charAt(i + 1)))
        && !(i >= 1
            && Character.isUpperCase(body.charAt(i - 1))
            && (i < 2 || !Character.isLetter(body.charAt(i - 2)) || body.charAt(i - 2) == '.'));
  }

  private static String oneLine(String s) {
    return s.strip().replaceAll("\\s+", " ");
  }
}
