package org.annalist.extract.entity;

import java.util.List;
import java.util.Objects;

/**
 * A title or role of a {@link GlobalEntity}, with where and when it was seen. Roles whose titles
 * differ only in case, a leading "the", "U.S."/"US" or an abbreviated rank ("Gen"/"General") are
 * one role; the title is the form first seen.
 *
 * @param title the role as first written
 * @param organization the organisation the role belongs to, when some article says so, else null
 * @param seen each article that gives the role, with its publication date (null when unknown)
 */
public record GlobalRole(String title, String organization, List<Sighting> seen) {
  public GlobalRole {
    Objects.requireNonNull(title, "title");
    seen = List.copyOf(seen);
  }
}
