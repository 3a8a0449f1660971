package org.annalist.extract.event;

import java.time.LocalDateTime;
import java.util.Objects;
import java.util.function.Function;

/**
 * What a GDELT export needs besides the events.
 *
 * @param dateAdded when the events were coded: the DATEADDED column ({@code YYYYMMDDHHMMSS}); pass
 *     it in so that exports are reproducible
 * @param sourceUrl the article URL for an article id (the SOURCEURL column), or null when unknown
 */
public record GdeltRun(LocalDateTime dateAdded, Function<String, String> sourceUrl) {
  public GdeltRun {
    Objects.requireNonNull(dateAdded, "dateAdded");
    Objects.requireNonNull(sourceUrl, "sourceUrl");
  }
}
