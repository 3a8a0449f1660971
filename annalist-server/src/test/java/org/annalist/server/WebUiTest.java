package org.annalist.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.annalist.store.Store;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The web UI's static files, the API paths its scripts call, and the overview endpoint. */
class WebUiTest {
  private static final Pattern IMPORT = Pattern.compile("from\\s+'(\\./[\\w-]+\\.js)'");
  private static final Pattern API_PATH = Pattern.compile("'(/api/v1[^']*)'");
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @TempDir static Path dir;

  private static Store store;
  private static AnnalistServer server;
  private static String oaks;

  @BeforeAll
  static void start() throws IOException {
    store = Store.open(dir.resolve("store"));
    oaks = Fixture.fill(store, dir);
    server = AnnalistServer.start(store, ServerOptions.local(0));
  }

  @AfterAll
  static void stop() {
    server.close();
    store.close();
  }

  static HttpResponse<String> fetch(String path) throws IOException, InterruptedException {
    return HTTP.send(
        HttpRequest.newBuilder(ServerTest.uri(server, path)).GET().build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static String type(HttpResponse<String> r) {
    return r.headers().firstValue("Content-Type").orElse("");
  }

  @Test
  void thePageAndItsStylesAreServedAtTheRoot() throws Exception {
    HttpResponse<String> page = fetch("/");
    assertEquals(200, page.statusCode());
    assertTrue(type(page).startsWith("text/html"), type(page));
    assertTrue(page.body().contains("<script type=\"module\" src=\"js/app.js\">"), page.body());
    String csp = page.headers().firstValue("Content-Security-Policy").orElse("");
    assertTrue(csp.contains("script-src 'self'"), csp);
    HttpResponse<String> css = fetch("/app.css");
    assertEquals(200, css.statusCode());
    assertTrue(type(css).startsWith("text/css"), type(css));
  }

  @Test
  void everyScriptIsServedAsJavaScriptAndCallsOnlyExistingRoutes() throws Exception {
    Map<String, String> scripts = scripts();
    assertTrue(
        scripts.keySet().containsAll(Set.of("app.js", "api.js", "dom.js")),
        () -> "" + scripts.keySet());
    Set<String> routes = new TreeSet<>();
    for (Route r : AnnalistServer.ROUTES) {
      if (r.method().equals("GET")) {
        routes.add(r.path());
      }
    }
    Set<String> called = new TreeSet<>();
    for (String source : scripts.values()) {
      Matcher m = API_PATH.matcher(source);
      while (m.find()) {
        called.add(m.group(1));
      }
    }
    assertTrue(called.size() >= 5, called::toString);
    for (String path : called) {
      assertTrue(routes.contains(path), () -> "the UI calls " + path + ", not a GET route");
    }
  }

  /** app.js and every module it imports, transitively, fetched over HTTP. */
  private static Map<String, String> scripts() throws IOException, InterruptedException {
    Map<String, String> out = new LinkedHashMap<>();
    Deque<String> todo = new ArrayDeque<>();
    todo.add("app.js");
    while (!todo.isEmpty()) {
      String name = todo.pop();
      if (out.containsKey(name)) {
        continue;
      }
      HttpResponse<String> r = fetch("/js/" + name);
      assertEquals(200, r.statusCode(), name);
      assertTrue(type(r).contains("javascript"), () -> name + ": " + type(r));
      out.put(name, r.body());
      Matcher m = IMPORT.matcher(r.body());
      while (m.find()) {
        todo.add(m.group(1).substring(2));
      }
    }
    return out;
  }

  @Test
  void aMissingFileIsAJson404AndTheApiStillAnswers() throws Exception {
    HttpResponse<String> r = fetch("/no-such-file.js");
    assertEquals(404, r.statusCode());
    assertTrue(type(r).startsWith("application/json"), type(r));
    assertEquals(200, ServerTest.get(server, "/api/v1").status());
  }

  @Test
  void theOverviewCountsAndRanksFromCodedEventsWhenNothingIsLinked() throws Exception {
    ServerTest.Reply r = ServerTest.get(server, "/api/v1/overview");
    assertEquals(200, r.status(), r.body()::toString);
    JsonNode o = r.body();
    assertEquals(3, o.path("counts").path("articles").asInt());
    assertEquals(1, o.path("counts").path("events").asInt());
    assertEquals("events", o.path("basis").asText());
    assertEquals(1, o.path("latest").size());
    assertEquals(oaks, o.path("latest").get(0).path("article").asText());
    assertEquals("GBR", o.path("actors").get(0).path("code").asText());
    assertEquals("Ada Brandt", o.path("actors").get(0).path("name").asText());
    assertEquals(1, o.path("actors").get(0).path("events").asInt());
    assertEquals(0, o.path("dyads").size(), "the one event has no target");
  }

  @Test
  void anArticleListsItsEntityMentionsWithOffsetsIntoTheBody() throws Exception {
    JsonNode a = ServerTest.get(server, "/api/v1/articles/" + oaks).body();
    JsonNode mentions = a.path("entity_mentions");
    assertFalse(mentions.isEmpty(), a::toString);
    String body = a.path("body").asText();
    for (JsonNode m : mentions) {
      String text = body.substring(m.path("start").asInt(), m.path("end").asInt());
      assertEquals("Ada Brandt", text);
      assertEquals("PERSON", m.path("type").asText());
    }
  }
}
