package org.annalist.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.annalist.link.event.ActorKey;
import org.annalist.link.event.ActorKeys;

/**
 * The answer of {@code GET /api/v1/overview}: the store's counts, the latest events and the most
 * active actors and dyads, for the web UI's first page.
 *
 * <p>The lists come from the linked events when the store has any ({@code "basis":
 * "linked_events"}), else from the coded events ({@code "basis": "events"}). Actors are counted by
 * principal ({@link ActorKeys}: {@code USA} for {@code USAGOV}, {@code TAL} for {@code AFGINSTAL}),
 * once per event they are source or target of; bare sectors without a country or group ({@code
 * ---GOV}) are left out. A dyad is an unordered pair of two different principals. Ties are broken
 * by code. Stateless; safe from any thread.
 */
final class Overview {
  private Overview() {}

  /** The overview of {@code view}, with at most {@code top} items in each list. */
  static ObjectNode of(StoreView view, int top, ActorKeys keys, ObjectMapper json) {
    boolean linked = !view.linkedEvents().isEmpty();
    List<ObjectNode> events = linked ? view.linkedEvents() : view.events();
    ObjectNode out = json.createObjectNode();
    out.set("counts", json.valueToTree(view.counts()));
    out.put("basis", linked ? "linked_events" : "events");
    String dateField = linked ? "day" : "date";
    List<ObjectNode> latest = new ArrayList<>(events);
    latest.sort(
        Comparator.comparing(
                (ObjectNode e) -> e.path(dateField).asText(""), Comparator.reverseOrder())
            .thenComparing(e -> e.path("id").asText()));
    out.putArray("latest").addAll(latest.subList(0, Math.min(top, latest.size())));

    Map<String, Integer> actorCounts = new HashMap<>();
    Map<String, Map<String, Integer>> nameVotes = new HashMap<>();
    Map<String, Integer> dyadCounts = new HashMap<>();
    for (ObjectNode e : events) {
      String[] source = principal(actor(e, "source", linked), keys);
      String[] target = principal(actor(e, "target", linked), keys);
      Set<String> codes = new LinkedHashSet<>();
      for (String[] a : List.of(source, target)) {
        if (a[0] != null) {
          codes.add(a[0]);
          if (a[1] != null) {
            // a name written with the bare principal code wins over those of its sectors
            int weight = a[0].equals(a[2]) ? 1000 : 1;
            nameVotes.computeIfAbsent(a[0], k -> new HashMap<>()).merge(a[1], weight, Integer::sum);
          }
        }
      }
      codes.forEach(c -> actorCounts.merge(c, 1, Integer::sum));
      if (codes.size() == 2) {
        String a = source[0].compareTo(target[0]) < 0 ? source[0] : target[0];
        String b = a.equals(source[0]) ? target[0] : source[0];
        dyadCounts.merge(a + "\t" + b, 1, Integer::sum);
      }
    }
    Map<String, String> names = new HashMap<>();
    nameVotes.forEach((code, votes) -> names.put(code, ranked(votes, 1).get(0).getKey()));
    ArrayNode actors = out.putArray("actors");
    for (Map.Entry<String, Integer> a : ranked(actorCounts, top)) {
      ObjectNode n = actors.addObject();
      n.put("code", a.getKey());
      n.put("name", names.get(a.getKey()));
      n.put("events", a.getValue());
    }
    ArrayNode dyads = out.putArray("dyads");
    for (Map.Entry<String, Integer> d : ranked(dyadCounts, top)) {
      String[] pair = d.getKey().split("\t", 2);
      ObjectNode n = dyads.addObject();
      n.put("a", pair[0]);
      n.put("a_name", names.get(pair[0]));
      n.put("b", pair[1]);
      n.put("b_name", names.get(pair[1]));
      n.put("events", d.getValue());
    }
    return out;
  }

  /** {code, name} of an event's source or target; either may be null. */
  private static String[] actor(ObjectNode e, String role, boolean linked) {
    if (linked) {
      return new String[] {text(e.path(role + "_code")), text(e.path(role + "_name"))};
    }
    JsonNode a = e.path(role);
    return new String[] {text(a.path("code")), text(a.path("name"))};
  }

  /** {principal, name, code}, or nulls for no code or a bare sector. */
  private static String[] principal(String[] actor, ActorKeys keys) {
    ActorKey k = actor[0] == null || actor[0].startsWith("---") ? null : keys.key(actor[0]);
    return k == null ? new String[3] : new String[] {k.principal(), actor[1], actor[0]};
  }

  private static String text(JsonNode n) {
    return n.isTextual() && !n.asText().isBlank() ? n.asText() : null;
  }

  private static List<Map.Entry<String, Integer>> ranked(Map<String, Integer> counts, int top) {
    return counts.entrySet().stream()
        .sorted(
            Map.Entry.<String, Integer>comparingByValue()
                .reversed()
                .thenComparing(Map.Entry.comparingByKey()))
        .limit(top)
        .toList();
  }
}
