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
  private static Store linkedStore;
  private static AnnalistServer linkedServer;

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
    screenshot(test.getTestMethod().map(m -> m.getName()).orElse("browser"));
  }

  /** Keeps a screenshot of the page shown now as {@code target/screenshots/<name>.png}. */
  private static void screenshot(String name) throws IOException, InterruptedException {
    String png = call("GET", "/session/" + session + "/screenshot", null).asText();
    Path dir = Files.createDirectories(Path.of("target", "screenshots"));
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
      if (linkedServer != null) {
        linkedServer.close();
        linkedStore.close();
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
    open(server, hash);
  }

  private static void open(AnnalistServer s, String hash) throws IOException, InterruptedException {
    ObjectNode go = JSON.createObjectNode();
    go.put("url", "http://127.0.0.1:" + s.port() + "/" + hash);
    call("POST", "/session/" + session + "/url", go);
  }

  /** A second server over a linked store ({@link ActorFixture}), started on first use. */
  private static AnnalistServer linked() throws IOException {
    if (linkedServer == null) {
      linkedStore = Store.open(dir.resolve("linked"));
      ActorFixture.fill(linkedStore, Files.createDirectories(dir.resolve("linked-work")));
      linkedServer = AnnalistServer.start(linkedStore, ServerOptions.local(0));
    }
    return linkedServer;
  }

  /** A window tall enough for a whole actor page or chart in one screenshot. */
  private static void tallWindow() throws IOException, InterruptedException {
    ObjectNode rect = JSON.createObjectNode();
    rect.put("width", 1280);
    rect.put("height", 1800);
    call("POST", "/session/" + session + "/window/rect", rect);
  }

  private static String text(String css) throws IOException, InterruptedException {
    return script(
            "const e = document.querySelector('" + css + "'); return e ? e.textContent : null")
        .asText();
  }

  @Test
  void fromTheOverviewToAnActorsPageAndOnToAnEvent() throws Exception {
    tallWindow();
    open(linked(), "#/");
    await("return document.querySelector('section[aria-labelledby=h-actors] a.actor') ? 1 : null");
    assertEquals(
        "#/actor/USA",
        script(
                "return Array.from(document.querySelectorAll("
                    + "'section[aria-labelledby=h-actors] a.actor')).map(a =>"
                    + " a.getAttribute('href')).find(h => h === '#/actor/USA') || null")
            .asText());
    click("section[aria-labelledby=h-actors] a.actor[href='#/actor/USA']");
    await("return document.querySelector('#actor-events-table') ? true : null");
    assertEquals("USA", text("h1 code"));
    assertTrue(text("#actor-names").contains("United States"), text("#actor-names"));
    // roles over time: the dictionary's people under USA, drawn and tabled
    assertTrue(
        script("return document.querySelectorAll('#actor-roles svg.roles rect.role-bar').length")
                .asInt()
            > 0);
    assertTrue(text("#actor-roles table").contains("Joe Biden"), "a person's role in the table");
    assertTrue(text("#actor-quotes").contains(ActorFixture.QUOTE), text("#actor-quotes"));
    assertTrue(
        text("#actor-events-total").startsWith("2 linked events"), text("#actor-events-total"));
    assertEquals(
        "source,target",
        script(
                "return Array.from(document.querySelectorAll('#actor-events-table tbody tr'))"
                    + ".map(r => r.cells[1].textContent).sort().join(',')")
            .asText());
    screenshot("actorPage");
    click("#actor-events-table a[href^='#/linked/']");
    await(
        "return location.hash.startsWith('#/linked/') && document.querySelector('h2') ? 1 : null");
    assertTrue(
        script("return document.querySelectorAll('main a.actor').length").asInt() >= 2,
        "the linked event's actors link to their pages");
  }

  @Test
  void theDyadViewChartsBothDirectionsAndLinksEachPeriodToItsEvents() throws Exception {
    tallWindow();
    open(linked(), "#/");
    await("return document.querySelector('a.dyad-link') ? true : null");
    click("a.dyad-link");
    await("return document.querySelector('svg.dyad') ? true : null");
    JsonNode bars =
        script(
            "const z = document.querySelector('svg.dyad line.zero').getAttribute('y1');"
                + " const b = c => document.querySelector('svg.dyad rect.bar.' + c);"
                + " const r = c => ({y: +b(c).getAttribute('y'), h: +b(c).getAttribute('height')});"
                + " return {zero: +z, ab: r('ab'), ba: r('ba'),"
                + " legend: document.querySelector('#dyad-legend').textContent,"
                + " rows: document.querySelectorAll('#dyad-table tbody tr').length}");
    double zero = bars.path("zero").asDouble();
    String legend = bars.path("legend").asText();
    // the overview orders the pair by code: A is GBR
    assertTrue(legend.startsWith("GBR → USA") && legend.contains("USA → GBR"), legend);
    assertEquals(2, bars.path("rows").asInt(), "one row per direction");
    // the criticism (conflict, -2) hangs below the zero line, the call (cooperation, +1) stands on
    // it
    JsonNode down = bars.path("ab");
    JsonNode up = bars.path("ba");
    assertTrue(up.path("h").asDouble() > 0, bars::toString);
    assertEquals(zero, up.path("y").asDouble() + up.path("h").asDouble(), 0.01, bars::toString);
    assertEquals(zero, down.path("y").asDouble(), 0.01, bars::toString);
    assertTrue(down.path("h").asDouble() > up.path("h").asDouble(), "-2 is longer than +1");
    screenshot("dyadView");
    click("#dyad-table tbody tr a");
    JsonNode total =
        await(
            "const t = document.querySelector('#actor-events-total');"
                + " return location.hash.startsWith('#/actor/') && t ? t.textContent : null");
    assertTrue(total.asText().startsWith("1 linked event"), total.asText());
  }

  @Test
  void theMapDrawsCountriesAndPointsAndAPointLeadsToItsEvents() throws Exception {
    Store places = Store.open(dir.resolve("map-store"));
    try (AnnalistServer mapServer = AnnalistServer.start(places, ServerOptions.local(0))) {
      MapFixture.fill(places, dir);
      ObjectNode go = JSON.createObjectNode();
      go.put("url", "http://127.0.0.1:" + mapServer.port() + "/#/map");
      call("POST", "/session/" + session + "/url", go);
      await("return document.querySelector('svg.map a.map-point') ? true : null");
      assertTrue(
          script("return document.querySelectorAll('svg.map path.country').length").asInt() > 150,
          "country outlines drawn");
      assertEquals(
          3,
          script("return document.querySelectorAll('svg.map a.country-link').length").asInt(),
          "Afghanistan, Qatar and Colombia are shaded links");
      assertEquals(
          4,
          script("return document.querySelectorAll('svg.map a.map-point').length").asInt(),
          "Kabul, Helmand, Doha, Bogotá");
      assertEquals(
          "q4",
          script(
                  "return document.querySelector('svg.map a.map-point circle').getAttribute('class')")
              .asText(),
          "the first (largest) point is Kabul: one material conflict, one verbal cooperation");
      assertTrue(
          script("return document.querySelector('.map-table').textContent")
              .asText()
              .contains("Helmand"),
          "the table twin lists the points");
      assertTrue(
          script("return document.body.textContent").asText().contains("Millbrook (1)"),
          "unresolved places are listed");
      assertEquals(
          "Kabul, Afghanistan: 2 events (1 verbal cooperation, 1 material conflict); written as"
              + " Kabul, KABUL",
          script(
                  "const a = document.querySelector('svg.map a.map-point'); a.focus();"
                      + " return document.activeElement === a ? a.getAttribute('aria-label') : null")
              .asText(),
          "points take the keyboard focus and have a label");
      click("svg.map a.map-point");
      await("return document.querySelector('.map-selection a.event-link') ? true : null");
      assertEquals("Events in Kabul", script("return document.activeElement.textContent").asText());
      assertEquals(2, script("return document.querySelectorAll('a.event-link').length").asInt());
      assertEquals(
          2,
          script("return document.querySelectorAll('.map-selection a.evidence').length").asInt(),
          "each event listed has its evidence link");
      click("a.event-link");
      await(
          "return location.hash.startsWith('#/event/') && document.querySelector('h1 code')"
              + " ? true : null");
      assertEquals("040", script("return document.querySelector('h1 code').textContent").asText());
      call("POST", "/session/" + session + "/back", JSON.createObjectNode());
      await("return document.querySelector('.map-selection') ? true : null");
      // a country's events, paged
      go.put("url", "http://127.0.0.1:" + mapServer.port() + "/#/map?country=AFG&limit=3");
      call("POST", "/session/" + session + "/url", go);
      await("return document.querySelector('.map-selection .pager a.next') ? true : null");
      assertEquals(3, script("return document.querySelectorAll('a.event-link').length").asInt());
      click(".map-selection .pager a.next");
      await(
          "return location.hash.includes('offset=3')"
              + " && document.querySelectorAll('a.event-link').length === 1 ? true : null");
      assertTrue(
          script("return document.querySelector('.map-selection .range').textContent")
              .asText()
              .contains("4 of 4"));
      // the map without a selection, for the screenshot
      go.put("url", "http://127.0.0.1:" + mapServer.port() + "/#/map");
      call("POST", "/session/" + session + "/url", go);
      await("return document.querySelector('svg.map a.map-point') ? true : null");
      screenshot("theMapOfEventPlaces");
    } finally {
      places.close();
    }
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

    // four events on one day in one lane: four dots, none hidden under another
    body.put(
        "script",
        "const done = arguments[0]; import('/js/timeline.js').then(m => { const s = m.chart("
            + "[1, 2, 3, 4].map(k => ({id: 'ev-' + k, day: '2024-01-01', quad: 2, cameo: '084',"
            + " href: '#/linked/ev-' + k, title: 't'})), 'test');"
            + " done(new Set(Array.from(s.querySelectorAll('circle'))"
            + ".map(c => c.getAttribute('cx') + ',' + c.getAttribute('cy'))).size); },"
            + " e => done('error: ' + e));");
    assertEquals(4, call("POST", "/session/" + session + "/execute/async", body).asInt());
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
    await(
        "return location.hash.startsWith('#/event/') && document.querySelector('a.evidence')"
            + " ? true : null");
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

  /**
   * "From any event, one click lands on the highlighted evidence sentence": a linked event's
   * mentions, the events list, an event's search hit, the entity page's event list, the article's
   * own list (the map's in the map's test).
   */
  @Test
  void everyEventListingOpensTheEvidenceSentenceInOneClick() throws Exception {
    JsonNode event = ServerTest.get(server, "/api/v1/events").body().path("items").get(0);
    String body = ServerTest.get(server, "/api/v1/articles/" + oaks).body().path("body").asText();
    String evidence =
        body.substring(event.path("evidence_start").asInt(), event.path("evidence_end").asInt());
    String mark =
        "const m = document.querySelectorAll('#article-body mark.at');"
            + " return location.hash.startsWith('#/article/') && m.length"
            + " ? Array.from(m).map(x => x.textContent).join('') : null";
    String linked =
        ServerTest.get(server, "/api/v1/linked-events")
            .body()
            .path("items")
            .get(0)
            .path("id")
            .asText();
    List<String[]> listings =
        List.of(
            new String[] {"#/linked/" + linked, "main table a.evidence"},
            new String[] {"#/events", "#event-list a.evidence"},
            new String[] {"#/article/" + oaks, "main section a.evidence"},
            new String[] {"#/search?q=bridge&type=event", ".hits a.evidence"},
            new String[] {
              "#/entity/" + event.path("source").path("entity").asText(),
              "#entity-events a.evidence"
            });
    for (String[] listing : listings) {
      open(listing[0]);
      await("return document.querySelector('" + listing[1] + "') ? true : null");
      click(listing[1]);
      assertEquals(evidence, await(mark).asText(), listing[0]);
      assertEquals("at", script("return document.activeElement.id").asText(), listing[0]);
    }
    open("#/search?q=bridge&type=event");
    await("return document.querySelector('.hits li > a') ? true : null");
    assertEquals(
        "event in “Millbrook plants oaks”", text(".hits li > a"), "hits name their article");
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
  void anArticleLeadsToAnEntitysPageWithItsRolesEventsAndQuotes() throws Exception {
    open("#/entities?type=PERSON&name=brandt");
    await("return document.querySelector('#entity-list a') ? true : null");
    click("#entity-list a");
    await("return document.querySelector('#entity-roles') ? true : null");
    assertEquals("Ada Brandt", text("main h1"));
    assertTrue(text("#entity-roles").contains("Mayor, Millbrook"), text("#entity-roles"));
    assertEquals(
        1, script("return document.querySelectorAll('#entity-events tbody tr').length").asInt());
    assertTrue(text("#entity-codes").contains("GBRGOV"), text("#entity-codes"));
    assertEquals(1, script("return document.querySelectorAll('#entity-quotes li').length").asInt());
    // the quote opens its passage, marked, in the article; the article's entity list leads back
    click("#entity-quotes a");
    JsonNode marked =
        await(
            "const m = document.querySelectorAll('#article-body mark.at');"
                + " return m.length ? Array.from(m).map(x => x.textContent).join('') : null");
    assertEquals(Fixture.QUOTE, marked.asText());
    assertTrue(
        script(
                "return Array.from(document.querySelectorAll('main a[href^=\"#/entity/\"]'))"
                    + ".some(a => a.textContent === 'Ada Brandt')")
            .asBoolean(),
        "the article's entities link to their pages");
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
}
