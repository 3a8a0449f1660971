package org.annalist.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.annalist.server.AnnalistServer;
import org.annalist.server.ServerOptions;
import org.annalist.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code annalist bench serve}: serves a store read-only on a free local port, as {@code annalist
 * serve} does, and measures it through HTTP: the first request (which builds the snapshot behind
 * the lists), the heap the serving process holds, then requests per second and latency percentiles
 * per endpoint with concurrent clients. Reports, never asserts.
 */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = {
      "Serves the store read-only on a free local port and measures the API through HTTP:",
      "time of the first request (builds the snapshot), retained heap, then per endpoint",
      "requests/s and latency percentiles with concurrent clients. The endpoints' parameters",
      "come from the store itself (first article, event, linked event; most active actors)."
    })
final class BenchServeCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;
  @Mixin private StoreOption store;

  @Option(
      names = "--clients",
      paramLabel = "N",
      defaultValue = "4",
      description = "Concurrent clients (default: ${DEFAULT-VALUE}).")
  private int clients;

  @Option(
      names = "--requests",
      paramLabel = "N",
      defaultValue = "400",
      description = "Measured requests per endpoint, after a warm-up of N/4 (default: 400).")
  private int requests;

  private final ObjectMapper json = new ObjectMapper();

  /** One measured endpoint: a label and its path with query. */
  record Target(String label, String path) {}

  /** Latencies of one endpoint's measured requests. */
  record Measured(Target target, double seconds, long[] nanos, long bytes, int failures) {
    double perSecond() {
      return nanos.length / seconds;
    }

    double percentileMs(double p) {
      long[] sorted = nanos.clone();
      Arrays.sort(sorted);
      int i = (int) Math.ceil(p * sorted.length) - 1;
      return sorted[Math.max(0, Math.min(sorted.length - 1, i))] / 1e6;
    }
  }

  @Override
  public Integer call() throws InterruptedException {
    if (clients < 1 || requests < 1) {
      throw new ParameterException(
          spec.commandLine(), "--clients and --requests must be at least 1");
    }
    PrintWriter out = spec.commandLine().getOut();
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    try (Store st = store.open()) {
      System.gc();
      long heapBefore = memory.getHeapMemoryUsage().getUsed();
      long startNanos = System.nanoTime();
      try (AnnalistServer server = AnnalistServer.start(st, ServerOptions.local(0))) {
        double startSeconds = (System.nanoTime() - startNanos) / 1e9;
        HttpClient http =
            HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(10))
                .executor(daemons(clients, "bench-http"))
                .build();
        String base = "http://127.0.0.1:" + server.port();
        long start = System.nanoTime();
        JsonNode status = getJson(http, base + AnnalistServer.BASE + "/overview");
        double firstSeconds = (System.nanoTime() - start) / 1e9;
        System.gc();
        long heapServing = memory.getHeapMemoryUsage().getUsed();
        JsonNode counts = status.path("counts");
        out.printf(
            Locale.ROOT,
            "Store %s: %s. JVM max heap %.2f GB, %d processors; %d clients.%n",
            store.dir(),
            counts,
            Runtime.getRuntime().maxMemory() / 1e9,
            Runtime.getRuntime().availableProcessors(),
            clients);
        out.printf(
            Locale.ROOT,
            "Server start (brings the search index in step with the store): %.2f s.%n",
            startSeconds);
        out.printf(
            Locale.ROOT,
            "First request (builds the snapshot): %.2f s; heap held while serving: %.1f MB"
                + " (%.1f MB before the server started, after a GC each).%n",
            firstSeconds,
            heapServing / 1e6,
            heapBefore / 1e6);
        List<Target> targets = targets(http, base, status);
        out.printf(
            "%-34s %9s %9s %9s %9s %10s %5s%n",
            "endpoint", "requests", "req/s", "p50 ms", "p95 ms", "bytes/req", "fail");
        ExecutorService pool = daemons(clients, "bench-client");
        try {
          for (Target t : targets) {
            run(pool, http, base, t, Math.max(1, requests / 4));
            Measured m = run(pool, http, base, t, requests);
            out.printf(
                Locale.ROOT,
                "%-34s %9d %9.0f %9.2f %9.2f %10d %5d%n",
                t.label(),
                m.nanos().length,
                m.perSecond(),
                m.percentileMs(0.5),
                m.percentileMs(0.95),
                m.bytes() / m.nanos().length,
                m.failures());
            out.flush();
          }
        } finally {
          pool.shutdownNow();
        }
        out.println(
            "req/s: measured requests over the wall time of the endpoint's run; client and server"
                + " share this machine's processors.");
        out.flush();
      }
    }
    return ExitCodes.OK;
  }

  /** The endpoints, with parameters taken from the store through the API itself. */
  private List<Target> targets(HttpClient http, String base, JsonNode overview) {
    String api = AnnalistServer.BASE;
    List<Target> t = new ArrayList<>();
    t.add(new Target("status", api));
    t.add(new Target("overview", api + "/overview"));
    t.add(new Target("articles (page of 50)", api + "/articles?limit=50"));
    String article = first(http, base + api + "/articles?limit=1", "id");
    if (article != null) {
      t.add(new Target("one article (full)", api + "/articles/" + enc(article)));
    }
    t.add(new Target("events (page of 50)", api + "/events?limit=50"));
    String event = first(http, base + api + "/events?limit=1", "id");
    if (event != null) {
      t.add(new Target("one event", api + "/events/" + enc(event)));
    }
    t.add(new Target("linked events (page of 50)", api + "/linked-events?limit=50"));
    t.add(new Target("quotes (page of 50)", api + "/quotes?limit=50"));
    t.add(new Target("stories (page of 50)", api + "/stories?limit=50"));
    JsonNode actors = overview.path("actors");
    if (actors.size() > 0) {
      String a = actors.get(0).path("code").asText();
      t.add(new Target("events?actor=" + a, api + "/events?limit=50&actor=" + enc(a)));
      t.add(new Target("timeline?actor=" + a, api + "/timeline?actor=" + enc(a)));
      t.add(new Target("actor " + a, api + "/actors/" + enc(a)));
      t.add(new Target("actor " + a + " events", api + "/actors/" + enc(a) + "/events"));
    }
    JsonNode dyads = overview.path("dyads");
    if (dyads.size() > 0) {
      JsonNode d = dyads.get(0);
      String a = d.path("a").asText();
      String b = d.path("b").asText();
      t.add(new Target("dyad " + a + " " + b, api + "/dyad?by=week&a=" + enc(a) + "&b=" + enc(b)));
    }
    if (actors.size() > 0) {
      String name = actors.get(0).path("name").asText();
      String word = name.isBlank() ? "peace" : name.split("\\s+")[0];
      t.add(new Target("search q=" + word, api + "/search?q=" + enc(word)));
    }
    t.add(new Target("search q=peace talks", api + "/search?q=" + enc("peace talks")));
    t.add(new Target("map (counts)", api + "/map"));
    t.add(new Target("map outlines", api + "/map/outlines"));
    t.add(new Target("web UI page", "/"));
    return t;
  }

  private Measured run(ExecutorService pool, HttpClient http, String base, Target t, int n)
      throws InterruptedException {
    long[] nanos = new long[n];
    long[] bytes = new long[n];
    AtomicInteger next = new AtomicInteger();
    AtomicInteger failures = new AtomicInteger();
    HttpRequest request = HttpRequest.newBuilder(URI.create(base + t.path())).GET().build();
    List<Future<?>> workers = new ArrayList<>();
    long start = System.nanoTime();
    for (int c = 0; c < clients; c++) {
      workers.add(
          pool.submit(
              () -> {
                for (int i = next.getAndIncrement(); i < n; i = next.getAndIncrement()) {
                  long s = System.nanoTime();
                  try {
                    HttpResponse<byte[]> r =
                        http.send(request, HttpResponse.BodyHandlers.ofByteArray());
                    if (r.statusCode() != 200) {
                      failures.incrementAndGet();
                    }
                    bytes[i] = r.body().length;
                  } catch (IOException e) {
                    failures.incrementAndGet();
                  } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                  }
                  nanos[i] = System.nanoTime() - s;
                }
              }));
    }
    for (Future<?> w : workers) {
      try {
        w.get();
      } catch (ExecutionException e) {
        throw new IllegalStateException("benchmark client failed", e.getCause());
      }
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    return new Measured(t, seconds, nanos, Arrays.stream(bytes).sum(), failures.get());
  }

  private String first(HttpClient http, String url, String field) {
    JsonNode items = getJson(http, url).path("items");
    return items.size() == 0 ? null : items.get(0).path(field).asText(null);
  }

  private JsonNode getJson(HttpClient http, String url) {
    try {
      HttpResponse<String> r =
          http.send(
              HttpRequest.newBuilder(URI.create(url)).GET().build(),
              HttpResponse.BodyHandlers.ofString());
      if (r.statusCode() != 200) {
        throw new IllegalStateException(url + " answered " + r.statusCode() + ": " + r.body());
      }
      return json.readTree(r.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  private static ExecutorService daemons(int n, String name) {
    AtomicInteger count = new AtomicInteger();
    return Executors.newFixedThreadPool(
        n,
        r -> {
          Thread t = new Thread(r, name + "-" + count.incrementAndGet());
          t.setDaemon(true);
          return t;
        });
  }
}
