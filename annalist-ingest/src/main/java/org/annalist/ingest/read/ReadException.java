package org.annalist.ingest.read;

import java.util.Objects;
import org.annalist.model.Failure;

/**
 * A file (or a record) that cannot be read, with where and why. The message is {@code location:
 * reason}.
 */
public final class ReadException extends Exception {
  private final String location;
  private final String reason;

  /**
   * @param location the file path as given, or {@code path#record}
   * @param reason what is wrong, in words a user can act on
   */
  public ReadException(String location, String reason) {
    this(location, reason, null);
  }

  /** As {@link #ReadException(String, String)}, keeping the low-level cause (may be null). */
  public ReadException(String location, String reason, Throwable cause) {
    super(
        Objects.requireNonNull(location, "location")
            + ": "
            + Objects.requireNonNull(reason, "reason"),
        cause);
    this.location = location;
    this.reason = reason;
  }

  /** The file path as given, or {@code path#record}. */
  public String location() {
    return location;
  }

  /** What is wrong, without the location. */
  public String reason() {
    return reason;
  }

  /** This problem as a {@link Failure} for a {@link DocumentSink}. */
  public Failure toFailure() {
    return new Failure(location, reason);
  }
}
