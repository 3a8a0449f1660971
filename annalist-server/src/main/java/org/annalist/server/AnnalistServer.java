package org.annalist.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpResponseException;
import io.javalin.http.staticfiles.Location;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import org.annalist.extract.place.PlaceResolver;
import org.annalist.link.dyad.DyadSeries;
import org.annalist.link.dyad.Granularity;
import org.annalist.link.event.ActorKey;
import org.annalist.link.event.ActorKeys;
import org.annalist.link.event.DateRange;
import org.annalist.model.Article;
import org.annalist.model.DatePrecision;
import org.annalist.pipeline.LinkExports;
import org.annalist.server.search.SearchException;
import org.annalist.server.search.SearchIndex;
import org.annalist.server.search.SearchResult;
import org.annalist.server.search.UpdateResult;
import org.annalist.store.AmbiguousIdException;
import org.annalist.store.ExportFormat;
import org.annalist.store.Store;

/**
 * The HTTP API over one store (JSON under {@code /api/v1}; endpoints in {@code docs/server.md} and
 * in the OpenAPI document at {@code /api/v1/openapi.json}), with a full-text search index in {@code
 * STORE/search} that it brings in step with the store when it starts and after every ingest.
 *
 * <p>Records have the fields of the JSONL exports ({@code docs/formats.md}). Errors are JSON {@code
 * {"error": message, "status": code}}: 400 (a parameter, named), 401 (wrong or missing token), 403
 * (write on a read-only server), 404, 405, 413 (body over the limit), 500.
 *
 * <p>Lifecycle: {@link #start} listens; {@link #close()} stops listening and closes the search
 * index (not the store, which the caller owns). Thread safety: requests are served concurrently;
 * ingests are serialised.
 */
public final class AnnalistServer implements AutoCloseable {
  /** Path prefix of every endpoint. */
  public static final String BASE = "/api/v1";

  /** Folder of the store directory that holds the search index. */
  public static final String SEARCH_DIR = "search";

  /** Every endpoint, in the order of {@code docs/server.md}. */
  static final List<Route> ROUTES =
      List.of(
          new Route("GET", BASE),
          new Route("GET", BASE + "/openapi.json"),
          new Route("GET", BASE + "/articles"),
          new Route("GET", BASE + "/articles/{id}"),
          new Route("GET", BASE + "/entities"),
          new Route("GET", BASE + "/entities/{id}"),
          new Route("GET", BASE + "/quotes"),
          new Route("GET", BASE + "/speakers"),
          new Route("GET", BASE + "/events"),
          new Route("GET", BASE + "/events/{id}"),
          new Route("GET", BASE + "/linked-events"),
          new Route("GET", BASE + "/linked-events/{id}"),
          new Route("GET", BASE + "/stories"),
          new Route("GET", BASE + "/stories/{id}"),
          new Route("GET", BASE + "/timeline"),
          new Route("GET", BASE + "/dyad"),
          new Route("GET", BASE + "/overview"),
          new Route("GET", BASE + "/search"),
          new Route("GET", BASE + "/actors"),
          new Route("GET", BASE + "/actors/{code}"),
          new Route("GET", BASE + "/actors/{code}/events"),
          new Route("GET", BASE + "/actors/{code}/quotes"),
          new Route("GET", BASE + "/map"),
          new Route("GET", BASE + "/map/outlines"),
          new Route("POST", BASE + "/ingest"));

  /** Classpath folder of the web UI's static files, served at {@code /}. */
  static final String WEB = "/org/annalist/server/web";

  /** The web UI loads only its own scripts and styles and is never framed. */
  private static final String CSP =
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
          + " object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";

  /** Items in each list of the overview. */
  static final int OVERVIEW_TOP = 10;

  private static final String JSON = "application/json; charset=utf-8";
  private static final String HANDLED = "annalist.error";
  private static final List<String> ENTITY_TYPES =
      List.of("PERSON", "ORGANIZATION", "LOCATION", "NATIONALITY", "MISC");
  private static final List<String> FACTUALITY =
      List.of("asserted", "claimed", "denied", "disputed", "future", "hypothetical", "negated");
  private static final List<String> PLOVER =
      List.of(
          "AGREE",
          "CONSULT",
          "SUPPORT",
          "CONCEDE",
          "COOPERATE",
          "AID",
          "RETREAT",
          "REQUEST",
          "ACCUSE",
          "REJECT",
          "THREATEN",
          "PROTEST",
          "SANCTION",
          "MOBILIZE",
          "COERCE",
          "ASSAULT");
  private static final List<String> ROOTS = roots();
  private static final List<String> BY = List.of("day", "week", "month");

  private final Store store;
  private final ServerOptions options;
  private final ObjectMapper json = new ObjectMapper();
  private final ActorKeys keys = ActorKeys.standard();
  private final LinkExports links = new LinkExports(keys);
  private final ActorPages actorPages = new ActorPages(ActorDirectory.builtIn(keys), json);
  private final SearchIndex index;
  private final Ingester ingester;
  private final MapData maps = new MapData(PlaceResolver.standard(), json);
  private final String openApi;

  /** Per route ({@code "GET /api/v1/events"}), the query parameters the OpenAPI document gives. */
  private final Map<String, Set<String>> queryParameters;

  private final Javalin app;
  private volatile StoreView view;

  private AnnalistServer(Store store, ServerOptions options, SearchIndex index) {
    this.store = store;
    this.options = options;
    this.index = index;
    this.ingester =
        new Ingester(store, options.language(), options.dictionaries(), Clock.systemUTC());
    this.openApi = openApi();
    this.queryParameters = queryParameters(openApi, json);
    this.app =
        Javalin.create(
            config -> {
              config.showJavalinBanner = false;
              config.http.prefer405over404 = true;
              config.http.maxRequestSize = options.maxBodyBytes();
              config.router.ignoreTrailingSlashes = true;
              config.staticFiles.add(
                  files -> {
                    files.hostedPath = "/";
                    files.directory = WEB;
                    files.location = Location.CLASSPATH;
                    files.headers = Map.of("Content-Security-Policy", CSP);
                  });
            });
    routes();
  }

  /**
   * Opens (or creates) the search index in {@code STORE/search}, brings it in step with {@code
   * store}, and starts listening.
   *
   * @throws SearchException when the index cannot be opened or updated
   * @throws io.javalin.util.JavalinBindException when the port is taken
   */
  public static AnnalistServer start(Store store, ServerOptions options) {
    Objects.requireNonNull(store, "store");
    Objects.requireNonNull(options, "options");
    SearchIndex index = SearchIndex.open(store.dir().resolve(SEARCH_DIR));
    try {
      index.update(store);
      AnnalistServer server = new AnnalistServer(store, options, index);
      server.app.start(options.host(), options.port());
      return server;
    } catch (RuntimeException e) {
      index.close();
      throw e;
    }
  }

  /** The port listened on (the one picked when the options said 0). */
  public int port() {
    return app.port();
  }

  /** The search index (for tests and tools that run beside the server). */
  public SearchIndex searchIndex() {
    return index;
  }

  @Override
  public void close() {
    app.stop();
    ingester.close();
    index.close();
  }

  // ---- routing and errors

  private void routes() {
    Map<String, Handler> handlers = new LinkedHashMap<>();
    handlers.put("GET " + BASE, this::status);
    handlers.put("GET " + BASE + "/openapi.json", ctx -> ctx.contentType(JSON).result(openApi));
    handlers.put("GET " + BASE + "/articles", this::articles);
    handlers.put("GET " + BASE + "/articles/{id}", this::article);
    handlers.put("GET " + BASE + "/entities", this::entities);
    handlers.put("GET " + BASE + "/entities/{id}", ctx -> byId(ctx, view().entities(), "entity"));
    handlers.put("GET " + BASE + "/quotes", this::quotes);
    handlers.put("GET " + BASE + "/speakers", this::speakers);
    handlers.put("GET " + BASE + "/events", this::events);
    handlers.put("GET " + BASE + "/events/{id}", ctx -> byId(ctx, view().events(), "event"));
    handlers.put("GET " + BASE + "/linked-events", this::linkedEvents);
    handlers.put(
        "GET " + BASE + "/linked-events/{id}",
        ctx -> byId(ctx, view().linkedEvents(), "linked event"));
    handlers.put("GET " + BASE + "/stories", this::stories);
    handlers.put("GET " + BASE + "/stories/{id}", ctx -> byId(ctx, view().stories(), "story"));
    handlers.put("GET " + BASE + "/timeline", this::timeline);
    handlers.put("GET " + BASE + "/dyad", this::dyad);
    handlers.put("GET " + BASE + "/overview", this::overview);
    handlers.put("GET " + BASE + "/search", this::search);
    handlers.put("GET " + BASE + "/actors", this::actors);
    handlers.put("GET " + BASE + "/actors/{code}", this::actor);
    handlers.put("GET " + BASE + "/actors/{code}/events", this::actorEvents);
    handlers.put("GET " + BASE + "/actors/{code}/quotes", this::actorQuotes);
    handlers.put("GET " + BASE + "/map", this::map);
    handlers.put("GET " + BASE + "/map/outlines", this::mapOutlines);
    handlers.put("POST " + BASE + "/ingest", this::ingest);
    for (Route r : ROUTES) {
      String key = r.method() + " " + r.path();
      Handler h = handlers.remove(key);
      if (h == null) {
        throw new IllegalStateException("no handler for " + r);
      }
      Set<String> known = queryParameters.get(key);
      if (known == null) {
        throw new IllegalStateException("route missing from openapi.json: " + key);
      }
      app.addHttpHandler(
          HandlerType.valueOf(r.method()),
          r.path(),
          ctx -> {
            Params.checkNames(ctx, key, known);
            h.handle(ctx);
          });
    }
    if (!handlers.isEmpty()) {
      throw new IllegalStateException("routes missing from ROUTES: " + handlers.keySet());
    }
    app.exception(ApiException.class, (e, ctx) -> error(ctx, e.status(), e.getMessage()));
    app.exception(
        HttpResponseException.class, (e, ctx) -> error(ctx, e.getStatus(), describe(e, ctx)));
    app.exception(
        SearchException.class,
        (e, ctx) ->
            error(
                ctx,
                e.badQuery() ? 400 : 500,
                e.badQuery() ? "parameter 'q': " + e.getMessage() : e.getMessage()));
    app.exception(
        Exception.class,
        (e, ctx) ->
            error(
                ctx,
                500,
                "internal error: " + e.getClass().getSimpleName() + ": " + e.getMessage()));
    app.error(
        404, ctx -> fallback(ctx, 404, "no such endpoint: " + ctx.method() + " " + ctx.path()));
    app.error(
        405, ctx -> fallback(ctx, 405, "method " + ctx.method() + " not allowed on " + ctx.path()));
  }

  private static String describe(HttpResponseException e, Context ctx) {
    return switch (e.getStatus()) {
      case 404 -> "no such endpoint: " + ctx.method() + " " + ctx.path();
      case 405 -> "method " + ctx.method() + " not allowed on " + ctx.path();
      case 413 -> "request body over the limit";
      default -> e.getMessage();
    };
  }

  private void error(Context ctx, int status, String message) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("error", message);
    body.put("status", status);
    ctx.attribute(HANDLED, Boolean.TRUE);
    ctx.status(status).contentType(JSON).result(write(body));
  }

  private void fallback(Context ctx, int status, String message) {
    if (ctx.attribute(HANDLED) == null) {
      error(ctx, status, message);
    }
  }

  private String write(Object value) {
    try {
      return json.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void send(Context ctx, Object value) {
    ctx.contentType(JSON).result(write(value));
  }

  private StoreView view() {
    StoreView v = view;
    if (v == null) {
      synchronized (this) {
        v = view;
        if (v == null) {
          v = StoreView.of(store, json);
          view = v;
        }
      }
    }
    return v;
  }

  private ObjectNode page(List<? extends JsonNode> items, Params p) {
    int offset = p.offset();
    int limit = p.limit();
    ObjectNode out = json.createObjectNode();
    out.put("total", items.size());
    out.put("offset", offset);
    out.put("limit", limit);
    ArrayNode a = out.putArray("items");
    for (int i = offset; i < items.size() && i < (long) offset + limit; i++) {
      a.add(items.get(i));
    }
    return out;
  }

  private static <T> List<T> filter(List<T> items, Predicate<T> keep) {
    return items.stream().filter(keep).toList();
  }

  // ---- handlers

  private void status(Context ctx) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("store", store.dir().toString());
    out.put("schema", store.schemaVersion());
    out.put("counts", view().counts());
    out.put("indexed_articles", index.articles());
    out.put("writable", options.token() != null);
    out.put("routes", ROUTES.stream().map(r -> r.method() + " " + r.path()).toList());
    send(ctx, out);
  }

  private void articles(Context ctx) {
    Params p = new Params(ctx);
    LocalDate[] period = p.period();
    String outlet = p.string("outlet");
    Set<String> ids = p.list("ids").map(Set::copyOf).orElse(null);
    StoreView v = view();
    List<ObjectNode> items =
        filter(
            v.articles(),
            a ->
                inPeriod(v.published(a.path("id").asText()), period)
                    && (outlet == null || outlet.equalsIgnoreCase(a.path("outlet").asText(null)))
                    && (ids == null || ids.contains(a.path("id").asText())));
    send(ctx, page(items, p));
  }

  private void article(Context ctx) {
    String id = ctx.pathParam("id");
    Article a;
    try {
      a = store.article(id).orElseThrow(() -> ApiException.notFound("article " + id));
    } catch (AmbiguousIdException e) {
      throw ApiException.badParameter("id", e.getMessage());
    } catch (IllegalArgumentException e) {
      throw ApiException.badParameter("id", e.getMessage());
    }
    StoreView v = view();
    ObjectNode out = StoreView.article(a, json);
    String full = a.id();
    out.putArray("entities").addAll(v.entitiesOf(full));
    out.putArray("quotes").addAll(v.quotesOf(full));
    out.putArray("events").addAll(v.eventsOf(full));
    out.putArray("entity_mentions").addAll(v.mentions(full, json));
    ArrayNode linked = out.putArray("linked_events");
    v.linkedOf(full).forEach(linked::add);
    send(ctx, out);
  }

  private static boolean contains(JsonNode array, String value) {
    for (JsonNode n : array) {
      if (value.equals(n.asText())) {
        return true;
      }
    }
    return false;
  }

  private void entities(Context ctx) {
    Params p = new Params(ctx);
    String type = p.oneOf("type", ENTITY_TYPES, true);
    String name = p.string("name");
    String lower = name == null ? null : name.toLowerCase(Locale.ROOT);
    List<ObjectNode> items =
        filter(
            view().entities(),
            e ->
                (type == null || type.equals(e.path("type").asText()))
                    && (lower == null || nameMatches(e, lower)));
    send(ctx, page(items, p));
  }

  private static boolean nameMatches(JsonNode entity, String lower) {
    if (entity.path("name").asText().toLowerCase(Locale.ROOT).contains(lower)) {
      return true;
    }
    for (JsonNode a : entity.path("aliases")) {
      if (a.asText().toLowerCase(Locale.ROOT).contains(lower)) {
        return true;
      }
    }
    return false;
  }

  private void byId(Context ctx, List<ObjectNode> items, String what) {
    String id = ctx.pathParam("id");
    for (ObjectNode n : items) {
      if (id.equals(n.path("id").asText())) {
        send(ctx, n);
        return;
      }
    }
    throw ApiException.notFound(what + " " + id);
  }

  private void quotes(Context ctx) {
    Params p = new Params(ctx);
    LocalDate[] period = p.period();
    String speaker = p.string("speaker");
    String article = p.string("article");
    String outlet = p.string("outlet");
    StoreView v = view();
    Set<String> named = speaker == null ? Set.of() : entitiesNamed(v, speaker);
    List<ObjectNode> items =
        filter(
            v.quotes(),
            q ->
                (article == null || q.path("article").asText().startsWith(article))
                    && (outlet == null
                        || outlet.equalsIgnoreCase(v.outlet(q.path("article").asText())))
                    && (speaker == null || speakerMatches(q.path("speaker"), speaker, named))
                    && inPeriod(v.published(q.path("article").asText()), period));
    send(ctx, page(items, p));
  }

  /**
   * Ids of the global entities whose name or one of whose aliases is {@code name} (case ignored).
   */
  private static Set<String> entitiesNamed(StoreView v, String name) {
    Set<String> ids = new HashSet<>();
    for (ObjectNode e : v.entities()) {
      boolean hit = name.equalsIgnoreCase(e.path("name").asText());
      for (JsonNode a : e.path("aliases")) {
        hit |= name.equalsIgnoreCase(a.asText());
      }
      if (hit) {
        ids.add(e.path("id").asText());
      }
    }
    return ids;
  }

  private void speakers(Context ctx) {
    Params p = new Params(ctx);
    send(ctx, page(Speakers.of(view().quotes(), p.string("name"), json), p));
  }

  private static boolean speakerMatches(JsonNode speaker, String query, Set<String> named) {
    if (speaker.isMissingNode() || speaker.isNull()) {
      return false;
    }
    String entity = speaker.path("entity").asText(null);
    return query.equals(entity)
        || (entity != null && named.contains(entity))
        || speaker.path("name").asText("").equalsIgnoreCase(query);
  }

  private void events(Context ctx) {
    Params p = new Params(ctx);
    StoreView v = view();
    send(ctx, page(filter(v.events(), eventFilter(p, v)), p));
  }

  /**
   * The events list's filters: from, to, actor, entity, root, plover, factuality, outlet (of the
   * event's article, case ignored), ids (only these events).
   */
  private Predicate<ObjectNode> eventFilter(Params p, StoreView v) {
    LocalDate[] period = p.period();
    String actor = p.string("actor");
    String entity = p.string("entity");
    String outlet = p.string("outlet");
    Set<String> ids = p.list("ids").map(Set::copyOf).orElse(null);
    String root = p.oneOf("root", ROOTS, false);
    String plover = p.oneOf("plover", PLOVER, true);
    String factuality = p.oneOf("factuality", FACTUALITY, false);
    ActorMatcher m = actor == null ? null : new ActorMatcher(keys, actor);
    return e ->
        (root == null || root.equals(e.path("root").asText()))
            && (plover == null || plover.equals(e.path("plover").asText(null)))
            && (factuality == null || factuality.equals(e.path("factuality").asText()))
            && (m == null || actorMatches(m, e.path("source")) || actorMatches(m, e.path("target")))
            && (entity == null
                || entity.equals(e.path("source").path("entity").asText(null))
                || entity.equals(e.path("target").path("entity").asText(null)))
            && (outlet == null || outlet.equalsIgnoreCase(v.outlet(e.path("article").asText())))
            && (ids == null || ids.contains(e.path("id").asText()))
            && ((period[0] == null && period[1] == null) || inPeriod(eventDay(e), period));
  }

  private void map(Context ctx) {
    Params p = new Params(ctx);
    StoreView v = view();
    Predicate<ObjectNode> keep = eventFilter(p, v);
    String country = p.string("country");
    String point = p.string("point");
    int offset = p.offset();
    int limit = p.limit();
    send(ctx, maps.map(filter(v.events(), keep), country, point, offset, limit));
  }

  private void mapOutlines(Context ctx) {
    ctx.header("Cache-Control", "max-age=86400");
    ctx.contentType(JSON).result(maps.outlinesJson());
  }

  private static boolean actorMatches(ActorMatcher m, JsonNode actor) {
    return actor.isObject()
        && m.matches(actor.path("code").asText(null), actor.path("name").asText(null));
  }

  static LocalDate eventDay(JsonNode e) {
    String date = e.path("date").asText(null);
    String precision = e.path("date_precision").asText("unknown").toUpperCase(Locale.ROOT);
    try {
      DateRange r = DateRange.of(date, DatePrecision.valueOf(precision), 0);
      return r == null ? null : r.start();
    } catch (IllegalArgumentException ex) {
      return null;
    }
  }

  static boolean inPeriod(LocalDate day, LocalDate[] period) {
    if (period[0] == null && period[1] == null) {
      return true;
    }
    return day != null
        && (period[0] == null || !day.isBefore(period[0]))
        && (period[1] == null || !day.isAfter(period[1]));
  }

  private void linkedEvents(Context ctx) {
    Params p = new Params(ctx);
    LocalDate[] period = p.period();
    String actor = p.string("actor");
    String root = p.oneOf("root", ROOTS, false);
    String outlet = p.string("outlet");
    ActorMatcher m = actor == null ? null : new ActorMatcher(keys, actor);
    List<ObjectNode> items =
        filter(
            view().linkedEvents(),
            e ->
                (root == null || root.equals(e.path("root").asText()))
                    && (outlet == null || reportedBy(e, outlet))
                    && (m == null
                        || m.matches(
                            e.path("source_code").asText(null), e.path("source_name").asText(null))
                        || m.matches(
                            e.path("target_code").asText(null), e.path("target_name").asText(null)))
                    && inPeriod(day(e.path("day")), period));
    send(ctx, page(items, p));
  }

  /** Whether one of the linked event's reports is from {@code outlet} (case ignored). */
  private static boolean reportedBy(JsonNode linked, String outlet) {
    for (JsonNode r : linked.path("reports")) {
      if (outlet.equalsIgnoreCase(r.path("outlet").asText(null))) {
        return true;
      }
    }
    return false;
  }

  private static LocalDate day(JsonNode n) {
    return n.isTextual() ? LocalDate.parse(n.asText()) : null;
  }

  private void stories(Context ctx) {
    Params p = new Params(ctx);
    LocalDate[] period = p.period();
    String actor = p.string("actor");
    String upper = actor == null ? null : actor.toUpperCase(Locale.ROOT);
    List<ObjectNode> items =
        filter(
            view().stories(),
            s ->
                (upper == null || contains(s.path("actors"), upper))
                    && overlaps(day(s.path("first")), day(s.path("last")), period));
    send(ctx, page(items, p));
  }

  private static boolean overlaps(LocalDate first, LocalDate last, LocalDate[] period) {
    return (period[0] == null || (last != null && !last.isBefore(period[0])))
        && (period[1] == null || (first != null && !first.isAfter(period[1])));
  }

  private void timeline(Context ctx) {
    Params p = new Params(ctx);
    String actor = p.required("actor");
    LocalDate[] period = p.period();
    StringWriter w = new StringWriter();
    try {
      links.timeline(view().linkedRecords(), actor, period[0], period[1], ExportFormat.JSONL, w);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<ObjectNode> items = StoreView.lines(w, json);
    ObjectNode out = json.createObjectNode();
    out.put("actor", actor);
    out.put("total", items.size());
    out.putArray("items").addAll(items);
    send(ctx, out);
  }

  private void dyad(Context ctx) {
    Params p = new Params(ctx);
    String a = p.required("a");
    String b = p.required("b");
    String byName = p.oneOf("by", BY, false);
    Granularity by =
        Granularity.valueOf((byName == null ? "month" : byName).toUpperCase(Locale.ROOT));
    StringWriter w = new StringWriter();
    DyadSeries.Result result;
    try {
      result =
          links.dyad(
              view().linkedRecords(), view().articlesPerDay(), a, b, by, ExportFormat.JSONL, w);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ObjectNode out = json.createObjectNode();
    out.put("a", a);
    out.put("b", b);
    out.put("by", by.name().toLowerCase(Locale.ROOT));
    out.put("left_out_coarser", result.coarser());
    out.putArray("items").addAll(StoreView.lines(w, json));
    send(ctx, out);
  }

  private void overview(Context ctx) {
    send(ctx, Overview.of(view(), OVERVIEW_TOP, keys, json));
  }

  private void search(Context ctx) {
    Params p = new Params(ctx);
    String q = p.required("q");
    String type = p.oneOf("type", SearchIndex.TYPES, false);
    int offset = p.offset();
    int limit = p.limit();
    SearchResult r = index.search(q, type, limit, offset);
    ObjectNode out = json.createObjectNode();
    out.put("query", q);
    out.put("total", r.total());
    out.put("offset", offset);
    out.put("limit", limit);
    out.set("items", json.valueToTree(r.hits()));
    send(ctx, out);
  }

  private void actors(Context ctx) {
    Params p = new Params(ctx);
    send(ctx, page(actorPages.lookup(view(), p.string("name")), p));
  }

  private void actor(Context ctx) {
    send(ctx, actorPages.profile(view(), actorPages.key(ctx.pathParam("code"))));
  }

  private void actorEvents(Context ctx) {
    Params p = new Params(ctx);
    ActorKey actor = actorPages.key(ctx.pathParam("code"));
    String role = p.oneOf("role", ActorPages.ROLES, false);
    String with = p.string("with");
    LocalDate[] period = p.period();
    StoreView v = view();
    String basis = p.oneOf("basis", List.of(ActorPages.EVENTS, ActorPages.LINKED), false);
    if (basis == null) {
      basis = v.linkedEvents().isEmpty() ? ActorPages.EVENTS : ActorPages.LINKED;
    }
    ActorMatcher m = with == null ? null : new ActorMatcher(keys, with);
    ObjectNode out = page(actorPages.events(v, actor, role, m, period, basis), p);
    out.put("basis", basis);
    send(ctx, out);
  }

  private void actorQuotes(Context ctx) {
    Params p = new Params(ctx);
    ActorKey actor = actorPages.key(ctx.pathParam("code"));
    send(ctx, page(actorPages.quotes(view(), actor, p.period()), p));
  }

  private void ingest(Context ctx) {
    authorize(ctx);
    byte[] body = body(ctx);
    if (body.length == 0 || new String(body, StandardCharsets.UTF_8).isBlank()) {
      throw ApiException.badParameter("body", "empty: expected JSON Lines, one article a line");
    }
    Map<String, Object> summary;
    // under the lock that builds the snapshot: no snapshot is built from a half-written ingest
    synchronized (this) {
      summary = ingester.ingest(body);
      view = null;
      UpdateResult u = index.update(store);
      Map<String, Object> search = new LinkedHashMap<>();
      search.put("added", u.added());
      search.put("updated", u.updated());
      search.put("removed", u.removed());
      search.put("unchanged", u.unchanged());
      summary.put("search", search);
    }
    send(ctx, summary);
  }

  private void authorize(Context ctx) {
    String token = options.token();
    if (token == null) {
      throw new ApiException(
          403, "this server is read-only: start it with --token or ANNALIST_TOKEN to allow writes");
    }
    String header = ctx.header("Authorization");
    if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
      ctx.header("WWW-Authenticate", "Bearer");
      throw new ApiException(401, "missing 'Authorization: Bearer TOKEN'");
    }
    byte[] given = header.substring(7).strip().getBytes(StandardCharsets.UTF_8);
    if (!MessageDigest.isEqual(given, token.getBytes(StandardCharsets.UTF_8))) {
      ctx.header("WWW-Authenticate", "Bearer error=\"invalid_token\"");
      throw new ApiException(401, "wrong token");
    }
  }

  private byte[] body(Context ctx) {
    long max = options.maxBodyBytes();
    long declared = ctx.req().getContentLengthLong();
    if (declared > max) {
      throw tooLarge(max);
    }
    try (InputStream in = ctx.req().getInputStream()) {
      byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE, max + 1));
      if (bytes.length > max) {
        throw tooLarge(max);
      }
      return bytes;
    } catch (IOException e) {
      throw new ApiException(400, "cannot read the request body: " + e.getMessage());
    }
  }

  private static ApiException tooLarge(long max) {
    return new ApiException(413, "request body over the limit of " + max + " bytes");
  }

  private static String openApi() {
    try (InputStream in = AnnalistServer.class.getResourceAsStream("openapi.json")) {
      if (in == null) {
        throw new IllegalStateException("openapi.json is missing from the jar");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads, per route of the OpenAPI document, the names of its query parameters: a request that
   * gives any other is a 400 (a misspelt filter must not pass for no filter).
   */
  static Map<String, Set<String>> queryParameters(String openApi, ObjectMapper json) {
    JsonNode doc;
    try {
      doc = json.readTree(openApi);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("openapi.json is not JSON: " + e.getOriginalMessage(), e);
    }
    Map<String, Set<String>> out = new LinkedHashMap<>();
    doc.path("paths")
        .fields()
        .forEachRemaining(
            path ->
                path.getValue()
                    .fields()
                    .forEachRemaining(
                        op -> {
                          Set<String> names = new HashSet<>();
                          for (JsonNode param : op.getValue().path("parameters")) {
                            if ("query".equals(param.path("in").asText())) {
                              names.add(param.path("name").asText());
                            }
                          }
                          out.put(
                              op.getKey().toUpperCase(Locale.ROOT) + " " + path.getKey(),
                              Set.copyOf(names));
                        }));
    return Map.copyOf(out);
  }

  private static List<String> roots() {
    List<String> out = new ArrayList<>();
    for (int i = 1; i <= 20; i++) {
      out.add(String.format(Locale.ROOT, "%02d", i));
    }
    return List.copyOf(out);
  }
}
