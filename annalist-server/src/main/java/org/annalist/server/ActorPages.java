package org.annalist.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.annalist.link.event.ActorKey;

/**
 * The answers of the actor endpoints ({@code /api/v1/actors…}): one actor's profile (names and
 * aliases from the store and the dictionaries, its entities, the people the dictionaries give its
 * code for a period), its events as source and as target, the quotes of its speakers, and a lookup
 * of codes by name.
 *
 * <p>An actor is asked for by CAMEO code and read as {@code actor} parameters are ({@link
 * ActorMatcher}): {@code USA} covers {@code USAGOV} and {@code USAMIL}, {@code TAL} covers {@code
 * AFGINSTAL}, {@code USAGOV} covers only codes with agent {@code GOV}.
 *
 * <p>Stateless apart from the directory; safe from any thread. Each answer scans the snapshot once:
 * O(events + linked events + quotes).
 */
final class ActorPages {
  /** Basis of the event lists: coded events. */
  static final String EVENTS = "events";

  /** Basis of the event lists: linked events. */
  static final String LINKED = "linked_events";

  /** Roles an actor can have in an event. */
  static final List<String> ROLES = List.of("source", "target");

  private static final Pattern CODE = Pattern.compile("[A-Z0-9]{3}([A-Z0-9]{3})*");

  private final ActorDirectory directory;
  private final ObjectMapper json;

  ActorPages(ActorDirectory directory, ObjectMapper json) {
    this.directory = Objects.requireNonNull(directory, "directory");
    this.json = Objects.requireNonNull(json, "json");
  }

  /**
   * The actor asked for in path parameter {@code code} (case ignored); 400 when it is not a CAMEO
   * code.
   */
  ActorKey key(String code) {
    String c = code.strip().toUpperCase(Locale.ROOT);
    if (!CODE.matcher(c).matches()) {
      throw ApiException.badParameter(
          "code", "expected a CAMEO actor code (USA, USAGOV, AFGINSTAL), got '" + code + "'");
    }
    return directory.key(c);
  }

  /** The profile of {@code query}; 404 when neither the store nor the dictionaries know it. */
  ObjectNode profile(StoreView v, ActorKey query) {
    Map<String, Integer> names = new HashMap<>();
    Map<String, Integer> entityEvents = new LinkedHashMap<>();
    int source = 0;
    int target = 0;
    for (ObjectNode e : v.events()) {
      boolean s = covers(query, e.path("source"));
      boolean t = covers(query, e.path("target"));
      source += s ? 1 : 0;
      target += t ? 1 : 0;
      for (String role : ROLES) {
        JsonNode a = e.path(role);
        if ("source".equals(role) ? s : t) {
          String name = text(a.path("name"));
          if (name != null) {
            names.merge(name, 1, Integer::sum);
          }
          String entity = text(a.path("entity"));
          if (entity != null) {
            entityEvents.merge(entity, 1, Integer::sum);
          }
        }
      }
    }
    int linkedSource = 0;
    int linkedTarget = 0;
    for (ObjectNode e : v.linkedEvents()) {
      linkedSource += covers(query, text(e.path("source_code"))) ? 1 : 0;
      linkedTarget += covers(query, text(e.path("target_code"))) ? 1 : 0;
    }
    List<ActorDirectory.Entry> dictNames = directory.names(query);
    List<ActorDirectory.Period> roles = directory.roles(query);
    List<ActorDirectory.Entry> related = directory.related(query);
    if (source + target + linkedSource + linkedTarget == 0
        && dictNames.isEmpty()
        && roles.isEmpty()
        && related.isEmpty()) {
      throw ApiException.notFound("actor " + query.code());
    }
    ObjectNode out = json.createObjectNode();
    out.put("code", query.code());
    out.put("principal", query.principal());
    ArrayNode agents = out.putArray("agents");
    query.agents().stream().sorted().forEach(agents::add);
    ArrayNode nameList = out.putArray("names");
    for (Map.Entry<String, Integer> n : ranked(names)) {
      nameList.addObject().put("name", n.getKey()).put("events", n.getValue());
    }
    Map<String, ObjectNode> entities = new HashMap<>();
    for (ObjectNode e : v.entities()) {
      entities.put(e.path("id").asText(), e);
    }
    ArrayNode entityList = out.putArray("entities");
    for (Map.Entry<String, Integer> n : ranked(entityEvents)) {
      ObjectNode e = entities.get(n.getKey());
      ObjectNode item = entityList.addObject();
      item.put("id", n.getKey());
      item.put("name", e == null ? null : text(e.path("name")));
      item.put("type", e == null ? null : text(e.path("type")));
      item.set("aliases", e == null ? json.createArrayNode() : e.path("aliases"));
      item.put("events", n.getValue());
    }
    ObjectNode counts = out.putObject("counts");
    counts.put("events_as_source", source);
    counts.put("events_as_target", target);
    counts.put("linked_events_as_source", linkedSource);
    counts.put("linked_events_as_target", linkedTarget);
    counts.put("quotes", quotes(v, query, new LocalDate[2]).size());
    ObjectNode dictionary = out.putObject("dictionary");
    ArrayNode dn = dictionary.putArray("names");
    for (ActorDirectory.Entry e : dictNames) {
      ObjectNode n = record(e);
      n.put("code", e.entry().defaultCode());
      dn.add(n);
    }
    ArrayNode dr = dictionary.putArray("roles");
    Map<ActorDirectory.Entry, ArrayNode> periods = new LinkedHashMap<>();
    for (ActorDirectory.Period p : roles) {
      ArrayNode list =
          periods.computeIfAbsent(
              p.entry(),
              e -> {
                ObjectNode n = record(e);
                dr.add(n);
                return n.putArray("periods");
              });
      list.add(period(p));
    }
    ArrayNode rel = dictionary.putArray("related");
    for (ActorDirectory.Entry e : related) {
      ObjectNode n = record(e);
      n.put("code", e.entry().defaultCode());
      rel.add(n);
    }
    return out;
  }

  /**
   * The events in which {@code query} is source or target, each with {@code role} ({@code source},
   * {@code target} or {@code both}); coded events also with {@code linked_event}, the id of the
   * linked event they are a mention of (or null).
   *
   * @param role {@code source}, {@code target} or null for either
   * @param with the other party, or null for any
   * @param period {@code from} and {@code to}, either null
   * @param basis {@link #EVENTS} or {@link #LINKED}
   */
  List<ObjectNode> events(
      StoreView v,
      ActorKey query,
      String role,
      ActorMatcher with,
      LocalDate[] period,
      String basis) {
    boolean linked = LINKED.equals(basis);
    Map<String, String> mentionOf = new HashMap<>();
    if (!linked) {
      for (ObjectNode l : v.linkedEvents()) {
        for (JsonNode r : l.path("reports")) {
          mentionOf.put(r.path("mention").asText(), l.path("id").asText());
        }
      }
    }
    List<ObjectNode> out = new ArrayList<>();
    for (ObjectNode e : linked ? v.linkedEvents() : v.events()) {
      String[] src = linked ? linkedActor(e, "source") : codedActor(e, "source");
      String[] tgt = linked ? linkedActor(e, "target") : codedActor(e, "target");
      boolean s = covers(query, src[0]) && (with == null || with.matches(tgt[0], tgt[1]));
      boolean t = covers(query, tgt[0]) && (with == null || with.matches(src[0], src[1]));
      if (!(s || t)
          || ("source".equals(role) && !s)
          || ("target".equals(role) && !t)
          || !AnnalistServer.inPeriod(day(e, linked), period)) {
        continue;
      }
      ObjectNode item = json.createObjectNode();
      item.put("role", s && t ? "both" : s ? "source" : "target");
      item.setAll(e);
      if (!linked) {
        item.put("linked_event", mentionOf.get(e.path("id").asText()));
      }
      out.add(item);
    }
    return out;
  }

  /**
   * The quotes of {@code query}'s speakers, each with {@code speaker_code} (the code the
   * dictionaries give the speaker's name on the article's publication date, or null) and {@code
   * matched_by}: {@code entity} (the speaker is an entity the events code as this actor) or {@code
   * dictionary} (the speaker's name has a code this actor covers).
   */
  List<ObjectNode> quotes(StoreView v, ActorKey query, LocalDate[] period) {
    Set<String> entities = new HashSet<>();
    for (ObjectNode e : v.events()) {
      for (String role : ROLES) {
        JsonNode a = e.path(role);
        String entity = text(a.path("entity"));
        if (entity != null && covers(query, a)) {
          entities.add(entity);
        }
      }
    }
    List<ObjectNode> out = new ArrayList<>();
    for (ObjectNode q : v.quotes()) {
      LocalDate published = v.published(q.path("article").asText());
      if (!AnnalistServer.inPeriod(published, period)) {
        continue;
      }
      JsonNode speaker = q.path("speaker");
      String code = directory.codeOf(text(speaker.path("name")), published).orElse(null);
      String by =
          entities.contains(text(speaker.path("entity")))
              ? "entity"
              : covers(query, code) ? "dictionary" : null;
      if (by != null) {
        ObjectNode item = q.deepCopy();
        item.put("speaker_code", code);
        item.put("matched_by", by);
        out.add(item);
      }
    }
    return out;
  }

  /**
   * Actor codes by name: every code the store's coded events give an actor whose name contains
   * {@code name} (case ignored) or whose code is {@code name}, and every code the dictionaries give
   * a record one of whose phrases contains it; all the store's codes when {@code name} is null.
   * Each item: {@code code}, {@code principal}, {@code names} (the store's names for it, most used
   * first), {@code events} (coded events with this very code as source or target) and {@code
   * dictionary} ({@code {name, from, to}}: the records that give it, with the period). Most events
   * first, then by code.
   */
  List<ObjectNode> lookup(StoreView v, String name) {
    String lower = name == null ? null : name.strip().toLowerCase(Locale.ROOT);
    Map<String, Map<String, Integer>> storeNames = new TreeMap<>();
    Map<String, Integer> events = new HashMap<>();
    for (ObjectNode e : v.events()) {
      Set<String> codes = new HashSet<>();
      for (String role : ROLES) {
        String[] a = codedActor(e, role);
        if (a[0] == null || a[0].startsWith("---")) {
          continue; // no actor, or a bare sector: no page of its own
        }
        codes.add(a[0]);
        if (a[1] != null) {
          storeNames.computeIfAbsent(a[0], k -> new HashMap<>()).merge(a[1], 1, Integer::sum);
        } else {
          storeNames.computeIfAbsent(a[0], k -> new HashMap<>());
        }
      }
      codes.forEach(c -> events.merge(c, 1, Integer::sum));
    }
    Map<String, ObjectNode> items = new TreeMap<>();
    for (Map.Entry<String, Map<String, Integer>> c : storeNames.entrySet()) {
      boolean hit =
          lower == null
              || c.getKey().equalsIgnoreCase(lower)
              || c.getValue().keySet().stream()
                  .anyMatch(n -> n.toLowerCase(Locale.ROOT).contains(lower));
      if (hit) {
        item(items, c.getKey(), events, storeNames);
      }
    }
    if (lower != null) {
      for (ActorDirectory.Period p : directory.lookup(lower)) {
        ObjectNode item = item(items, p.code(), events, storeNames);
        ObjectNode d = ((ArrayNode) item.get("dictionary")).addObject();
        d.put("name", p.entry().entry().name());
        d.put("from", p.from() == null ? null : p.from().toString());
        d.put("to", p.to() == null ? null : p.to().toString());
        d.put("dated", p.dated());
      }
    }
    List<ObjectNode> out = new ArrayList<>(items.values());
    out.sort(
        Comparator.comparing((ObjectNode n) -> -n.path("events").asInt())
            .thenComparing(n -> n.path("code").asText()));
    return out;
  }

  private ObjectNode item(
      Map<String, ObjectNode> items,
      String code,
      Map<String, Integer> events,
      Map<String, Map<String, Integer>> storeNames) {
    return items.computeIfAbsent(
        code,
        c -> {
          ObjectNode n = json.createObjectNode();
          n.put("code", c);
          ActorKey k = directory.key(c);
          n.put("principal", k == null ? null : k.principal());
          ArrayNode names = n.putArray("names");
          ranked(storeNames.getOrDefault(c, Map.of())).forEach(e -> names.add(e.getKey()));
          n.put("events", events.getOrDefault(c, 0));
          n.putArray("dictionary");
          return n;
        });
  }

  private ObjectNode record(ActorDirectory.Entry e) {
    ObjectNode n = json.createObjectNode();
    n.put("name", e.entry().name());
    ArrayNode aliases = n.putArray("aliases");
    e.aliases().forEach(aliases::add);
    n.put("file", e.entry().source());
    n.put("line", e.entry().line());
    return n;
  }

  private ObjectNode period(ActorDirectory.Period p) {
    ObjectNode n = json.createObjectNode();
    n.put("code", p.code());
    n.put("from", p.from() == null ? null : p.from().toString());
    n.put("to", p.to() == null ? null : p.to().toString());
    return n;
  }

  private boolean covers(ActorKey query, JsonNode actor) {
    return actor.isObject() && covers(query, text(actor.path("code")));
  }

  private boolean covers(ActorKey query, String code) {
    ActorKey k = code == null ? null : directory.key(code);
    return k != null && query.covers(k);
  }

  private static String[] codedActor(ObjectNode e, String role) {
    JsonNode a = e.path(role);
    return new String[] {text(a.path("code")), text(a.path("name"))};
  }

  private static String[] linkedActor(ObjectNode e, String role) {
    return new String[] {text(e.path(role + "_code")), text(e.path(role + "_name"))};
  }

  private static LocalDate day(ObjectNode e, boolean linked) {
    if (!linked) {
      return AnnalistServer.eventDay(e);
    }
    String d = text(e.path("day"));
    return d == null ? null : LocalDate.parse(d);
  }

  private static String text(JsonNode n) {
    return n.isTextual() && !n.asText().isBlank() ? n.asText() : null;
  }

  private static List<Map.Entry<String, Integer>> ranked(Map<String, Integer> counts) {
    return counts.entrySet().stream()
        .sorted(
            Map.Entry.<String, Integer>comparingByValue()
                .reversed()
                .thenComparing(Map.Entry.comparingByKey()))
        .toList();
  }
}
