package org.annalist.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import org.annalist.store.Store;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServerTest {
  private static final String TOKEN = "s3cret-token";
  private static final long MAX_BODY = 64 * 1024;
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir static Path dir;

  private static Store store;
  private static AnnalistServer server;
  private static String oaks;
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @BeforeAll
  static void start() throws IOException {
    store = Store.open(dir.resolve("store"));
    oaks = Fixture.fill(store, dir);
    server =
        AnnalistServer.start(
            store, ServerOptions.local(0).withToken(TOKEN).withMaxBodyBytes(MAX_BODY));
  }

  @AfterAll
  static void stop() {
    server.close();
    store.close();
  }

  record Reply(int status, JsonNode body) {}

  static Reply get(AnnalistServer s, String pathAndQuery) throws IOException, InterruptedException {
    return send(s, HttpRequest.newBuilder(uri(s, pathAndQuery)).GET());
  }

  static Reply get(String pathAndQuery) throws IOException, InterruptedException {
    return get(server, pathAndQuery);
  }

  static URI uri(AnnalistServer s, String pathAndQuery) {
    return URI.create("http://127.0.0.1:" + s.port() + pathAndQuery);
  }

  static Reply send(AnnalistServer s, HttpRequest.Builder b)
      throws IOException, InterruptedException {
    HttpResponse<String> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    assertTrue(
        r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"),
        () -> "not JSON: " + r.headers().map() + " " + r.body());
    return new Reply(r.statusCode(), JSON.readTree(r.body()));
  }

  static Reply post(AnnalistServer s, String path, String body, String auth)
      throws IOException, InterruptedException {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(uri(s, path))
            .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    if (auth != null) {
      b.header("Authorization", auth);
    }
    return send(s, b);
  }

  static void assertError(Reply r, int status, String mentions) {
    assertEquals(status, r.status(), r.body()::toString);
    assertEquals(status, r.body().path("status").asInt(), r.body()::toString);
    assertTrue(
        r.body().path("error").asText().contains(mentions),
        () -> "error should mention '" + mentions + "': " + r.body());
  }

  static String q(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  @Test
  void statusCountsWhatTheStoreHolds() throws Exception {
    Reply r = get("/api/v1");
    assertEquals(200, r.status());
    // 3 from the fixture, 4 once the ingest test ran
    assertTrue(r.body().path("counts").path("articles").asInt() >= 3);
    assertEquals(1, r.body().path("counts").path("quotes").asInt());
    assertEquals(1, r.body().path("counts").path("events").asInt());
    assertTrue(r.body().path("writable").asBoolean());
  }

  @Test
  void articlesArePagedAndTheLimitIsCapped() throws Exception {
    Reply all = get("/api/v1/articles");
    assertEquals(200, all.status());
    int total = all.body().path("total").asInt();
    assertTrue(total >= 3);
    assertEquals(total, all.body().path("items").size());
    assertTrue(all.body().path("items").get(0).path("body").isMissingNode());

    Reply page = get("/api/v1/articles?offset=1&limit=1");
    assertEquals(1, page.body().path("items").size());
    assertEquals(
        all.body().path("items").get(1).path("id"), page.body().path("items").get(0).path("id"));

    Reply capped = get("/api/v1/articles?limit=100000");
    assertEquals(Params.MAX_LIMIT, capped.body().path("limit").asInt());
    assertEquals(0, get("/api/v1/articles?offset=10").body().path("items").size());
  }

  @Test
  void badParametersAre400sThatNameTheParameter() throws Exception {
    assertError(get("/api/v1/articles?limit=0"), 400, "'limit'");
    assertError(get("/api/v1/articles?limit=ten"), 400, "'limit'");
    assertError(get("/api/v1/articles?offset=-1"), 400, "'offset'");
    assertError(get("/api/v1/articles?from=13-04-2024"), 400, "'from'");
    assertError(get("/api/v1/articles?from=2024-05-01&to=2024-04-01"), 400, "'to'");
    assertError(get("/api/v1/events?factuality=likely"), 400, "'factuality'");
    assertError(get("/api/v1/events?root=42"), 400, "'root'");
    assertError(get("/api/v1/entities?type=ANIMAL"), 400, "'type'");
    assertError(get("/api/v1/dyad?a=USA"), 400, "'b'");
    assertError(get("/api/v1/dyad?a=USA&b=TAL&by=year"), 400, "'by'");
    assertError(get("/api/v1/timeline"), 400, "'actor'");
    assertError(get("/api/v1/search"), 400, "'q'");
    assertError(get("/api/v1/search?q=" + q("oak AND (")), 400, "'q'");
    assertError(get("/api/v1/articles/abc"), 400, "'id'");
  }

  @Test
  void articlesFilterByPeriodAndOutlet() throws Exception {
    Reply april = get("/api/v1/articles?from=2024-04-01&to=2024-04-30");
    assertEquals(1, april.body().path("total").asInt());
    assertEquals(oaks, april.body().path("items").get(0).path("id").asText());
    Reply herald = get("/api/v1/articles?outlet=" + q("the valley herald"));
    assertEquals(2, herald.body().path("total").asInt());
  }

  @Test
  void oneArticleHasItsBodyQuotesEventsAndEntities() throws Exception {
    Reply r = get("/api/v1/articles/" + oaks.substring(0, 8));
    assertEquals(200, r.status(), r.body()::toString);
    JsonNode a = r.body();
    assertEquals(oaks, a.path("id").asText());
    assertTrue(a.path("body").asText().contains("oak saplings"));
    assertTrue(a.path("removed").isArray());
    assertEquals(Fixture.QUOTE, a.path("quotes").get(0).path("text").asText());
    assertEquals(oaks + ":q0", a.path("quotes").get(0).path("id").asText());
    assertEquals("040", a.path("events").get(0).path("cameo").asText());
    assertEquals("Ada Brandt", a.path("entities").get(0).path("name").asText());
  }

  @Test
  void missingThingsAre404AndWrongMethodsAre405() throws Exception {
    assertError(get("/api/v1/articles/ffffffffffffffffffff"), 404, "not found");
    assertError(get("/api/v1/entities/per-nobody"), 404, "not found");
    assertError(get("/api/v1/linked-events/ev-nothing"), 404, "not found");
    assertError(get("/api/v1/nothing-here"), 404, "no such endpoint");
    assertError(
        send(server, HttpRequest.newBuilder(uri(server, "/api/v1/articles")).DELETE()),
        405,
        "not allowed");
    assertError(post(server, "/api/v1/articles", "{}", null), 405, "not allowed");
  }

  @Test
  void quotesAndEventsFilter() throws Exception {
    assertEquals(1, get("/api/v1/quotes?speaker=" + q("ada brandt")).body().path("total").asInt());
    assertEquals(0, get("/api/v1/quotes?speaker=Nobody").body().path("total").asInt());
    assertEquals(
        1,
        get("/api/v1/quotes?speaker=brandt").body().path("total").asInt(),
        "an alias of the speaker's entity");
    assertEquals(1, get("/api/v1/quotes?article=" + oaks).body().path("total").asInt());
    assertEquals(0, get("/api/v1/quotes?from=2024-05-01").body().path("total").asInt());
    assertEquals(1, get("/api/v1/events?root=04&plover=consult").body().path("total").asInt());
    assertEquals(0, get("/api/v1/events?root=19").body().path("total").asInt());
    assertEquals(1, get("/api/v1/events?actor=GBR").body().path("total").asInt());
    assertEquals(0, get("/api/v1/events?actor=USA").body().path("total").asInt());
    assertEquals(1, get("/api/v1/events?factuality=asserted").body().path("total").asInt());
    assertEquals(
        1, get("/api/v1/events?from=2024-04-13&to=2024-04-13").body().path("total").asInt());
    assertEquals(0, get("/api/v1/events?from=2024-04-14").body().path("total").asInt());
    Reply entity = get("/api/v1/entities?type=person&name=brandt");
    assertEquals(1, entity.body().path("total").asInt());
    String id = entity.body().path("items").get(0).path("id").asText();
    assertEquals(200, get("/api/v1/entities/" + id).status());
    // the event's source is that entity (its article-local key resolved to the global id)
    assertEquals(1, get("/api/v1/events?entity=" + q(id)).body().path("total").asInt());
    assertEquals(0, get("/api/v1/events?entity=per-000000000000").body().path("total").asInt());
    assertEquals(1, get("/api/v1/map?entity=" + q(id)).body().path("events").asInt());
  }

  @Test
  void eventsQuotesAndTheMapFilterByTheArticlesOutlet() throws Exception {
    String herald = q("the valley herald");
    assertEquals(1, get("/api/v1/events?outlet=" + herald).body().path("total").asInt());
    assertEquals(
        0, get("/api/v1/events?outlet=" + q("Sky News Weekly")).body().path("total").asInt());
    assertEquals(1, get("/api/v1/quotes?outlet=" + herald).body().path("total").asInt());
    assertEquals(0, get("/api/v1/quotes?outlet=nobody").body().path("total").asInt());
    assertEquals(1, get("/api/v1/map?outlet=" + herald).body().path("events").asInt());
    assertEquals(0, get("/api/v1/map?outlet=nobody").body().path("events").asInt());
    assertEquals(200, get("/api/v1/linked-events?outlet=" + herald).status());
  }

  @Test
  void eventsFilterByIds() throws Exception {
    String id = get("/api/v1/events").body().path("items").get(0).path("id").asText();
    Reply one = get("/api/v1/events?ids=" + q("nope, " + id));
    assertEquals(1, one.body().path("total").asInt(), one.body()::toString);
    assertEquals(id, one.body().path("items").get(0).path("id").asText());
    assertEquals(0, get("/api/v1/events?ids=nope").body().path("total").asInt());
    assertError(get("/api/v1/events?ids=" + q(",")), 400, "'ids'");
  }

  @Test
  void unknownOrRepeatedQueryParametersAre400sThatNameThem() throws Exception {
    // a misspelt filter must not pass for no filter (the whole list, unfiltered)
    assertError(get("/api/v1/events?cameo=190"), 400, "parameter 'cameo'");
    assertError(get("/api/v1/events?cameo=190"), 400, "root");
    assertError(get("/api/v1/articles?outlets=x"), 400, "'outlets'");
    assertError(get("/api/v1/overview?x=1"), 400, "takes none");
    assertError(get("/api/v1/articles/" + oaks + "?body=no"), 400, "'body'");
    assertError(get("/api/v1/articles?limit=1&limit=2"), 400, "'limit': given 2 times");
    assertEquals(200, get("/api/v1/events?root=04&offset=0&limit=5").status());
  }

  @Test
  void everyQueryParameterTheOpenApiDocumentGivesIsAccepted() throws Exception {
    Map<String, Set<String>> params =
        AnnalistServer.queryParameters(
            get("/api/v1/openapi.json").body().toString(), new ObjectMapper());
    assertEquals(AnnalistServer.ROUTES.size(), params.size());
    assertTrue(params.get("GET /api/v1/events").containsAll(Set.of("outlet", "ids", "root")));
    assertEquals(Set.of(), params.get("GET /api/v1/overview"));
  }

  @Test
  void speakersAreListedWithTheirQuoteCounts() throws Exception {
    Reply r = get("/api/v1/speakers");
    assertEquals(200, r.status(), r.body()::toString);
    assertEquals(1, r.body().path("total").asInt(), r.body()::toString);
    JsonNode ada = r.body().path("items").get(0);
    assertEquals("Ada Brandt", ada.path("name").asText());
    assertEquals(1, ada.path("quotes").asInt());
    String entity = ada.path("entity").asText();
    assertEquals(
        "Ada Brandt", get("/api/v1/entities/" + entity).body().path("name").asText(), entity);
    assertEquals(1, get("/api/v1/quotes?speaker=" + q(entity)).body().path("total").asInt());
    assertEquals(1, get("/api/v1/speakers?name=BRANDT").body().path("total").asInt());
    assertEquals(0, get("/api/v1/speakers?name=nobody").body().path("total").asInt());
    assertError(get("/api/v1/speakers?limit=0"), 400, "'limit'");
  }

  @Test
  void articlesFilterByIds() throws Exception {
    Reply all = get("/api/v1/articles?from=2024-01-01&to=2024-06-30");
    String second = all.body().path("items").get(1).path("id").asText();
    Reply two = get("/api/v1/articles?ids=" + q(second + ", " + oaks + ",ffffffffffffffffffff"));
    assertEquals(2, two.body().path("total").asInt(), two.body()::toString);
    assertEquals(oaks, two.body().path("items").get(0).path("id").asText(), "store order");
    assertEquals(second, two.body().path("items").get(1).path("id").asText());
    assertError(get("/api/v1/articles?ids=" + q(" , ")), 400, "'ids'");
    assertError(get("/api/v1/articles?ids=" + q("a,".repeat(501))), 400, "'ids'");
  }

  @Test
  void linkQueriesAnswerEvenWhenNothingIsLinked() throws Exception {
    assertEquals(0, get("/api/v1/linked-events").body().path("total").asInt());
    assertEquals(0, get("/api/v1/stories").body().path("total").asInt());
    Reply t = get("/api/v1/timeline?actor=GBR");
    assertEquals(200, t.status());
    assertEquals(0, t.body().path("total").asInt());
    Reply d = get("/api/v1/dyad?a=GBR&b=USA&by=week");
    assertEquals(200, d.status());
    assertEquals("week", d.body().path("by").asText());
  }

  @Test
  void searchFindsArticlesAndQuotesWithHighlights() throws Exception {
    Reply r = get("/api/v1/search?q=saplings");
    assertEquals(200, r.status(), r.body()::toString);
    JsonNode hit = r.body().path("items").get(0);
    assertEquals("article", hit.path("type").asText());
    assertEquals(oaks, hit.path("article").asText());
    assertHighlighted(hit, "saplings");

    Reply quote = get("/api/v1/search?type=quote&q=" + q("\"not an end\""));
    assertEquals(1, quote.body().path("total").asInt(), quote.body()::toString);
    JsonNode qh = quote.body().path("items").get(0);
    assertEquals("quote", qh.path("type").asText());
    assertEquals(oaks + ":q0", qh.path("id").asText());
    assertHighlighted(qh, "end");

    Reply stemmed = get("/api/v1/search?q=ferries");
    assertEquals(1, stemmed.body().path("total").asInt());
    assertHighlighted(stemmed.body().path("items").get(0), "ferry");

    Reply events = get("/api/v1/search?type=event&q=volunteers");
    assertEquals(1, events.body().path("total").asInt());
    assertEquals(0, get("/api/v1/search?q=xylophone").body().path("total").asInt());
  }

  private static void assertHighlighted(JsonNode hit, String word) {
    String snippet = hit.path("snippet").asText();
    assertFalse(hit.path("highlights").isEmpty(), hit::toString);
    for (JsonNode h : hit.path("highlights")) {
      String marked = snippet.substring(h.path("start").asInt(), h.path("end").asInt());
      assertTrue(marked.equalsIgnoreCase(word), () -> "highlight '" + marked + "' in " + hit);
    }
  }

  @Test
  void ingestNeedsTheRightToken() throws Exception {
    String batch =
        Fixture.line("p1", "Posted", "Posted", "2024-07-01", Fixture.LIBRARY + " Zeppelins.");
    assertError(post(server, "/api/v1/ingest", batch, null), 401, "Bearer");
    assertError(post(server, "/api/v1/ingest", batch, "Bearer wrong"), 401, "wrong token");
    assertError(post(server, "/api/v1/ingest", "", "Bearer " + TOKEN), 400, "'body'");
    String big = "x".repeat((int) MAX_BODY + 1);
    assertError(post(server, "/api/v1/ingest", big, "Bearer " + TOKEN), 413, "limit");
  }

  @Test
  void ingestStoresIndexesAndAnswersTheRunSummary() throws Exception {
    String text =
        "Engineers tested a zeppelin above the Millbrook fields on Sunday, the first airship seen"
            + " there in eighty years. Farmers stopped their tractors to watch it drift east.";
    Reply r =
        post(
            server,
            "/api/v1/ingest",
            Fixture.line("z1", "Sky News Weekly", "Airship over Millbrook", "2024-08-04", text),
            "Bearer " + TOKEN);
    assertEquals(200, r.status(), r.body()::toString);
    assertEquals(1, r.body().path("added").asInt(), r.body()::toString);
    assertEquals(1, r.body().path("search").path("added").asInt(), r.body()::toString);
    assertTrue(Files.isRegularFile(store.dir().resolve(r.body().path("file").asText())));
    Reply found = get("/api/v1/search?q=zeppelin");
    assertEquals(1, found.body().path("total").asInt(), found.body()::toString);
    assertEquals(
        1, get("/api/v1/articles?outlet=" + q("Sky News Weekly")).body().path("total").asInt());
  }

  @Test
  void openApiListsEveryRouteAndNoOther() throws Exception {
    Reply r = get("/api/v1/openapi.json");
    assertEquals(200, r.status());
    assertTrue(r.body().path("openapi").asText().startsWith("3."));
    Set<String> documented = new HashSet<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = r.body().path("paths").fields();
        it.hasNext(); ) {
      Map.Entry<String, JsonNode> path = it.next();
      for (Iterator<String> m = path.getValue().fieldNames(); m.hasNext(); ) {
        documented.add(m.next().toUpperCase(java.util.Locale.ROOT) + " " + path.getKey());
      }
    }
    Set<String> routes = new HashSet<>();
    for (Route route : AnnalistServer.ROUTES) {
      routes.add(route.method() + " " + route.path());
    }
    assertEquals(routes, documented);
    for (JsonNode listed : get("/api/v1").body().path("routes")) {
      assertTrue(documented.contains(listed.asText()), listed::toString);
    }
  }
}
