package org.annalist.link.event;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.annalist.model.DatePrecision;
import org.annalist.model.PlacePrecision;

/**
 * One happening, merged from every article's coding of it.
 *
 * <p>Code, actors and place are those of the reports: {@code cameo} is the most frequent code
 * (ties: the earliest report's); {@code source}, {@code target} and their names come from the
 * earliest report with that code; {@code date} is the most precise date reported (day, then week,
 * then publication day, then month, then year; ties: the most frequent, then the earliest); {@code
 * place} the most frequent place named in a clause, else the most frequent dateline.
 *
 * @param id stable id ({@code ev-} and the earliest mention's id, kept across runs by the id
 *     registry)
 * @param cameo the dominant CAMEO code
 * @param root its root
 * @param quad its QuadClass (1–4)
 * @param goldstein its Goldstein value
 * @param source the source actor's code
 * @param sourceName the source actor's name
 * @param target the target actor's code, or null
 * @param targetName the target actor's name, or null
 * @param date the date (ISO day or TIMEX3 value), or null when no report dates it
 * @param datePrecision its precision ({@code UNKNOWN} when {@code date} is null)
 * @param day the first day {@code date} denotes, or null
 * @param place the place, or null
 * @param placePrecision where {@code place} came from ({@code NONE} when null)
 * @param mentions every report, earliest first (by publication date, then id)
 * @param articles distinct reporting articles
 * @param outlets distinct named outlets among them
 * @param independentOutlets distinct named outlets among the copy groups' originals (the earliest
 *     article of each near-duplicate copy group): a wire story and its re-posts count once, for the
 *     outlet that published it first
 * @param firstReport the earliest publication date among the reports, or null
 * @param lastReport the latest, or null
 * @param disputed whether one party asserts it and another denies it (or a report calls it
 *     disputed)
 * @param asserting parties that assert or claim it (the outlet when the article itself asserts it)
 * @param denying parties that deny it (the outlet when the article says it did not happen)
 */
public record LinkedEvent(
    String id,
    String cameo,
    String root,
    int quad,
    double goldstein,
    String source,
    String sourceName,
    String target,
    String targetName,
    String date,
    DatePrecision datePrecision,
    LocalDate day,
    String place,
    PlacePrecision placePrecision,
    List<LinkedMention> mentions,
    int articles,
    int outlets,
    int independentOutlets,
    LocalDate firstReport,
    LocalDate lastReport,
    boolean disputed,
    List<Party> asserting,
    List<Party> denying) {
  public LinkedEvent {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(cameo, "cameo");
    Objects.requireNonNull(datePrecision, "datePrecision");
    Objects.requireNonNull(placePrecision, "placePrecision");
    mentions = List.copyOf(mentions);
    if (mentions.isEmpty()) {
      throw new IllegalArgumentException("linked event " + id + " has no mentions");
    }
    asserting = List.copyOf(asserting);
    denying = List.copyOf(denying);
  }
}
