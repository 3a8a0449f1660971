package org.annalist.server;

import static org.annalist.server.ServerTest.assertError;
import static org.annalist.server.ServerTest.get;
import static org.annalist.server.ServerTest.q;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.annalist.server.ServerTest.Reply;
import org.annalist.store.Store;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code GET /api/v1/map} and {@code /api/v1/map/outlines} over {@link MapFixture}. */
class MapApiTest {
  @TempDir static Path dir;

  private static Store store;
  private static AnnalistServer server;

  @BeforeAll
  static void start() throws Exception {
    store = Store.open(dir.resolve("store"));
    MapFixture.fill(store, dir);
    server = AnnalistServer.start(store, ServerOptions.local(0));
  }

  @AfterAll
  static void stop() {
    server.close();
    store.close();
  }

  private static Reply map(String query) throws Exception {
    return get(server, "/api/v1/map" + query);
  }

  private static JsonNode find(JsonNode list, String field, String value) {
    for (JsonNode n : list) {
      if (value.equals(n.path(field).asText())) {
        return n;
      }
    }
    throw new AssertionError("no " + field + "=" + value + " in " + list);
  }

  private static List<String> texts(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asText()));
    return out;
  }

  @Test
  void eventsAreCountedByCountryAndPoint() throws Exception {
    Reply r = map("");
    assertEquals(200, r.status(), r.body()::toString);
    JsonNode b = r.body();
    assertEquals(8, b.path("events").asInt());
    assertEquals(6, b.path("placed").asInt());
    assertEquals(5, b.path("with_point").asInt());
    assertEquals(1, b.path("no_place").asInt());
    assertEquals(1, b.path("unresolved").path("events").asInt());
    assertEquals("Millbrook", b.path("unresolved").path("items").get(0).path("place").asText());

    JsonNode afg = b.path("countries").get(0);
    assertEquals("AFG", afg.path("code").asText(), "most events first");
    assertEquals("Afghanistan", afg.path("name").asText());
    assertEquals(4, afg.path("events").asInt());
    assertEquals(1, afg.path("quad").path("1").asInt());
    assertEquals(1, afg.path("quad").path("3").asInt());
    assertEquals(2, afg.path("quad").path("4").asInt());
    assertEquals(4, afg.path("dominant_quad").asInt());
    assertEquals(1, find(b.path("countries"), "code", "QAT").path("events").asInt());
    assertEquals(1, find(b.path("countries"), "code", "COL").path("events").asInt());
    assertEquals(3, b.path("countries").size());

    JsonNode kabul = find(b.path("points"), "name", "Kabul");
    assertEquals("AFG", kabul.path("country").asText());
    assertEquals(2, kabul.path("events").asInt());
    assertEquals(List.of("Kabul", "KABUL"), texts(kabul.path("places")));
    assertEquals(34.53, kabul.path("lat").asDouble(), 1e-9);
    assertEquals(69.17 + 180, kabul.path("x").asDouble(), 1e-9);
    assertEquals(90 - 34.53, kabul.path("y").asDouble(), 1e-9);
    assertEquals(2, kabul.path("event_ids").size());
    JsonNode first =
        get(server, "/api/v1/events/" + kabul.path("event_ids").get(0).asText()).body();
    assertEquals("Kabul", first.path("place").asText());
    List<String> points = new ArrayList<>();
    b.path("points").forEach(p -> points.add(p.path("name").asText()));
    assertEquals(List.of("Kabul", "Helmand", "Doha", "Bogotá"), points);
  }

  @Test
  void theEventsFiltersApply() throws Exception {
    assertEquals(5, map("?to=2021-02-01").body().path("placed").asInt());
    assertEquals(1, map("?from=2021-02-01").body().path("placed").asInt());
    JsonNode ins = map("?actor=AFGINS").body();
    assertEquals(2, ins.path("events").asInt());
    assertEquals(2, ins.path("countries").get(0).path("events").asInt());
    assertEquals(2, map("?root=19").body().path("with_point").asInt());
    assertEquals(0, map("?factuality=denied").body().path("events").asInt());
    assertError(map("?root=99"), 400, "root");
    assertError(map("?from=yesterday"), 400, "from");
  }

  @Test
  void aCountryOrAPointSelectsItsEvents() throws Exception {
    JsonNode afg = map("?country=afg").body().path("selection");
    assertEquals("AFG", afg.path("country").asText());
    assertEquals(4, afg.path("total").asInt());
    assertEquals(4, afg.path("items").size());
    assertEquals("Kabul", afg.path("items").get(0).path("place").asText());
    JsonNode kabul = map("?point=" + q("kabul")).body().path("selection");
    assertEquals("Kabul", kabul.path("point").asText());
    assertEquals(2, kabul.path("total").asInt());
    JsonNode paged = map("?country=AFG&offset=1&limit=2").body().path("selection");
    assertEquals(2, paged.path("items").size());
    assertEquals(4, paged.path("total").asInt());
    assertTrue(map("").body().path("selection").isMissingNode());
    assertEquals(0, map("?country=FRA").body().path("selection").path("total").asInt());
    assertError(map("?country=Afghanistan"), 400, "country");
    assertError(map("?point=Millbrook"), 400, "point");
    assertError(map("?country=AFG&point=Kabul"), 400, "not both");
  }

  @Test
  void outlinesAreServedOnceDecodedAndCacheable() throws Exception {
    HttpResponse<String> raw =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(ServerTest.uri(server, "/api/v1/map/outlines")).build(),
                HttpResponse.BodyHandlers.ofString());
    assertEquals(200, raw.statusCode());
    assertTrue(raw.headers().firstValue("Cache-Control").orElse("").contains("max-age"));
    JsonNode o = get(server, "/api/v1/map/outlines").body();
    assertEquals("equirectangular", o.path("projection").asText());
    assertEquals(360, o.path("width").asInt());
    assertEquals(180, o.path("height").asInt());
    assertTrue(o.path("items").size() >= 170);
    JsonNode afg = find(o.path("items"), "id", "AFG");
    assertEquals("Afghanistan", afg.path("name").asText());
    assertTrue(afg.path("path").asText().matches("M[-0-9. L]+Z(M[-0-9. L]+Z)*"));
    assertEquals(4, afg.path("bbox").size());
  }
}
