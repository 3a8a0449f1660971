package org.annalist.server;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** Reads and checks query parameters; every problem is a 400 naming the parameter. */
final class Params {
  /** Default page size. */
  static final int DEFAULT_LIMIT = 50;

  /** Largest page size; larger requests are capped to it. */
  static final int MAX_LIMIT = 500;

  private final Context ctx;

  Params(Context ctx) {
    this.ctx = ctx;
  }

  /**
   * 400 when the request gives a query parameter that is not one of {@code known} (naming it and
   * what {@code route} takes), or gives one more than once.
   */
  static void checkNames(Context ctx, String route, Set<String> known) {
    for (Map.Entry<String, List<String>> e : ctx.queryParamMap().entrySet()) {
      String name = e.getKey();
      if (!known.contains(name)) {
        throw ApiException.badParameter(
            name,
            "unknown to "
                + route
                + (known.isEmpty()
                    ? ", which takes none"
                    : "; it takes " + String.join(", ", new TreeSet<>(known))));
      }
      if (e.getValue().size() > 1) {
        throw ApiException.badParameter(name, "given " + e.getValue().size() + " times");
      }
    }
  }

  /** The parameter's value, or null when absent or blank. */
  String string(String name) {
    String v = ctx.queryParam(name);
    return v == null || v.isBlank() ? null : v.strip();
  }

  /** The parameter's value; 400 when absent. */
  String required(String name) {
    String v = string(name);
    if (v == null) {
      throw ApiException.badParameter(name, "required");
    }
    return v;
  }

  int integer(String name, int fallback, int min) {
    String v = string(name);
    if (v == null) {
      return fallback;
    }
    int n;
    try {
      n = Integer.parseInt(v);
    } catch (NumberFormatException e) {
      throw ApiException.badParameter(name, "expected an integer, got '" + v + "'");
    }
    if (n < min) {
      throw ApiException.badParameter(name, "must be at least " + min + ", got " + n);
    }
    return n;
  }

  /**
   * A comma-separated list (items stripped, blanks dropped), or empty when the parameter is absent;
   * 400 when it holds more than {@value #MAX_LIMIT} items or none.
   */
  Optional<List<String>> list(String name) {
    String v = string(name);
    if (v == null) {
      return Optional.empty();
    }
    List<String> items =
        Arrays.stream(v.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    if (items.isEmpty()) {
      throw ApiException.badParameter(name, "expected one or more values separated by commas");
    }
    if (items.size() > MAX_LIMIT) {
      throw ApiException.badParameter(
          name, "at most " + MAX_LIMIT + " values, got " + items.size());
    }
    return Optional.of(items);
  }

  /** {@code offset} (default 0, at least 0). */
  int offset() {
    return integer("offset", 0, 0);
  }

  /** {@code limit} (default {@value #DEFAULT_LIMIT}, at least 1, capped at {@value #MAX_LIMIT}). */
  int limit() {
    return Math.min(integer("limit", DEFAULT_LIMIT, 1), MAX_LIMIT);
  }

  LocalDate date(String name) {
    String v = string(name);
    if (v == null) {
      return null;
    }
    try {
      return LocalDate.parse(v);
    } catch (DateTimeParseException e) {
      throw ApiException.badParameter(name, "expected a date YYYY-MM-DD, got '" + v + "'");
    }
  }

  /** {@code from} and {@code to}, checked to be in order; either may be null. */
  LocalDate[] period() {
    LocalDate from = date("from");
    LocalDate to = date("to");
    if (from != null && to != null && to.isBefore(from)) {
      throw ApiException.badParameter("to", "is before 'from'");
    }
    return new LocalDate[] {from, to};
  }

  /**
   * The parameter, lower- or upper-cased as {@code upper} says, checked against {@code allowed}.
   */
  String oneOf(String name, List<String> allowed, boolean upper) {
    String v = string(name);
    if (v == null) {
      return null;
    }
    String norm = upper ? v.toUpperCase(Locale.ROOT) : v.toLowerCase(Locale.ROOT);
    if (!allowed.contains(norm)) {
      throw ApiException.badParameter(
          name, "expected one of " + String.join(", ", allowed) + ", got '" + v + "'");
    }
    return norm;
  }
}
