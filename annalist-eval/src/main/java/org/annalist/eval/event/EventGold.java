package org.annalist.eval.event;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Event gold read from a JSON Lines file (docs/formats.md, "Event gold"); a folder is read as its
 * {@code events.jsonl}. The articles covered are the files the gold names: only they are scored.
 *
 * @param source where it was read from
 * @param byArticle the gold events of each covered article, in file order
 */
public record EventGold(String source, Map<String, List<GoldEvent>> byArticle) {
  public EventGold {
    Map<String, List<GoldEvent>> copy = new LinkedHashMap<>();
    byArticle.forEach((k, v) -> copy.put(k, List.copyOf(v)));
    byArticle = java.util.Collections.unmodifiableMap(copy);
  }

  /** Gold built from events (tests). */
  public static EventGold of(String source, List<GoldEvent> events) {
    Map<String, List<GoldEvent>> by = new LinkedHashMap<>();
    for (GoldEvent e : events) {
      by.computeIfAbsent(e.file(), k -> new ArrayList<>()).add(e);
    }
    return new EventGold(source, by);
  }

  /** Reads a gold file, or a folder's {@code events.jsonl}. */
  public static EventGold read(Path path) throws IOException {
    Path file = Files.isDirectory(path) ? path.resolve("events.jsonl") : path;
    if (!Files.isRegularFile(file)) {
      throw new IOException("no event gold at " + file);
    }
    ObjectMapper json = new ObjectMapper();
    List<GoldEvent> events = new ArrayList<>();
    int n = 0;
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      n++;
      if (line.isBlank()) {
        continue;
      }
      JsonNode o = json.readTree(line);
      try {
        GoldEvent e =
            new GoldEvent(
                text(o, "file"),
                text(o, "source"),
                text(o, "target"),
                text(o, "code"),
                text(o, "factuality"),
                text(o, "fragment"),
                text(o, "note"));
        String root = text(o, "root");
        if (root != null && !root.equals(e.root())) {
          throw new IllegalArgumentException("root " + root + " is not the root of " + e.code());
        }
        events.add(e);
      } catch (RuntimeException e) {
        throw new IOException(file + " line " + n + ": " + e.getMessage(), e);
      }
    }
    return of(file.toString(), events);
  }

  /** All gold events. */
  public List<GoldEvent> events() {
    return byArticle.values().stream().flatMap(List::stream).toList();
  }

  private static String text(JsonNode o, String field) {
    JsonNode v = o.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }
}
