package org.annalist.model;

/**
 * Metadata that a container states beside the document (JSON Lines fields, WARC headers). Each
 * field is null when not stated. The cleaner prefers these over what it finds in the text.
 *
 * @param title the stated title
 * @param published the stated publication date or date-time, as written (the cleaner parses it)
 * @param outlet the stated outlet name
 */
public record DocumentHints(String title, String published, String outlet) {
  /** No hints. */
  public static final DocumentHints NONE = new DocumentHints(null, null, null);
}
