package org.annalist.model;

import java.util.Objects;

/**
 * Something that could not be read or cleaned, with a reason a user can act on.
 *
 * @param location the file path, and where useful the record inside it ({@code path#line 3})
 * @param reason what is wrong, in words (e.g. "truncated gzip stream", "line is not JSON: ...")
 */
public record Failure(String location, String reason) {
  public Failure {
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(reason, "reason");
  }

  @Override
  public String toString() {
    return location + ": " + reason;
  }
}
