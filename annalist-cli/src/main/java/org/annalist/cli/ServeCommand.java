package org.annalist.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
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
 * {@code annalist serve [--store DIR] [--port P] [--host H] [--token T]}: the HTTP API (see {@code
 * docs/server.md}) until the process is stopped.
 */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = {
      "Serves the store over HTTP: JSON API under /api/v1 (docs/server.md), full-text search.",
      "Listens on 127.0.0.1 unless --host says otherwise. Without a write token (--token or the",
      "environment variable ANNALIST_TOKEN) the server is read-only. Stop it with Ctrl-C."
    })
final class ServeCommand implements Callable<Integer> {
  /** The environment variable that holds the write token. */
  static final String TOKEN_ENV = "ANNALIST_TOKEN";

  @Spec private CommandSpec spec;
  @Mixin private StoreOption store;

  @Option(
      names = "--port",
      description = "Port to listen on (default: ${DEFAULT-VALUE}; 0 picks a free one).",
      defaultValue = "8080")
  private int port;

  @Option(
      names = "--host",
      description = "Address to listen on (default: ${DEFAULT-VALUE}, this machine only).",
      defaultValue = "127.0.0.1")
  private String host;

  @Option(
      names = "--token",
      paramLabel = "T",
      description =
          "Write token: POST /api/v1/ingest needs 'Authorization: Bearer T' (default: $"
              + TOKEN_ENV
              + "; none: read-only). Prefer the variable: arguments show in process lists.")
  private String token;

  @Option(
      names = "--max-body-mb",
      description = "Largest request body in MiB (default: ${DEFAULT-VALUE}).",
      defaultValue = "32")
  private int maxBodyMb;

  @Option(
      names = "--no-language",
      description =
          "Ingests through the API only read, clean and store (no language layer, no linking).")
  private boolean noLanguage;

  @Option(
      names = "--dictionaries",
      paramLabel = "DIR",
      description =
          "Your own coder dictionaries for ingests through the API (as `ingest --dictionaries`).")
  private Path dictionaries;

  /** The server's options from the flags and {@code env} (for the token). */
  ServerOptions options(Map<String, String> env) {
    String t = token != null ? token : env.get(TOKEN_ENV);
    if (t != null && t.isBlank()) {
      t = null;
    }
    if (maxBodyMb < 1 || maxBodyMb > 2047) {
      throw new ParameterException(spec.commandLine(), "--max-body-mb must be 1..2047");
    }
    try {
      return new ServerOptions(host, port, t, maxBodyMb * 1024L * 1024L, !noLanguage, dictionaries);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
  }

  @Override
  public Integer call() throws InterruptedException {
    ServerOptions o = options(System.getenv());
    if (o.language()
        && dictionaries != null
        && DictionariesCommand.load(dictionaries, spec.commandLine().getErr()) == null) {
      return ExitCodes.USAGE; // checked before the store is opened; said why on stderr
    }
    serve(spec.commandLine().getOut(), store.open(), store.dir(), o);
    return ExitCodes.OK;
  }

  /**
   * Serves {@code st} until the process is stopped (Ctrl-C), then closes the server and the store.
   * Prints where the web UI and the API are.
   */
  static void serve(PrintWriter out, Store st, Path dir, ServerOptions options)
      throws InterruptedException {
    AnnalistServer server;
    try {
      server = AnnalistServer.start(st, options);
    } catch (RuntimeException e) {
      st.close();
      throw e;
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  server.close();
                  st.close();
                  stopped.countDown();
                },
                "annalist-serve-stop"));
    out.printf(
        "Serving %s: web UI at http://%s:%d/, API at %s (%s; search index: %,d articles)."
            + " Ctrl-C stops.%n",
        dir,
        options.host(),
        server.port(),
        AnnalistServer.BASE,
        options.token() == null ? "read-only: no token" : "writable with the token",
        server.searchIndex().articles());
    out.flush();
    stopped.await();
  }
}
