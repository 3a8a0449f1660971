package org.annalist.store;

/** What {@link Store#write} did with one article id. */
public enum WriteStatus {
  /** The article was new and was inserted. */
  ADDED,
  /** The article was already stored; origins it had not had yet were appended. */
  ORIGIN_ADDED,
  /** The article and all its origins were already stored; nothing changed. */
  UNCHANGED
}
