package org.annalist.link.dyad;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A dyad series' counts for one period and one direction.
 *
 * @param period the period's label ({@link Granularity#label})
 * @param start the period's first day
 * @param source the acting side, as asked for
 * @param target the side acted on, as asked for
 * @param articles articles published in the period (all stored articles: the volume to normalise
 *     by)
 * @param events linked events from {@code source} to {@code target} dated in the period
 * @param mentions their reports (event mentions)
 * @param quad1 events of QuadClass 1 (verbal cooperation)
 * @param quad2 QuadClass 2 (material cooperation)
 * @param quad3 QuadClass 3 (verbal conflict)
 * @param quad4 QuadClass 4 (material conflict)
 * @param goldsteinSum the sum of the events' Goldstein values
 * @param goldsteinMean their mean, or null when there are no events
 * @param eventsPer1000 events per 1,000 articles of the period, or null when no article was
 *     published in it
 * @param goldsteinPer1000 the Goldstein sum per 1,000 articles, or null likewise
 */
public record DyadPoint(
    String period,
    LocalDate start,
    String source,
    String target,
    long articles,
    int events,
    int mentions,
    int quad1,
    int quad2,
    int quad3,
    int quad4,
    double goldsteinSum,
    Double goldsteinMean,
    Double eventsPer1000,
    Double goldsteinPer1000) {
  public DyadPoint {
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(target, "target");
  }
}
