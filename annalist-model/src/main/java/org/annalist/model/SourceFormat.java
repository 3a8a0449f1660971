package org.annalist.model;

/** The markup of a document's text as read. */
public enum SourceFormat {
  /** Plain text, paragraphs separated by line breaks. */
  TEXT,
  /** An HTML page. */
  HTML
}
