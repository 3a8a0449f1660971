package org.annalist.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.ConnectException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.annalist.pipeline.LinkJob;
import org.annalist.store.Store;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.io.TempDir;

/**
 * The web UI in headless Chromium, driven over the W3C WebDriver protocol by Debian's chromedriver
 * (plain HTTP and JSON: no Selenium). Skipped when {@code /usr/bin/chromium} or {@code
 * /usr/bin/chromedriver} is absent ({@code apt-get install chromium chromium-driver}).
 */
@Tag("browser")
class BrowserTest {
  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path DRIVER = Path.of("/usr/bin/chromedriver");
  private static final Duration WAIT = Duration.ofSeconds(30);
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @TempDir static Path dir;

  private static Store store;
  private static AnnalistServer server;
  private static String oaks;
  private static Process driver;
  private static String webdriver;
  private static String session;

  @BeforeAll
  static void start() throws Exception {
    Assumptions.assumeTrue(
        Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER),
        "no /usr/bin/chromium and /usr/bin/chromedriver");
    store = Store.open(dir.resolve("store"));
    oaks = Fixture.fill(store, dir);
    // linked events and stories too, for the timeline, the linked event pages and their lists
    LinkJob.standard().run(store);
    server = AnnalistServer.start(store, ServerOptions.local(0));
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    driver =
        new ProcessBuilder(DRIVER.toString(), "--port=" + port)
            .redirectErrorStream(true)
            .redirectOutput(dir.resolve("chromedriver.log").toFile())
            .start();
    webdriver = "http://127.0.0.1:" + port;
    awaitDriver();
    ObjectNode caps = JSON.createObjectNode();
    ObjectNode always = caps.putObject("capabilities").putObject("alwaysMatch");
    always.put("browserName", "chrome");
    ObjectNode options = always.putObject("goog:chromeOptions");
    options.put("binary", CHROMIUM.toString());
    options
        .putArray("args")
        .add("--headless=new")
        .add("--no-sandbox")
        .add("--disable-gpu")
        .add("--disable-dev-shm-usage")
        .add("--window-size=1280,1000")
        .add("--user-data-dir=" + dir.resolve("profile"));
    session = call("POST", "/session", caps).path("sessionId").asText();
    assertTrue(!session.isEmpty(), "no WebDriver session");
  }

  /**
   * Keeps a screenshot of the page each test ended on, as a test artefact: {@code
   * target/screenshots/<test>.png} (kept by CI with the surefire reports).
   */
  @AfterEach
  void screenshot(TestInfo test) throws Exception {
    String png = call("GET", "/session/" + session + "/screenshot", null).asText();
    Path dir = Files.createDirectories(Path.of("target", "screenshots"));
    String name = test.getTestMethod().map(m -> m.getName()).orElse("browser");
    Files.write(dir.resolve(name + ".png"), Base64.getDecoder().decode(png));
  }

  @AfterAll
  static void stop() throws Exception {
    try {
      if (session != null) {
        call("DELETE", "/session/" + session, null);
      }
    } finally {
      if (driver != null) {
        driver.destroy();
        driver.waitFor();
      }
      if (server != null) {
        server.close();
        store.close();
      }
    }
  }

  private static void awaitDriver() throws InterruptedException {
    long until = System.nanoTime() + WAIT.toNanos();
    while (System.nanoTime() < until) {
      try {
        if (call("GET", "/status", null).path("ready").asBoolean()) {
          return;
        }
      } catch (IOException e) {
        if (!(e instanceof ConnectException)) {
          fail("chromedriver: " + e);
        }
      }
      Thread.sleep(100);
    }
    fail("chromedriver did not start");
  }

  /** One WebDriver command; answers its {@code value}. */
  private static JsonNode call(String method, String path, JsonNode body)
      throws IOException, InterruptedException {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(webdriver + path))
            .header("Content-Type", "application/json");
    b.method(
        method,
        body == null
            ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
    HttpResponse<String> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    JsonNode value = JSON.readTree(r.body()).path("value");
    if (r.statusCode() != 200) {
      fail("WebDriver " + method + " " + path + ": " + r.statusCode() + " " + value);
    }
    return value;
  }

  private static JsonNode script(String js) throws IOException, InterruptedException {
    ObjectNode body = JSON.createObjectNode();
    body.put("script", js);
    body.putArray("args");
    return call("POST", "/session/" + session + "/execute/sync", body);
  }

  /** Runs {@code js} until it returns something other than null; fails after {@link #WAIT}. */
  private static JsonNode await(String js) throws IOException, InterruptedException {
    long until = System.nanoTime() + WAIT.toNanos();
    while (System.nanoTime() < until) {
      JsonNode v = script(js);
      if (!v.isNull() && !v.isMissingNode()) {
        return v;
      }
      Thread.sleep(100);
    }
    fail(
        "waited for: "
            + js
            + "\npage: "
            + script("return location.href + '\\n' + document.body.innerText").asText());
    return null;
  }

  private static void click(String css) throws IOException, InterruptedException {
    ObjectNode find = JSON.createObjectNode();
    find.put("using", "css selector");
    find.put("value", css);
    JsonNode element = call("POST", "/session/" + session + "/element", find);
    String id = element.elements().next().asText();
    call("POST", "/session/" + session + "/element/" + id + "/click", JSON.valueToTree(Map.of()));
  }

  private static void open(String hash) throws IOException, InterruptedException {
    ObjectNode go = JSON.createObjectNode();
    go.put("url", "http://127.0.0.1:" + server.port() + "/" + hash);
    call("POST", "/session/" + session + "/url", go);
  }

  @Test
  void theSearchBoxFindsAQuoteAndLinksToItsPassage() throws Exception {
    open("#/");
    await("return document.querySelector('#latest-events') ? true : null");
    ObjectNode find = JSON.createObjectNode();
    find.put("using", "css selector");
    find.put("value", "#search-q");
    String id = call("POST", "/session/" + session + "/element", find).elements().next().asText();
    ObjectNode keys = JSON.createObjectNode();
    keys.put("text", "\"not an end\"\uE007");
    call("POST", "/session/" + session + "/element/" + id + "/value", keys);
    await("return document.querySelector('.hits a') ? true : null");
    click(".hits a");
    JsonNode marked =
        await(
            "const m = document.querySelectorAll('#article-body mark.at');"
                + " return m.length ? Array.from(m).map(x => x.textContent).join('') : null");
    assertEquals(Fixture.QUOTE, marked.asText());
  }

  @Test
  void theTimelineDrawsOneLinkedDotPerEventColouredByQuadClass() throws Exception {
    open("#/timeline?actor=GBR");
    await("return document.querySelector('svg.timeline') ? true : null");
    ObjectNode body = JSON.createObjectNode();
    body.put(
        "script",
        "const done = arguments[0]; import('/js/timeline.js').then(m => { const s = m.chart(["
            + "{id: 'ev-1', day: '2024-01-01', quad: 1, cameo: '040', href: '#/linked/ev-1',"
            + " title: 'a'}, {id: 'ev-2', day: '2024-02-01', cameo: '190', href: '#/linked/ev-2',"
            + " title: 'b'}], 'test'); done(Array.from(s.querySelectorAll('a.point'))"
            + ".map(a => a.getAttribute('href') + ' ' + a.querySelector('circle')"
            + ".getAttribute('class')).join(',')); }, e => done('error: ' + e));");
    body.putArray("args");
    JsonNode v = call("POST", "/session/" + session + "/execute/async", body);
    assertEquals("#/linked/ev-1 q1,#/linked/ev-2 q4", v.asText());
  }

  /**
   * The flow: load the overview, open the timeline, click an event, land on its highlighted
   * evidence (through the linked event, one of its mentions, and the coded event).
   */
  @Test
  void fromTheOverviewThroughTheTimelineToAnEventsHighlightedEvidence() throws Exception {
    JsonNode event = ServerTest.get(server, "/api/v1/events").body().path("items").get(0);
    String body = ServerTest.get(server, "/api/v1/articles/" + oaks).body().path("body").asText();
    String evidence =
        body.substring(event.path("evidence_start").asInt(), event.path("evidence_end").asInt());

    open("#/");
    await("return document.querySelector('main a[href^=\"#/timeline\"]') ? true : null");
    click("main a[href^='#/timeline']");
    await("return document.querySelector('svg.timeline a.point') ? true : null");
    click("svg.timeline a.point");
    await("return document.querySelector('main a[href^=\"#/event/\"]') ? true : null");
    assertTrue(
        script("return location.hash").asText().startsWith("#/linked/ev-"),
        "the dot opens its linked event");
    click("main a[href^='#/event/']");
    await("return document.querySelector('a.evidence') ? true : null");
    assertEquals(
        event.path("cameo").asText(),
        script("return document.querySelector('h1 code').textContent").asText());
    click("a.evidence");
    JsonNode marked =
        await(
            "const m = document.querySelectorAll('#article-body mark.at');"
                + " return m.length ? Array.from(m).map(x => x.textContent).join('') : null");
    assertEquals(evidence, marked.asText());
    assertEquals("at", script("return document.activeElement.id").asText(), "focus on the mark");
    List<String> kinds = List.of("ent", "trigger", "quote");
    for (String kind : kinds) {
      assertTrue(
          script("return document.querySelectorAll('#article-body ." + kind + "').length").asInt()
              > 0,
          kind + " marked in the body");
    }
  }

  @Test
  void theQuoteBrowserFiltersBySpeakerAndOpensTheQuotesMarkedPassage() throws Exception {
    open("#/quotes?speaker=Nobody");
    await("return document.querySelector('.pager .range') ? true : null");
    assertEquals(
        "no quotes", script("return document.querySelector('.pager .range').textContent").asText());
    assertEquals(0, script("return document.querySelectorAll('#quote-list li').length").asInt());
    // the speaker field suggests who is quoted
    await(
        "return document.querySelector('#speaker-names option[value=\"Ada Brandt\"]') ? true : null");
    String field = element("#quotes-filters-speaker");
    call("POST", "/session/" + session + "/element/" + field + "/clear", JSON.createObjectNode());
    ObjectNode keys = JSON.createObjectNode();
    keys.put("text", "Ada Brandt\uE007");
    call("POST", "/session/" + session + "/element/" + field + "/value", keys);
    await("return document.querySelector('#quote-list .passage') ? true : null");
    assertEquals("#/quotes?speaker=Ada+Brandt", script("return location.hash").asText());
    assertEquals(
        "Ada Brandt",
        script("return document.querySelector('#quote-list .attribution a').textContent").asText());
    assertEquals(
        "Millbrook plants oaks",
        script(
                "return document.querySelector('#quote-list a[href^=\"#/article/\"]:not(.passage)')"
                    + ".textContent")
            .asText());
    click("#quote-list .passage");
    JsonNode marked =
        await(
            "const m = document.querySelectorAll('#article-body mark.at');"
                + " return m.length ? Array.from(m).map(x => x.textContent).join('') : null");
    assertEquals(Fixture.QUOTE, marked.asText());
    assertEquals("at", script("return document.activeElement.id").asText(), "focus on the mark");
  }

  @Test
  void theNextPageShowsTheFollowingItemsAndTheAddressKeepsTheOffset() throws Exception {
    JsonNode all = ServerTest.get(server, "/api/v1/articles").body().path("items");
    String first =
        "return (document.querySelector('#article-list tbody a') || {}).textContent || null";
    open("#/articles?limit=1");
    assertEquals(all.get(0).path("title").asText(), await(first).asText());
    assertEquals("articles 1–1 of 3", text(".pager .range"));
    click(".pager a.next");
    await(
        "return location.hash.includes('offset=1') && document.querySelector('#article-list')"
            + " && document.querySelector('.pager a.prev') ? true : null");
    assertEquals(all.get(1).path("title").asText(), script(first).asText());
    assertEquals("articles 2–2 of 3", text(".pager .range"));
    assertEquals("#/articles?offset=1&limit=1", script("return location.hash").asText());

    // the page is bookmarkable: the same address opened afresh shows the same items
    ObjectNode blank = JSON.createObjectNode();
    blank.put("url", "about:blank");
    call("POST", "/session/" + session + "/url", blank);
    open("#/articles?offset=1&limit=1");
    await("return document.querySelector('.pager a.prev') ? true : null");
    assertEquals(all.get(1).path("title").asText(), script(first).asText());

    // the pager works from the keyboard: focus 'previous', press Enter
    script("document.querySelector('.pager a.prev').focus()");
    ObjectNode actions = JSON.createObjectNode();
    ObjectNode keyboard = actions.putArray("actions").addObject();
    keyboard.put("type", "key").put("id", "keyboard");
    keyboard.putArray("actions").addObject().put("type", "keyDown").put("value", "\uE007");
    keyboard.withArray("actions").addObject().put("type", "keyUp").put("value", "\uE007");
    call("POST", "/session/" + session + "/actions", actions);
    await(
        "return location.hash === '#/articles?limit=1' && document.querySelector('.pager a.next')"
            + " && !document.querySelector('.pager a.prev') ? true : null");
    assertEquals(all.get(0).path("title").asText(), script(first).asText());
  }

  private static String element(String css) throws IOException, InterruptedException {
    ObjectNode find = JSON.createObjectNode();
    find.put("using", "css selector");
    find.put("value", css);
    return call("POST", "/session/" + session + "/element", find).elements().next().asText();
  }

  private static String text(String css) throws IOException, InterruptedException {
    return script("return document.querySelector('" + css + "').textContent").asText();
  }
}
