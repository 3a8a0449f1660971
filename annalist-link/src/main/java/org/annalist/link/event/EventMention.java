package org.annalist.link.event;

import java.time.LocalDate;
import java.util.Objects;
import org.annalist.model.Event;

/**
 * One article's coding of an event, with what linking needs to know of the article.
 *
 * @param event the coded event (its {@link Event#id()} is the mention's id)
 * @param outlet the article's outlet, or null when not stated
 * @param published the article's publication date, or null when not stated
 */
public record EventMention(Event event, String outlet, LocalDate published) {
  public EventMention {
    Objects.requireNonNull(event, "event");
  }

  /** The mention's id: the event's id. */
  public String id() {
    return event.id();
  }
}
