package org.annalist.store;

import java.util.List;

/** An id prefix given to {@link Store#article(String)} matches more than one article. */
public final class AmbiguousIdException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final String prefix;
  private final transient List<String> matches;

  /**
   * @param prefix the prefix as given
   * @param matches some of the ids it matches (at least two)
   */
  public AmbiguousIdException(String prefix, List<String> matches) {
    super(
        "article id prefix '"
            + prefix
            + "' is ambiguous; it matches "
            + String.join(", ", matches));
    this.prefix = prefix;
    this.matches = List.copyOf(matches);
  }

  /** The prefix as given. */
  public String prefix() {
    return prefix;
  }

  /** Some of the ids the prefix matches, in id order. */
  public List<String> matches() {
    return matches;
  }
}
