package org.annalist.server.map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

class TopoJsonTest {
  /**
   * Two unit squares side by side, (0,0)-(1,1) and (1,0)-(2,1), quantized with scale 0.5 and
   * translate (10, 20): arc 0 is the shared edge x=1 from bottom to top, arc 1 the rest of the left
   * square, arc 2 the rest of the right one; the right square runs the shared edge backwards (~0).
   */
  private static final String TOPOLOGY =
      "{\"type\":\"Topology\",\"transform\":{\"scale\":[0.5,0.5],\"translate\":[10,20]},"
          + "\"arcs\":[[[2,0],[0,2]],[[2,2],[-2,0],[0,-2],[2,0]],[[2,0],[2,0],[0,2],[-2,0]]],"
          + "\"objects\":{\"world\":{\"type\":\"GeometryCollection\",\"geometries\":["
          + "{\"type\":\"Polygon\",\"id\":\"ARN\",\"properties\":{\"name\":\"Arnor\"},"
          + "\"arcs\":[[0,1]]},"
          + "{\"type\":\"MultiPolygon\",\"id\":-99,\"arcs\":[[[2,-1]]]},"
          + "{\"type\":\"LineString\",\"arcs\":[0]}]}}}";

  private static JsonNode topology() throws Exception {
    return new ObjectMapper().readTree(TOPOLOGY);
  }

  private static void assertRing(double[][] expected, List<double[]> ring) {
    assertEquals(
        expected.length,
        ring.size(),
        () -> ring.stream().map(p -> p[0] + "," + p[1]).toList().toString());
    for (int i = 0; i < expected.length; i++) {
      assertArrayEquals(expected[i], ring.get(i), 1e-12, "point " + i);
    }
  }

  @Test
  void arcsAreDeltaDecodedAndTransformed() throws Exception {
    List<double[][]> arcs = TopoJson.arcs(topology());
    assertEquals(3, arcs.size());
    assertArrayEquals(new double[] {11, 20}, arcs.get(0)[0], 1e-12);
    assertArrayEquals(new double[] {11, 21}, arcs.get(0)[1], 1e-12);
    assertArrayEquals(new double[] {10, 20}, arcs.get(1)[2], 1e-12);
  }

  @Test
  void ringsStitchArcsAndReverseNegatedOnes() throws Exception {
    List<TopoJson.Feature> f = TopoJson.features(topology(), "world");
    assertEquals(2, f.size(), "the LineString is skipped");
    assertEquals("ARN", f.get(0).id());
    assertEquals("Arnor", f.get(0).name());
    assertRing(
        new double[][] {{11, 20}, {11, 21}, {10, 21}, {10, 20}, {11, 20}},
        f.get(0).polygons().get(0).get(0));
    assertEquals("-99", f.get(1).id());
    assertNull(f.get(1).name());
    assertRing(
        new double[][] {{11, 20}, {12, 20}, {12, 21}, {11, 21}, {11, 20}},
        f.get(1).polygons().get(0).get(0));
  }

  @Test
  void outlinesProjectAndKeepOnlyAlpha3Ids() throws Exception {
    WorldOutlines w = WorldOutlines.of(topology(), "world");
    assertEquals(2, w.outlines().size());
    WorldOutlines.Outline arnor = w.outlines().get(0);
    assertEquals("ARN", arnor.id());
    assertEquals("M191 70L191 69L190 69L190 70Z", arnor.path());
    assertArrayEquals(new double[] {190, 69, 191, 70}, arnor.bbox(), 1e-12);
    assertNull(w.outlines().get(1).id(), "-99 without a known name has no id");
    assertEquals("ARN", w.countryAt(10.5, 20.5).orElseThrow());
    assertEquals(true, w.countryAt(11.5, 20.5).isEmpty(), "the right square has no id");
    assertEquals(true, w.countryAt(13, 20.5).isEmpty());
  }

  @Test
  void simplifyDropsPointsCloserThanTheTolerance() {
    List<double[]> ring =
        List.of(
            new double[] {0, 0},
            new double[] {0.01, 0},
            new double[] {1, 0},
            new double[] {1, 1},
            new double[] {0, 0});
    assertEquals(4, WorldOutlines.simplify(ring, 0.05).size());
    assertEquals(5, WorldOutlines.simplify(ring, 0.001).size());
  }

  @Test
  void notATopologyIsRefused() throws Exception {
    JsonNode geo = new ObjectMapper().readTree("{\"type\":\"FeatureCollection\"}");
    assertThrows(IllegalArgumentException.class, () -> TopoJson.features(geo, "world"));
    assertThrows(IllegalArgumentException.class, () -> TopoJson.features(topology(), "land"));
  }
}
