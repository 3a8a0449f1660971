package org.annalist.link.article;

/** Why two articles are linked. */
public enum LinkKind {
  /** Near-duplicates: a wire copy, a re-post, a lightly edited republication. */
  COPY,
  /** Different reports of the same happening (within the date window, similar content). */
  SAME_HAPPENING
}
