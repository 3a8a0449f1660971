package org.annalist.link.dyad;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.annalist.link.event.ActorKey;
import org.annalist.link.event.ActorKeys;
import org.annalist.link.event.LinkedEvent;

/**
 * Counts the linked events between two actors per period, both directions.
 *
 * <p>An actor is asked for by CAMEO code and covers every code with the same principal and at least
 * its agents ({@code USA} covers {@code USAGOV} and {@code USAMIL}; {@code USAGOV} only {@code
 * USAGOV...}); a query that is not a code matches actor names, case ignored. An event counts in the
 * period of its {@link LinkedEvent#day()}; events whose date is coarser than the period ({@link
 * Granularity#holds}) are left out and counted in {@link Result#coarser()}.
 *
 * <p>Immutable and thread-safe.
 */
public final class DyadSeries {
  private final ActorKeys keys;

  /** A series reading actor codes with {@code keys}. */
  public DyadSeries(ActorKeys keys) {
    this.keys = Objects.requireNonNull(keys, "keys");
  }

  /**
   * A series and what it left out.
   *
   * @param points one per period in which either direction has an event, A→B before B→A, periods in
   *     order
   * @param coarser events between the two left out because their date is coarser than the period
   */
  public record Result(List<DyadPoint> points, int coarser) {
    public Result {
      points = List.copyOf(points);
    }
  }

  /**
   * The series of {@code a} and {@code b}.
   *
   * @param events linked events
   * @param a one actor (code or name)
   * @param b the other
   * @param by the period
   * @param articlesPerDay articles published per day (the volume to normalise by)
   */
  public Result series(
      List<LinkedEvent> events,
      String a,
      String b,
      Granularity by,
      Map<LocalDate, Long> articlesPerDay) {
    ActorMatcher ma = new ActorMatcher(keys, a);
    ActorMatcher mb = new ActorMatcher(keys, b);
    Map<LocalDate, int[][]> counts = new TreeMap<>(); // [direction][events, mentions, q1..q4]
    Map<LocalDate, double[]> sums = new TreeMap<>();
    int coarser = 0;
    for (LinkedEvent e : events) {
      int dir;
      if (ma.matches(e.source(), e.sourceName()) && mb.matches(e.target(), e.targetName())) {
        dir = 0;
      } else if (mb.matches(e.source(), e.sourceName()) && ma.matches(e.target(), e.targetName())) {
        dir = 1;
      } else {
        continue;
      }
      if (e.day() == null || !by.holds(e.datePrecision())) {
        coarser++;
        continue;
      }
      LocalDate start = by.start(e.day());
      int[] c = counts.computeIfAbsent(start, k -> new int[2][6])[dir];
      c[0]++;
      c[1] += e.mentions().size();
      c[1 + e.quad()]++;
      sums.computeIfAbsent(start, k -> new double[2])[dir] += e.goldstein();
    }
    Map<LocalDate, Long> volume = new TreeMap<>();
    for (Map.Entry<LocalDate, Long> d : articlesPerDay.entrySet()) {
      volume.merge(by.start(d.getKey()), d.getValue(), Long::sum);
    }
    List<DyadPoint> points = new ArrayList<>();
    for (Map.Entry<LocalDate, int[][]> p : counts.entrySet()) {
      long articles = volume.getOrDefault(p.getKey(), 0L);
      for (int dir = 0; dir < 2; dir++) {
        int[] c = p.getValue()[dir];
        double sum = sums.get(p.getKey())[dir];
        points.add(
            new DyadPoint(
                by.label(p.getKey()),
                p.getKey(),
                dir == 0 ? a : b,
                dir == 0 ? b : a,
                articles,
                c[0],
                c[1],
                c[2],
                c[3],
                c[4],
                c[5],
                sum,
                c[0] == 0 ? null : sum / c[0],
                articles == 0 ? null : 1000.0 * c[0] / articles,
                articles == 0 ? null : 1000.0 * sum / articles));
      }
    }
    return new Result(points, coarser);
  }

  /** An actor query: a code (by principal and agents) or, failing that, a name. */
  static final class ActorMatcher {
    private final ActorKeys keys;
    private final ActorKey key;
    private final String name;

    ActorMatcher(ActorKeys keys, String query) {
      this.keys = keys;
      String q = Objects.requireNonNull(query, "actor").strip();
      this.key = q.matches("[A-Z0-9]{3}([A-Z0-9]{3})*") ? keys.key(q) : null;
      this.name = q;
    }

    boolean matches(String code, String actorName) {
      if (key != null) {
        ActorKey k = keys.key(code);
        return k != null && key.covers(k);
      }
      return actorName != null && actorName.equalsIgnoreCase(name);
    }
  }
}
