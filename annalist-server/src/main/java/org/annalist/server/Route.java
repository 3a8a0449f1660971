package org.annalist.server;

/**
 * One endpoint of the API.
 *
 * @param method {@code GET} or {@code POST}
 * @param path the path, with {@code {name}} for path parameters (as OpenAPI writes them)
 */
record Route(String method, String path) {}
