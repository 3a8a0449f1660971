package org.annalist.extract.place;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.annalist.extract.actor.ActorDictionary;
import org.annalist.extract.actor.ActorEntry;
import org.annalist.extract.actor.Dictionaries;
import org.annalist.extract.actor.DictionaryReader;

/**
 * Resolves an event's place as written to a country and, where the gazetteer knows it, a point. A
 * pure function of the text; immutable and thread-safe.
 *
 * <p>In order, the first rule that applies decides:
 *
 * <ol>
 *   <li>the whole text is a gazetteer name ("Kabul", "BOGOTÁ", "Gaza City") → its point;
 *   <li>the whole text is a country's name or adjective in {@code countries.actors.txt}
 *       ("Afghanistan", "the United States") → the country, no point (a capital coded {@code
 *       XXXGOV} there is in the gazetteer too, so rule 1 gave its point);
 *   <li>a trailing "province", "region", "state", "district", "governorate" or "city" dropped,
 *       rules 1–2 again ("Helmand province" → Helmand);
 *   <li>a compass word in front ("southern", "north-east", "eastern", …) of something rules 1–3
 *       resolve → that country, no point;
 *   <li>parts separated by commas or slashes ("Lashkar Gah, Helmand", "Mekelle, Ethiopia",
 *       "WASHINGTON/KABUL"): each part by rules 1–4; every part that resolves must name the same
 *       country (else the place stays unresolved), and the point is the first part's, if it has
 *       one.
 * </ol>
 *
 * <p>Anything else is unresolved: nothing is guessed.
 */
public final class PlaceResolver {
  private static final Set<String> COMPASS =
      Set.of(
          "NORTH",
          "SOUTH",
          "EAST",
          "WEST",
          "NORTHERN",
          "SOUTHERN",
          "EASTERN",
          "WESTERN",
          "CENTRAL",
          "NORTHEAST",
          "NORTHWEST",
          "SOUTHEAST",
          "SOUTHWEST",
          "NORTH-EAST",
          "NORTH-WEST",
          "SOUTH-EAST",
          "SOUTH-WEST",
          "NORTHEASTERN",
          "NORTHWESTERN",
          "SOUTHEASTERN",
          "SOUTHWESTERN",
          "NORTH-EASTERN",
          "NORTH-WESTERN",
          "SOUTH-EASTERN",
          "SOUTH-WESTERN",
          "UPPER",
          "LOWER");

  private static final List<String> KINDS =
      List.of(" PROVINCE", " REGION", " STATE", " DISTRICT", " GOVERNORATE", " CITY");

  private final Gazetteer gazetteer;
  private final Map<String, String> countries;

  /**
   * A resolver over {@code gazetteer} and the country names of {@code countries} (entries coded
   * {@code XXX} or {@code XXXGOV}; others are ignored).
   */
  public PlaceResolver(Gazetteer gazetteer, ActorDictionary countries) {
    this.gazetteer = Objects.requireNonNull(gazetteer, "gazetteer");
    Map<String, String> m = new HashMap<>();
    for (ActorEntry e : countries.entries()) {
      String code = e.codeAt(null).orElse(null);
      if (code == null || !code.matches("[A-Z]{3}(GOV)?")) {
        continue;
      }
      for (List<String> phrase : e.phrases()) {
        m.putIfAbsent(Gazetteer.key(String.join(" ", phrase)), code.substring(0, 3));
      }
    }
    this.countries = Map.copyOf(m);
  }

  /**
   * The project's gazetteer and country dictionary.
   *
   * @throws UncheckedIOException when a resource is missing
   * @throws IllegalStateException when a built-in file has a problem
   */
  public static PlaceResolver standard() {
    var g = Gazetteer.builtIn();
    if (!g.problems().isEmpty()) {
      throw new IllegalStateException("built-in gazetteer: " + g.problems());
    }
    String name = Dictionaries.BUILT_IN_ACTOR_FILES.get(0);
    try (InputStream in = Dictionaries.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new UncheckedIOException(new IOException("missing dictionary resource " + name));
      }
      var d = DictionaryReader.actors(name, new InputStreamReader(in, StandardCharsets.UTF_8));
      return new PlaceResolver(g.value(), d.value());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The gazetteer this resolver reads. */
  public Gazetteer gazetteer() {
    return gazetteer;
  }

  /** What {@code place} resolves to, or empty (null, blank, unknown, or contradictory). */
  public Optional<ResolvedPlace> resolve(String place) {
    if (place == null || place.isBlank()) {
      return Optional.empty();
    }
    String text = place.strip();
    Optional<ResolvedPlace> whole = part(text, text);
    if (whole.isPresent()) {
      return whole;
    }
    String[] parts = text.split("\\s*[,/;]\\s*");
    if (parts.length < 2) {
      return Optional.empty();
    }
    String country = null;
    Place point = null;
    boolean regionOf = false;
    for (int i = 0; i < parts.length; i++) {
      Optional<ResolvedPlace> r = part(text, parts[i]);
      if (r.isEmpty()) {
        continue;
      }
      if (country != null && !country.equals(r.get().country())) {
        return Optional.empty();
      }
      country = r.get().country();
      if (i == 0) {
        point = r.get().point();
        regionOf = r.get().basis() == ResolvedPlace.Basis.REGION_OF;
      }
    }
    if (country == null) {
      return Optional.empty();
    }
    ResolvedPlace.Basis basis =
        point != null
            ? ResolvedPlace.Basis.GAZETTEER
            : regionOf ? ResolvedPlace.Basis.REGION_OF : ResolvedPlace.Basis.COUNTRY;
    return Optional.of(new ResolvedPlace(text, country, point, basis));
  }

  /** Rules 1–4 on one part. */
  private Optional<ResolvedPlace> part(String text, String part) {
    String k = Gazetteer.key(part);
    if (k.isEmpty()) {
      return Optional.empty();
    }
    Optional<ResolvedPlace> r = named(text, k);
    if (r.isPresent()) {
      return r;
    }
    int space = k.indexOf(' ');
    if (space > 0 && COMPASS.contains(k.substring(0, space))) {
      String rest = k.substring(space + 1);
      if (rest.startsWith("OF ")) {
        rest = rest.substring(3);
      }
      Optional<ResolvedPlace> inner = named(text, Gazetteer.key(rest));
      if (inner.isPresent()) {
        return Optional.of(
            new ResolvedPlace(text, inner.get().country(), null, ResolvedPlace.Basis.REGION_OF));
      }
    }
    return Optional.empty();
  }

  /** Rules 1–3 on a key. */
  private Optional<ResolvedPlace> named(String text, String k) {
    List<String> tries = new ArrayList<>();
    tries.add(k);
    for (String kind : KINDS) {
      if (k.endsWith(kind) && k.length() > kind.length()) {
        tries.add(k.substring(0, k.length() - kind.length()).strip());
      }
    }
    for (String t : tries) {
      Optional<Place> p = gazetteer.find(t);
      if (p.isPresent()) {
        return Optional.of(
            new ResolvedPlace(text, p.get().country(), p.get(), ResolvedPlace.Basis.GAZETTEER));
      }
      String c = countries.get(t);
      if (c != null) {
        return Optional.of(new ResolvedPlace(text, c, null, ResolvedPlace.Basis.COUNTRY));
      }
    }
    return Optional.empty();
  }
}
