package org.annalist.server;

import static org.annalist.server.ServerTest.assertError;
import static org.annalist.server.ServerTest.q;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.annalist.store.Store;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The actor endpoints over a linked store ({@link ActorFixture}). */
class ActorApiTest {
  @TempDir static Path dir;

  private static Store store;
  private static AnnalistServer server;
  private static String call;

  @BeforeAll
  static void start() throws IOException {
    store = Store.open(dir.resolve("store"));
    call = ActorFixture.fill(store, dir);
    server = AnnalistServer.start(store, ServerOptions.local(0));
  }

  @AfterAll
  static void stop() {
    server.close();
    store.close();
  }

  private static ServerTest.Reply get(String path) throws Exception {
    return ServerTest.get(server, path);
  }

  private static List<String> texts(JsonNode array, String field) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.path(field).asText()));
    return out;
  }

  @Test
  void aCountryHasItsNamesEntitiesCountsAndDictionaryRecords() throws Exception {
    ServerTest.Reply r = get("/api/v1/actors/gbr");
    assertEquals(200, r.status(), r.body()::toString);
    JsonNode a = r.body();
    assertEquals("GBR", a.path("code").asText());
    assertEquals("GBR", a.path("principal").asText());
    assertEquals(List.of("British prime minister", "Ada Brandt"), texts(a.path("names"), "name"));
    assertEquals(List.of("Ada Brandt"), texts(a.path("entities"), "name"));
    JsonNode c = a.path("counts");
    assertEquals(2, c.path("events_as_source").asInt(), c::toString);
    assertEquals(1, c.path("events_as_target").asInt(), c::toString);
    assertEquals(2, c.path("linked_events_as_source").asInt(), c::toString);
    assertEquals(1, c.path("linked_events_as_target").asInt(), c::toString);
    assertEquals(1, c.path("quotes").asInt(), c::toString);
    JsonNode names = a.path("dictionary").path("names");
    assertFalse(names.isEmpty(), a::toString);
    names.forEach(n -> assertEquals("GBR", n.path("code").asText(), n::toString));
    assertTrue(texts(names, "name").contains("UNITED KINGDOM"), names::toString);
    JsonNode related = a.path("dictionary").path("related");
    related.forEach(n -> assertTrue(n.path("code").asText().startsWith("GBR"), n::toString));
  }

  @Test
  void aPersonsDatedRoleShowsUnderTheCodeItCovers() throws Exception {
    JsonNode a = get("/api/v1/actors/USA").body();
    JsonNode biden = null;
    for (JsonNode r : a.path("dictionary").path("roles")) {
      if ("JOE BIDEN".equals(r.path("name").asText())) {
        biden = r;
      }
    }
    assertTrue(biden != null, a::toString);
    boolean term = false;
    for (JsonNode p : biden.path("periods")) {
      assertTrue(p.path("code").asText().startsWith("USA"), p::toString);
      term |=
          "USAGOV".equals(p.path("code").asText()) && "2021-01-20".equals(p.path("from").asText());
    }
    assertTrue(term, biden::toString);
    // under USAGOV only the GOV periods remain
    for (JsonNode r : get("/api/v1/actors/USAGOV").body().path("dictionary").path("roles")) {
      r.path("periods").forEach(p -> assertEquals("USAGOV", p.path("code").asText(), p::toString));
    }
  }

  @Test
  void eventsAsSourceAndTargetArePagedAndFiltered() throws Exception {
    JsonNode all = get("/api/v1/actors/GBR/events").body();
    assertEquals("linked_events", all.path("basis").asText(), all::toString);
    assertEquals(3, all.path("total").asInt(), all::toString);
    List<String> roles = texts(all.path("items"), "role");
    assertEquals(1, roles.stream().filter("target"::equals).count(), roles::toString);
    assertEquals(2, roles.stream().filter("source"::equals).count(), roles::toString);
    // by day: the oaks (2024) last
    assertEquals("2024-04-13", all.path("items").get(2).path("day").asText());

    JsonNode page = get("/api/v1/actors/GBR/events?offset=1&limit=1").body();
    assertEquals(3, page.path("total").asInt());
    assertEquals(1, page.path("items").size());
    assertEquals(all.path("items").get(1).path("id"), page.path("items").get(0).path("id"));

    JsonNode target = get("/api/v1/actors/GBR/events?role=target").body();
    assertEquals(1, target.path("total").asInt(), target::toString);
    assertEquals("USAGOV", target.path("items").get(0).path("source_code").asText());
    JsonNode with = get("/api/v1/actors/GBR/events?with=USA").body();
    assertEquals(2, with.path("total").asInt(), with::toString);
    JsonNode towards = get("/api/v1/actors/GBR/events?with=USA&role=source").body();
    assertEquals(1, towards.path("total").asInt(), towards::toString);
    assertEquals("111", towards.path("items").get(0).path("cameo").asText());
    assertEquals(0, get("/api/v1/actors/GBR/events?with=FRA").body().path("total").asInt());
    assertEquals(
        1,
        get("/api/v1/actors/GBR/events?with=" + q("joe biden")).body().path("total").asInt(),
        "the other party by name");
    JsonNode period = get("/api/v1/actors/GBR/events?from=2021-06-01&to=2021-06-30").body();
    assertEquals(2, period.path("total").asInt(), period::toString);

    JsonNode coded = get("/api/v1/actors/GBR/events?basis=events&role=source").body();
    assertEquals("events", coded.path("basis").asText());
    assertEquals(2, coded.path("total").asInt(), coded::toString);
    JsonNode e = coded.path("items").get(0);
    assertEquals("GBRGOV", e.path("source").path("code").asText());
    assertTrue(e.path("linked_event").asText().startsWith("ev-"), e::toString);
    assertEquals(
        200, get("/api/v1/linked-events/" + e.path("linked_event").asText()).status(), "a link");
  }

  @Test
  void quotesComeByEntityAndByDictionary() throws Exception {
    JsonNode gbr = get("/api/v1/actors/GBR/quotes").body();
    assertEquals(1, gbr.path("total").asInt(), gbr::toString);
    assertEquals(Fixture.QUOTE, gbr.path("items").get(0).path("text").asText());
    assertEquals("entity", gbr.path("items").get(0).path("matched_by").asText());

    JsonNode usa = get("/api/v1/actors/USA/quotes").body();
    assertEquals(1, usa.path("total").asInt(), usa::toString);
    JsonNode quote = usa.path("items").get(0);
    assertEquals(ActorFixture.QUOTE, quote.path("text").asText());
    assertEquals(call, quote.path("article").asText());
    assertEquals("dictionary", quote.path("matched_by").asText());
    assertEquals("USAGOV", quote.path("speaker_code").asText(), "the role on the day");
    assertEquals(0, get("/api/v1/actors/USAMIL/quotes").body().path("total").asInt());
    assertEquals(
        0, get("/api/v1/actors/USA/quotes?to=2021-06-06").body().path("total").asInt(), "period");
  }

  @Test
  void codesAreLookedUpByName() throws Exception {
    JsonNode r = get("/api/v1/actors?name=biden").body();
    JsonNode gov = null;
    for (JsonNode i : r.path("items")) {
      if ("USAGOV".equals(i.path("code").asText())) {
        gov = i;
      }
    }
    assertTrue(gov != null, r::toString);
    assertEquals("USA", gov.path("principal").asText());
    assertEquals(2, gov.path("events").asInt());
    assertEquals("[\"Joe Biden\",\"Washington\"]", gov.path("names").toString());
    assertTrue(texts(gov.path("dictionary"), "from").contains("2021-01-20"), gov::toString);
    assertEquals("USAGOV", r.path("items").get(0).path("code").asText(), "most events first");

    JsonNode all = get("/api/v1/actors").body();
    assertEquals(List.of("GBRGOV", "USAGOV"), texts(all.path("items"), "code"));
    assertEquals(3, all.path("items").get(0).path("events").asInt());
  }

  @Test
  void unknownActorsAre404AndBadParametersAre400s() throws Exception {
    assertError(get("/api/v1/actors/QQQ"), 404, "actor QQQ not found");
    assertError(get("/api/v1/actors/U-S"), 400, "'code'");
    assertError(get("/api/v1/actors/GBR/events?role=speaker"), 400, "'role'");
    assertError(get("/api/v1/actors/GBR/events?basis=stories"), 400, "'basis'");
    assertError(get("/api/v1/actors/GBR/events?limit=0"), 400, "'limit'");
    assertError(get("/api/v1/actors/GBR/events?from=2021-07-01&to=2021-06-01"), 400, "'to'");
    assertError(get("/api/v1/actors/GBR/quotes?from=June"), 400, "'from'");
    assertError(get("/api/v1/actors?offset=-1"), 400, "'offset'");
  }
}
