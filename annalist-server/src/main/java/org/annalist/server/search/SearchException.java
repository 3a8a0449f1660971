package org.annalist.server.search;

/** A search query that cannot be read, or an index that cannot be read or written. */
public final class SearchException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final boolean badQuery;

  private SearchException(String message, Throwable cause, boolean badQuery) {
    super(message, cause);
    this.badQuery = badQuery;
  }

  /** The query's syntax is wrong; {@code message} says where. */
  public static SearchException badQuery(String message, Throwable cause) {
    return new SearchException(message, cause, true);
  }

  /** The index failed (disk, corruption). */
  public static SearchException index(String message, Throwable cause) {
    return new SearchException(message, cause, false);
  }

  /** Whether the caller's query was at fault (rather than the index). */
  public boolean badQuery() {
    return badQuery;
  }
}
