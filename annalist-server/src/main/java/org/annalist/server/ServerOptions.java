package org.annalist.server;

import java.nio.file.Path;

/**
 * How the server runs.
 *
 * @param host the address to listen on ({@code 127.0.0.1}: this machine only)
 * @param port the port; 0 picks a free one
 * @param token the write token ({@code Authorization: Bearer TOKEN} on write endpoints), or null:
 *     the server is read-only and write endpoints answer 403
 * @param maxBodyBytes the largest request body accepted; larger ones are answered 413
 * @param language whether an ingest through the API runs the language layer (CoreNLP models, about
 *     3 GB of heap) and event linking after storing the articles
 * @param dictionaries a folder of the user's coder dictionaries that the language layer codes with
 *     besides the project's ({@code ingest --dictionaries}), or null for the project's alone
 */
public record ServerOptions(
    String host, int port, String token, long maxBodyBytes, boolean language, Path dictionaries) {
  /** Default largest request body: 32 MiB. */
  public static final long DEFAULT_MAX_BODY = 32L * 1024 * 1024;

  public ServerOptions {
    if (host == null || host.isBlank()) {
      throw new IllegalArgumentException("host must not be blank");
    }
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("port must be 0..65535, was " + port);
    }
    if (token != null && token.isBlank()) {
      throw new IllegalArgumentException("token must not be blank (leave it out instead)");
    }
    if (maxBodyBytes < 1 || maxBodyBytes > Integer.MAX_VALUE) {
      throw new IllegalArgumentException("maxBodyBytes must be 1..2^31-1, was " + maxBodyBytes);
    }
  }

  /** Local only, port {@code port}, read-only, default body limit, no language layer. */
  public static ServerOptions local(int port) {
    return new ServerOptions("127.0.0.1", port, null, DEFAULT_MAX_BODY, false, null);
  }

  /** These options with write token {@code t} (null: read-only). */
  public ServerOptions withToken(String t) {
    return new ServerOptions(host, port, t, maxBodyBytes, language, dictionaries);
  }

  /** These options with body limit {@code bytes}. */
  public ServerOptions withMaxBodyBytes(long bytes) {
    return new ServerOptions(host, port, token, bytes, language, dictionaries);
  }

  /** These options with the user's dictionary folder {@code dir} (null: the project's alone). */
  public ServerOptions withDictionaries(Path dir) {
    return new ServerOptions(host, port, token, maxBodyBytes, language, dir);
  }
}
