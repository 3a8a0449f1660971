package org.annalist.model;

/** Kinds of named things the language layer finds. */
public enum EntityType {
  PERSON,
  ORGANIZATION,
  LOCATION,
  /** Nationalities, religious and political groups used as adjectives or nouns ("Afghan"). */
  NATIONALITY,
  MISC
}
