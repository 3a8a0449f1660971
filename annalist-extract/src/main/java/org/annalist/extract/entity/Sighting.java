package org.annalist.extract.entity;

import java.time.LocalDate;
import java.util.Objects;

/**
 * An article that gives a role, and when it was published.
 *
 * @param articleId the article's id
 * @param published its publication date, or null when the article does not state it
 */
public record Sighting(String articleId, LocalDate published) {
  public Sighting {
    Objects.requireNonNull(articleId, "articleId");
  }
}
