package org.annalist.extract.place;

import java.util.Objects;

/**
 * What a place as written resolves to.
 *
 * @param text the place as written
 * @param country ISO 3166-1 alpha-3 code
 * @param point the gazetteer point, or null when only the country is known ("Afghanistan",
 *     "southern Afghanistan")
 * @param basis how it was resolved
 */
public record ResolvedPlace(String text, String country, Place point, Basis basis) {
  /** How a place was resolved. */
  public enum Basis {
    /** A gazetteer name (with a point). */
    GAZETTEER,
    /** A country's name or adjective in the actor dictionary (no point). */
    COUNTRY,
    /** A country or place with a compass word in front ("southern Afghanistan"; no point). */
    REGION_OF
  }

  public ResolvedPlace {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(country, "country");
    Objects.requireNonNull(basis, "basis");
    if (point != null && !point.country().equals(country)) {
      throw new IllegalArgumentException("point " + point + " is not in " + country);
    }
  }
}
