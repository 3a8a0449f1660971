package org.annalist.link.story;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One step of a story's timeline: a linked event.
 *
 * @param event the linked event's id
 * @param day the first day of its date
 * @param date its date as reported (ISO day or TIMEX3 value)
 * @param cameo its CAMEO code
 * @param label a short label of the code ("negotiations")
 * @param source its source actor's code
 * @param target its target actor's code, or null
 * @param place its place, or null
 * @param articles how many articles report it
 */
public record StoryEntry(
    String event,
    LocalDate day,
    String date,
    String cameo,
    String label,
    String source,
    String target,
    String place,
    int articles) {
  public StoryEntry {
    Objects.requireNonNull(event, "event");
    Objects.requireNonNull(day, "day");
    Objects.requireNonNull(cameo, "cameo");
  }
}
