/**
 * Event places to countries and points: a {@link org.annalist.extract.place.Gazetteer} (the
 * project's {@code places.txt}: names, ISO 3166-1 alpha-3 country, latitude, longitude) and a
 * {@link org.annalist.extract.place.PlaceResolver}, which reads a place as written ("Kabul",
 * "BOGOTÁ", "Lashkar Gah, Helmand", "southern Afghanistan") with the gazetteer and the country
 * names of the actor dictionary {@code countries.actors.txt}. Places it cannot read stay
 * unresolved; nothing is guessed.
 *
 * <p>Everything here is immutable and thread-safe once built.
 */
package org.annalist.extract.place;
