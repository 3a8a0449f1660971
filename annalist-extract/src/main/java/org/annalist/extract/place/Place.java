package org.annalist.extract.place;

import java.util.List;
import java.util.Objects;

/**
 * One gazetteer entry: a named point in a country.
 *
 * @param name the name shown (the first name of its line)
 * @param names every name of the line, as written
 * @param country ISO 3166-1 alpha-3 code (Kosovo: {@code XKX})
 * @param lat latitude, decimal degrees (WGS 84, north positive)
 * @param lon longitude, decimal degrees (east positive)
 */
public record Place(String name, List<String> names, String country, double lat, double lon) {
  public Place {
    Objects.requireNonNull(name, "name");
    names = List.copyOf(names);
    Objects.requireNonNull(country, "country");
    if (!country.matches("[A-Z]{3}")) {
      throw new IllegalArgumentException("country: expected three capital letters, got " + country);
    }
    if (!(lat >= -90 && lat <= 90) || !(lon >= -180 && lon <= 180)) {
      throw new IllegalArgumentException("point out of range: " + lat + ", " + lon);
    }
  }
}
