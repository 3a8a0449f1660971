package org.annalist.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The speakers of {@code GET /api/v1/speakers}: who is quoted, and how often, for the quote
 * browser's speaker field.
 *
 * <p>Quotes are grouped by their speaker's global entity id, or, for a speaker without one, by the
 * name (case ignored). Each speaker is {@code {name, entity, quotes}}: the name written most often
 * for it (ties: the first in store order), the entity id or null, and its number of quotes. Most
 * quoted first, then by name. Quotes without a speaker are not counted. Stateless; safe from any
 * thread.
 */
final class Speakers {
  private Speakers() {}

  /** The speakers of {@code quotes} whose name contains {@code part} (case ignored; null: all). */
  static List<ObjectNode> of(List<ObjectNode> quotes, String part, ObjectMapper json) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    Map<String, String> entity = new HashMap<>();
    Map<String, Map<String, Integer>> names = new HashMap<>();
    for (ObjectNode q : quotes) {
      JsonNode s = q.path("speaker");
      String name = text(s.path("name"));
      if (name == null) {
        continue;
      }
      String id = text(s.path("entity"));
      String key = id != null ? "e:" + id : "n:" + name.toLowerCase(Locale.ROOT);
      counts.merge(key, 1, Integer::sum);
      entity.put(key, id);
      names.computeIfAbsent(key, k -> new LinkedHashMap<>()).merge(name, 1, Integer::sum);
    }
    String lower = part == null ? null : part.toLowerCase(Locale.ROOT);
    List<ObjectNode> out = new ArrayList<>();
    for (Map.Entry<String, Integer> c : counts.entrySet()) {
      String name = mostOften(names.get(c.getKey()));
      if (lower != null && !name.toLowerCase(Locale.ROOT).contains(lower)) {
        continue;
      }
      ObjectNode n = json.createObjectNode();
      n.put("name", name);
      n.put("entity", entity.get(c.getKey()));
      n.put("quotes", c.getValue());
      out.add(n);
    }
    out.sort(
        Comparator.comparingInt((ObjectNode n) -> n.path("quotes").asInt())
            .reversed()
            .thenComparing(n -> n.path("name").asText()));
    return out;
  }

  private static String mostOften(Map<String, Integer> votes) {
    String best = null;
    int most = 0;
    for (Map.Entry<String, Integer> v : votes.entrySet()) {
      if (v.getValue() > most) {
        best = v.getKey();
        most = v.getValue();
      }
    }
    return best;
  }

  private static String text(JsonNode n) {
    return n.isTextual() && !n.asText().isBlank() ? n.asText() : null;
  }
}
