package org.annalist.server.map;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Decodes the polygons of a TopoJSON topology (the format of {@code
 * https://github.com/topojson/topojson-specification}): shared arcs, delta-encoded and quantized
 * when the topology has a {@code transform}, stitched into the rings of each geometry.
 *
 * <p>Only {@code Polygon} and {@code MultiPolygon} geometries are read (others are skipped). Pure
 * functions; thread-safe.
 */
public final class TopoJson {
  private TopoJson() {}

  /**
   * One geometry of the collection.
   *
   * @param id the geometry's {@code id} as text, or null
   * @param name its {@code properties.name}, or null
   * @param polygons its polygons; each polygon a list of rings (the first the outer one), each ring
   *     a closed list of {@code [longitude, latitude]} points
   */
  public record Feature(String id, String name, List<List<List<double[]>>> polygons) {
    public Feature {
      polygons = polygons.stream().map(p -> p.stream().map(List::copyOf).toList()).toList();
    }
  }

  /**
   * The geometries of the GeometryCollection {@code object} of {@code topology}.
   *
   * @throws IllegalArgumentException when the topology is not one or has no such object
   */
  public static List<Feature> features(JsonNode topology, String object) {
    Objects.requireNonNull(topology, "topology");
    if (!"Topology".equals(topology.path("type").asText())) {
      throw new IllegalArgumentException("not a TopoJSON Topology");
    }
    JsonNode collection = topology.path("objects").path(object);
    if (!collection.path("geometries").isArray()) {
      throw new IllegalArgumentException("no GeometryCollection '" + object + "' in the topology");
    }
    List<double[][]> arcs = arcs(topology);
    List<Feature> out = new ArrayList<>();
    for (JsonNode g : collection.path("geometries")) {
      String type = g.path("type").asText();
      List<List<List<double[]>>> polygons = new ArrayList<>();
      if ("Polygon".equals(type)) {
        polygons.add(polygon(g.path("arcs"), arcs));
      } else if ("MultiPolygon".equals(type)) {
        for (JsonNode p : g.path("arcs")) {
          polygons.add(polygon(p, arcs));
        }
      } else {
        continue;
      }
      JsonNode id = g.path("id");
      JsonNode name = g.path("properties").path("name");
      out.add(
          new Feature(
              id.isMissingNode() || id.isNull() ? null : id.asText(),
              name.isTextual() ? name.asText() : null,
              polygons));
    }
    return out;
  }

  /** Every arc in absolute coordinates (the transform applied, the deltas summed). */
  static List<double[][]> arcs(JsonNode topology) {
    JsonNode t = topology.path("transform");
    boolean quantized = t.isObject();
    double sx = quantized ? t.path("scale").path(0).asDouble() : 1;
    double sy = quantized ? t.path("scale").path(1).asDouble() : 1;
    double tx = quantized ? t.path("translate").path(0).asDouble() : 0;
    double ty = quantized ? t.path("translate").path(1).asDouble() : 0;
    List<double[][]> out = new ArrayList<>();
    for (JsonNode arc : topology.path("arcs")) {
      double[][] points = new double[arc.size()][];
      double x = 0;
      double y = 0;
      for (int i = 0; i < arc.size(); i++) {
        JsonNode p = arc.get(i);
        if (quantized) {
          x += p.get(0).asDouble();
          y += p.get(1).asDouble();
          points[i] = new double[] {x * sx + tx, y * sy + ty};
        } else {
          points[i] = new double[] {p.get(0).asDouble(), p.get(1).asDouble()};
        }
      }
      out.add(points);
    }
    return out;
  }

  private static List<List<double[]>> polygon(JsonNode rings, List<double[][]> arcs) {
    List<List<double[]>> out = new ArrayList<>();
    for (JsonNode ring : rings) {
      out.add(ring(ring, arcs));
    }
    return out;
  }

  /** Stitches a ring's arcs: {@code ~i} (that is {@code -i - 1}) is arc i reversed. */
  static List<double[]> ring(JsonNode indices, List<double[][]> arcs) {
    List<double[]> out = new ArrayList<>();
    for (JsonNode n : indices) {
      int i = n.asInt();
      boolean reversed = i < 0;
      int k = reversed ? ~i : i;
      if (k >= arcs.size()) {
        throw new IllegalArgumentException("arc " + i + " out of range (" + arcs.size() + ")");
      }
      double[][] arc = arcs.get(k);
      for (int j = 0; j < arc.length; j++) {
        double[] p = arc[reversed ? arc.length - 1 - j : j];
        if (j == 0 && !out.isEmpty()) {
          continue; // the first point of an arc is the last of the one before
        }
        out.add(p);
      }
    }
    return out;
  }
}
