package org.annalist.link.story;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A story thread: linked events of one pair of actors (or one actor) that follow each other within
 * the story gap and agree on place or kind (cooperation, conflict).
 *
 * @param id {@code st-} and the id of its first linked event (without that id's {@code ev-})
 * @param title generated: the actors' names (the one acting most often first), the dominant kind of
 *     event and the main place, e.g. "United States – Taliban: negotiations, Doha"
 * @param actors the principal actor codes of the thread (one or two, sorted)
 * @param place the most frequent place its events name in a clause, else the most frequent
 *     dateline, or null
 * @param cameo the dominant 3-digit CAMEO code (weighted by articles)
 * @param articles distinct articles reporting its events
 * @param first the first event's day
 * @param last the last event's day
 * @param timeline its events in date order
 */
public record Story(
    String id,
    String title,
    List<String> actors,
    String place,
    String cameo,
    int articles,
    LocalDate first,
    LocalDate last,
    List<StoryEntry> timeline) {
  public Story {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    actors = List.copyOf(actors);
    timeline = List.copyOf(timeline);
    if (timeline.isEmpty()) {
      throw new IllegalArgumentException("story " + id + " has no events");
    }
  }

  /** Number of linked events in the story. */
  public int events() {
    return timeline.size();
  }
}
