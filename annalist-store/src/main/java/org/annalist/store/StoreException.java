package org.annalist.store;

import java.nio.file.Path;
import java.util.Objects;

/**
 * The store could not do what was asked: it cannot be opened (the path is a file, the database is
 * locked by another process, its schema is newer than this build) or a read or write failed.
 *
 * <p>The message names the store directory and the reason, e.g. {@code store /data/annalist:
 * database is locked by another process (...)}.
 */
public final class StoreException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient Path dir;
  private final String reason;

  /**
   * @param dir the store directory
   * @param reason what went wrong, in words
   * @param cause the underlying error, or null
   */
  public StoreException(Path dir, String reason, Throwable cause) {
    super("store " + dir + ": " + reason, cause);
    this.dir = Objects.requireNonNull(dir, "dir");
    this.reason = Objects.requireNonNull(reason, "reason");
  }

  /** The store directory. */
  public Path dir() {
    return dir;
  }

  /** What went wrong, without the directory. */
  public String reason() {
    return reason;
  }
}
