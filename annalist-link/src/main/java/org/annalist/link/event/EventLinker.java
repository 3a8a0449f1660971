package org.annalist.link.event;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import org.annalist.model.DatePrecision;
import org.annalist.model.Event;
import org.annalist.model.EventActor;
import org.annalist.model.Factuality;
import org.annalist.model.PlacePrecision;

/**
 * Merges event mentions from different articles that describe the same happening into {@link
 * LinkedEvent}s.
 *
 * <p>Two mentions may be one happening when all of these hold:
 *
 * <ul>
 *   <li><b>code</b>: {@link CameoGroups#compatible} (same root, or a documented group);
 *   <li><b>actors</b>: source with source and target with target {@link ActorKey#compatible} (a
 *       missing target matches any); for symmetric roots (consult, cooperate) the actors may also
 *       be swapped;
 *   <li><b>date</b>: their {@link DateRange}s lie at most {@link LinkOptions#dayTolerance()} days
 *       apart (a month-precise date matches any day of its month; a publication-day date covers the
 *       days before publication, {@link LinkOptions#publicationLookback()});
 *   <li><b>place</b>: places named in the clause agree (one's words contain the other's, accents
 *       and case ignored); dateline places never contradict;
 *   <li><b>mood</b>: both are reported as real (asserted, claimed, denied, disputed, negated) or
 *       both as not yet real (future, hypothetical).
 * </ul>
 *
 * <p>Clusters grow by complete linkage: two clusters merge only when every pair of their distinct
 * codings is compatible and the date windows of all their members still share a day, so a chain of
 * reports a day apart does not drift into one event. Mentions dated to a day, a week or the
 * publication day are clustered first; a month-precise mention then joins the largest compatible
 * cluster (it never bridges two), or else clusters with its like, as year-precise ones always do;
 * undated mentions stay alone. Candidate pairs come from blocks (code group, one actor's principal,
 * the other's or none, week), never from all pairs.
 *
 * <p>Ids: a new linked event is {@code ev-} plus its earliest mention's id (by publication date,
 * then id). Against an {@link IdRegistry}, a linked event keeps the id its mentions had; when
 * linked events merge, the oldest id survives and the others are recorded as {@link
 * IdChange.Kind#MERGED}; when one splits, the part with most of its mentions keeps the id and each
 * other part gets a new one, recorded as {@link IdChange.Kind#SPLIT}. Linking the same mentions
 * again with the registry it returned gives the same ids and no changes.
 *
 * <p>Immutable and thread-safe. Deterministic: the result depends on the set of mentions, not on
 * their order.
 */
public final class EventLinker {
  private static final Set<Factuality> IRREALIS =
      Set.of(Factuality.FUTURE, Factuality.HYPOTHETICAL);
  private static final String WILDCARD = "*";

  private final LinkOptions options;
  private final ActorKeys keys;

  /** A linker with these settings, reading actor codes with {@code keys}. */
  public EventLinker(LinkOptions options, ActorKeys keys) {
    this.options = Objects.requireNonNull(options, "options");
    this.keys = Objects.requireNonNull(keys, "keys");
  }

  /**
   * Links mentions.
   *
   * @param mentions every mention to link (a mention id given twice is used once, and reported)
   * @param registry ids from the previous linking ({@link IdRegistry#EMPTY} the first time)
   * @param copyGroupOf article id to its near-duplicate copy group id (identity when copies are not
   *     known)
   * @return linked events, the new registry, the id changes and the problems
   */
  public EventLinking link(
      List<EventMention> mentions, IdRegistry registry, Function<String, String> copyGroupOf) {
    List<String> problems = new ArrayList<>();
    Map<String, EventMention> byId = new TreeMap<>();
    for (EventMention m : mentions) {
      if (byId.putIfAbsent(m.id(), m) != null) {
        problems.add("event " + m.id() + " given twice; the first is used");
      }
    }
    List<EventMention> ordered = new ArrayList<>(byId.values());
    ordered.sort(MENTION_ORDER);
    Prepared[] ms = new Prepared[ordered.size()];
    for (int i = 0; i < ms.length; i++) {
      ms[i] = prepare(i, ordered.get(i), problems);
    }
    Clusters clusters = new Clusters(ms);
    clusterAnchored(ms, clusters);
    attachLoose(ms, clusters);
    List<List<Prepared>> groups = clusters.groups(ms);
    return identify(groups, registry, copyGroupOf, problems);
  }

  private static final Comparator<EventMention> MENTION_ORDER =
      Comparator.comparing(EventMention::published, Comparator.nullsLast(Comparator.naturalOrder()))
          .thenComparing(EventMention::id);

  // ---------------------------------------------------------------- preparation

  /** What linking reads of a mention. */
  private record Prepared(
      int index,
      EventMention mention,
      Signature signature,
      DateRange range,
      long lo,
      long hi,
      Kind kind,
      List<String> blockActors) {}

  /** How a mention takes part in clustering. */
  private enum Kind {
    ANCHORED,
    LOOSE,
    UNDATED
  }

  /** The parts of a mention that compatibility compares, deduplicated per cluster. */
  private record Signature(
      ActorKey source,
      ActorKey target,
      String cameo,
      String group,
      boolean symmetric,
      boolean realis,
      List<String> place) {}

  private Prepared prepare(int index, EventMention m, List<String> problems) {
    Event e = m.event();
    ActorKey src = keys.key(e.source().code());
    if (src == null) {
      src = new ActorKey("?" + e.source().name(), "?" + e.source().name(), Set.of());
    }
    ActorKey tgt = e.target() == null ? null : keys.key(e.target().code());
    if (e.target() != null && tgt == null) {
      tgt = new ActorKey("?" + e.target().name(), "?" + e.target().name(), Set.of());
    }
    String group = CameoGroups.groupOf(e.root());
    boolean symmetric = CameoGroups.symmetric(e.root());
    List<String> place =
        e.placePrecision() == PlacePrecision.CLAUSE ? Places.words(e.place()) : null;
    Signature sig =
        new Signature(
            src, tgt, e.cameo(), group, symmetric, !IRREALIS.contains(e.factuality()), place);
    DateRange range = DateRange.of(e.date(), e.datePrecision(), options.publicationLookback());
    if (range == null && e.datePrecision() != DatePrecision.UNKNOWN) {
      problems.add("event " + e.id() + ": date '" + e.date() + "' not read; linked as undated");
    }
    Kind kind =
        range == null
            ? Kind.UNDATED
            : switch (e.datePrecision()) {
              case MONTH, YEAR -> Kind.LOOSE;
              default -> Kind.ANCHORED;
            };
    long lo = range == null ? 0 : 2 * range.start().toEpochDay() - options.dayTolerance();
    long hi = range == null ? 0 : 2 * range.end().toEpochDay() + options.dayTolerance();
    List<String> blockActors = new ArrayList<>(2);
    blockActors.add(src.principal() + "\u0000" + (tgt == null ? WILDCARD : tgt.principal()));
    if (symmetric && tgt != null) {
      blockActors.add(tgt.principal() + "\u0000" + src.principal());
    }
    return new Prepared(index, m, sig, range, lo, hi, kind, blockActors);
  }

  private static boolean compatible(Signature a, Signature b) {
    if (!a.group.equals(b.group) || a.realis != b.realis || !Places.agree(a.place, b.place)) {
      return false;
    }
    if (actorsAgree(a.source, b.source) && actorsAgree(a.target, b.target)) {
      return true;
    }
    return a.symmetric
        && b.symmetric
        && a.target != null
        && b.target != null
        && actorsAgree(a.source, b.target)
        && actorsAgree(a.target, b.source);
  }

  private static boolean actorsAgree(ActorKey a, ActorKey b) {
    return a == null || b == null || a.compatible(b);
  }

  // ---------------------------------------------------------------- clustering

  /** Union-find over mentions with per-cluster date window and distinct signatures. */
  private static final class Clusters {
    private final int[] parent;
    private final long[] lo;
    private final long[] hi;
    private final List<Set<Signature>> sigs = new ArrayList<>();
    private final int[] size;

    Clusters(Prepared[] ms) {
      parent = new int[ms.length];
      lo = new long[ms.length];
      hi = new long[ms.length];
      size = new int[ms.length];
      for (int i = 0; i < ms.length; i++) {
        parent[i] = i;
        lo[i] = ms[i].lo;
        hi[i] = ms[i].hi;
        size[i] = 1;
        Set<Signature> s = new LinkedHashSet<>();
        s.add(ms[i].signature);
        sigs.add(s);
      }
    }

    int find(int i) {
      while (parent[i] != i) {
        parent[i] = parent[parent[i]];
        i = parent[i];
      }
      return i;
    }

    boolean canMerge(int a, int b) {
      if (Math.max(lo[a], lo[b]) > Math.min(hi[a], hi[b])) {
        return false;
      }
      for (Signature x : sigs.get(a)) {
        for (Signature y : sigs.get(b)) {
          if (!compatible(x, y)) {
            return false;
          }
        }
      }
      return true;
    }

    /** Merges two roots; the smaller index becomes the root (deterministic). */
    void merge(int a, int b) {
      int r = Math.min(a, b);
      int o = Math.max(a, b);
      parent[o] = r;
      lo[r] = Math.max(lo[r], lo[o]);
      hi[r] = Math.min(hi[r], hi[o]);
      sigs.get(r).addAll(sigs.get(o));
      sigs.set(o, Set.of());
      size[r] += size[o];
    }

    boolean tryMerge(int i, int j) {
      int a = find(i);
      int b = find(j);
      if (a == b || !canMerge(a, b)) {
        return false;
      }
      merge(a, b);
      return true;
    }

    List<List<Prepared>> groups(Prepared[] ms) {
      Map<Integer, List<Prepared>> byRoot = new TreeMap<>();
      for (Prepared p : ms) {
        byRoot.computeIfAbsent(find(p.index), k -> new ArrayList<>()).add(p);
      }
      return new ArrayList<>(byRoot.values());
    }
  }

  /** Pairs of anchored mentions sharing a block, closest dates first, merged when compatible. */
  private void clusterAnchored(Prepared[] ms, Clusters clusters) {
    int reach = (options.dayTolerance() + 1) / 2;
    Map<String, Map<String, List<Integer>>> blocks = new HashMap<>();
    for (Prepared p : ms) {
      if (p.kind != Kind.ANCHORED) {
        continue;
      }
      long first = Math.floorDiv(p.range.start().toEpochDay() - reach, 7);
      long last = Math.floorDiv(p.range.end().toEpochDay() + reach, 7);
      for (long week = first; week <= last; week++) {
        for (String actors : p.blockActors) {
          int cut = actors.indexOf('\u0000');
          String outer = p.signature.group + "|" + week + "|" + actors.substring(0, cut);
          blocks
              .computeIfAbsent(outer, k -> new HashMap<>())
              .computeIfAbsent(actors.substring(cut + 1), k -> new ArrayList<>())
              .add(p.index);
        }
      }
    }
    Set<Long> pairs = new HashSet<>();
    for (Map<String, List<Integer>> inner : blocks.values()) {
      List<Integer> wild = inner.getOrDefault(WILDCARD, List.of());
      for (Map.Entry<String, List<Integer>> e : inner.entrySet()) {
        List<Integer> list = e.getValue();
        addPairs(list, list, pairs);
        if (!e.getKey().equals(WILDCARD)) {
          addPairs(wild, list, pairs);
        }
      }
    }
    List<long[]> sorted = new ArrayList<>(pairs.size());
    for (long key : pairs) {
      int i = (int) (key >>> 32);
      int j = (int) key;
      sorted.add(new long[] {distance(ms[i], ms[j]), i, j});
    }
    sorted.sort(
        Comparator.<long[]>comparingLong(x -> x[0])
            .thenComparingLong(x -> x[1])
            .thenComparingLong(x -> x[2]));
    for (long[] x : sorted) {
      clusters.tryMerge((int) x[1], (int) x[2]);
    }
  }

  private static void addPairs(List<Integer> as, List<Integer> bs, Set<Long> pairs) {
    for (int a : as) {
      for (int b : bs) {
        if (a != b) {
          int i = Math.min(a, b);
          int j = Math.max(a, b);
          pairs.add(((long) i << 32) | j);
        }
      }
    }
  }

  /** Distance of two mentions' date windows, in half days (0 when they overlap). */
  private static long distance(Prepared a, Prepared b) {
    return Math.max(0, Math.max(a.lo, b.lo) - Math.min(a.hi, b.hi));
  }

  /**
   * Month- and year-precise mentions: a month-precise one joins the largest compatible cluster of
   * dated mentions (ties: the earliest); the rest cluster with loose mentions of the same date
   * value.
   */
  private void attachLoose(Prepared[] ms, Clusters clusters) {
    Map<String, List<Integer>> byActors = new HashMap<>();
    for (Prepared p : ms) {
      if (p.kind == Kind.ANCHORED) {
        for (String actors : p.blockActors) {
          byActors
              .computeIfAbsent(
                  p.signature.group + "|" + principalOf(actors), k -> new ArrayList<>())
              .add(p.index);
        }
      }
    }
    Map<String, Integer> leftovers = new HashMap<>();
    for (Prepared p : ms) {
      if (p.kind != Kind.LOOSE) {
        continue;
      }
      int best = -1;
      Set<Integer> seen = new HashSet<>();
      // a year is too wide to pick one happening by: year-precise mentions only join their like
      List<String> lookups =
          p.mention.event().datePrecision() == DatePrecision.YEAR ? List.of() : p.blockActors;
      for (String actors : lookups) {
        for (int i :
            byActors.getOrDefault(p.signature.group + "|" + principalOf(actors), List.of())) {
          int r = clusters.find(i);
          if (!seen.add(r) || !clusters.canMerge(r, clusters.find(p.index))) {
            continue;
          }
          if (best < 0
              || clusters.size[r] > clusters.size[best]
              || (clusters.size[r] == clusters.size[best] && r < best)) {
            best = r;
          }
        }
      }
      if (best >= 0) {
        clusters.merge(best, clusters.find(p.index));
        continue;
      }
      String key =
          p.signature.group
              + "|"
              + p.mention.event().date()
              + "|"
              + principalOf(p.blockActors.get(0));
      Integer other = leftovers.get(key);
      if (other == null || !clusters.tryMerge(other, p.index)) {
        leftovers.putIfAbsent(key, p.index);
      }
    }
  }

  private static String principalOf(String actors) {
    return actors.substring(0, actors.indexOf('\u0000'));
  }

  // ---------------------------------------------------------------- identity and summary

  private EventLinking identify(
      List<List<Prepared>> groups,
      IdRegistry registry,
      Function<String, String> copyGroupOf,
      List<String> problems) {
    // groups are ordered by their earliest member (members are in mention order)
    Map<String, Integer> age = new HashMap<>();
    for (int i = 0; i < registry.ids().size(); i++) {
      age.put(registry.ids().get(i), i);
    }
    List<Map<String, Integer>> oldCounts = new ArrayList<>();
    Map<String, Integer> winner = new HashMap<>();
    Map<String, Integer> winnerCount = new HashMap<>();
    for (int g = 0; g < groups.size(); g++) {
      Map<String, Integer> counts = new LinkedHashMap<>();
      for (Prepared p : groups.get(g)) {
        String old = current(registry, registry.assigned().get(p.mention.id()));
        if (old != null) {
          counts.merge(old, 1, Integer::sum);
        }
      }
      oldCounts.add(counts);
      for (Map.Entry<String, Integer> e : counts.entrySet()) {
        Integer had = winnerCount.get(e.getKey());
        if (had == null || e.getValue() > had) {
          winner.put(e.getKey(), g);
          winnerCount.put(e.getKey(), e.getValue());
        }
      }
    }
    Set<String> used = new HashSet<>(registry.ids());
    List<String> ids = new ArrayList<>(registry.ids());
    Map<String, String> retired = new HashMap<>(registry.retired());
    Map<String, String> assigned = new HashMap<>();
    List<IdChange> changes = new ArrayList<>();
    List<LinkedEvent> events = new ArrayList<>();
    for (int g = 0; g < groups.size(); g++) {
      List<Prepared> members = groups.get(g);
      List<String> won = new ArrayList<>();
      List<String> lost = new ArrayList<>();
      for (String old : oldCounts.get(g).keySet()) {
        (winner.get(old) == g ? won : lost).add(old);
      }
      // an id the registry's list lacks (a hand-made registry) counts as the newest
      won.sort(Comparator.comparing(id -> age.getOrDefault(id, Integer.MAX_VALUE)));
      String id;
      if (won.isEmpty()) {
        id = fresh("ev-" + members.get(0).mention.id(), used);
        ids.add(id);
      } else {
        id = won.get(0);
        if (used.add(id)) {
          ids.add(id);
        }
        for (String other : won.subList(1, won.size())) {
          retired.put(other, id);
          changes.add(new IdChange(IdChange.Kind.MERGED, other, id));
        }
      }
      for (String old : lost) {
        changes.add(new IdChange(IdChange.Kind.SPLIT, old, id));
      }
      for (Prepared p : members) {
        assigned.put(p.mention.id(), id);
      }
      events.add(summarise(id, members, copyGroupOf));
    }
    Set<String> live = new HashSet<>(assigned.values());
    for (String old : registry.ids()) {
      if (!live.contains(old) && !retired.containsKey(old)) {
        retired.put(old, null);
        changes.add(new IdChange(IdChange.Kind.DROPPED, old, null));
      }
    }
    events.sort(
        Comparator.comparing(LinkedEvent::day, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(LinkedEvent::id));
    return new EventLinking(events, new IdRegistry(assigned, ids, retired), changes, problems);
  }

  /** The live id an old id now stands for (following merges), or null. */
  private static String current(IdRegistry registry, String id) {
    String at = id;
    for (int hops = 0; at != null && registry.retired().containsKey(at) && hops < 1000; hops++) {
      at = registry.retired().get(at);
    }
    return at;
  }

  private static String fresh(String base, Set<String> used) {
    String id = base;
    for (int n = 2; used.contains(id); n++) {
      id = base + "-" + n;
    }
    used.add(id);
    return id;
  }

  private static final List<DatePrecision> PRECISE_FIRST =
      List.of(
          DatePrecision.DAY,
          DatePrecision.WEEK,
          DatePrecision.PUBLICATION,
          DatePrecision.MONTH,
          DatePrecision.YEAR,
          DatePrecision.UNKNOWN);

  private LinkedEvent summarise(
      String id, List<Prepared> members, Function<String, String> copyGroupOf) {
    List<Event> es = members.stream().map(p -> p.mention.event()).toList();
    String cameo = mostFrequent(es.stream().map(Event::cameo).toList());
    Event lead = es.stream().filter(e -> e.cameo().equals(cameo)).findFirst().orElseThrow();
    Event dated = null;
    for (DatePrecision precision : PRECISE_FIRST) {
      List<Event> at = es.stream().filter(e -> e.datePrecision() == precision).toList();
      if (!at.isEmpty()) {
        String value = mostFrequent(at.stream().map(Event::date).toList());
        dated = at.stream().filter(e -> Objects.equals(e.date(), value)).findFirst().orElseThrow();
        break;
      }
    }
    Objects.requireNonNull(dated, "every precision is listed");
    DateRange range = DateRange.of(dated.date(), dated.datePrecision(), 0);
    String place = null;
    PlacePrecision placePrecision = PlacePrecision.NONE;
    for (PlacePrecision pp : List.of(PlacePrecision.CLAUSE, PlacePrecision.DATELINE)) {
      List<String> at =
          es.stream().filter(e -> e.placePrecision() == pp).map(Event::place).toList();
      if (!at.isEmpty()) {
        place = mostFrequent(at);
        placePrecision = pp;
        break;
      }
    }
    List<LinkedMention> mentions = new ArrayList<>();
    Set<String> articles = new LinkedHashSet<>();
    Set<String> outlets = new HashSet<>();
    Map<String, EventMention> originals = new LinkedHashMap<>();
    LocalDate first = null;
    LocalDate last = null;
    List<Party> asserting = new ArrayList<>();
    List<Party> denying = new ArrayList<>();
    boolean reportedDisputed = false;
    for (Prepared p : members) {
      EventMention m = p.mention;
      Event e = m.event();
      String group = Objects.requireNonNullElse(copyGroupOf.apply(e.articleId()), e.articleId());
      mentions.add(
          new LinkedMention(
              e.id(),
              e.articleId(),
              m.outlet(),
              m.published(),
              group,
              e.cameo(),
              e.source().code(),
              e.target() == null ? null : e.target().code(),
              e.date(),
              e.datePrecision(),
              e.place(),
              e.factuality(),
              e.assertedBy() == null ? null : e.assertedBy().name(),
              e.assertedBy() == null ? null : e.assertedBy().code()));
      articles.add(e.articleId());
      if (m.outlet() != null) {
        outlets.add(m.outlet());
      }
      originals.putIfAbsent(group, m); // members are earliest first: the first is the original
      if (m.published() != null) {
        first = first == null || m.published().isBefore(first) ? m.published() : first;
        last = last == null || m.published().isAfter(last) ? m.published() : last;
      }
      Party party = party(e.assertedBy(), m.outlet());
      switch (e.factuality()) {
        case ASSERTED, CLAIMED -> addOnce(asserting, party);
        case DISPUTED -> {
          addOnce(asserting, party);
          reportedDisputed = true;
        }
        case DENIED, NEGATED -> addOnce(denying, party);
        case FUTURE, HYPOTHETICAL -> {
          // neither side: not reported as real
        }
        default -> throw new IllegalStateException("unknown factuality " + e.factuality());
      }
    }
    Set<String> independent = new HashSet<>();
    for (EventMention m : originals.values()) {
      if (m.outlet() != null) {
        independent.add(m.outlet());
      }
    }
    boolean disputed =
        reportedDisputed
            || (!asserting.isEmpty()
                && !denying.isEmpty()
                && !new HashSet<>(asserting).equals(new HashSet<>(denying)));
    return new LinkedEvent(
        id,
        cameo,
        lead.root(),
        lead.quad(),
        lead.goldstein(),
        lead.source().code(),
        lead.source().name(),
        lead.target() == null ? null : lead.target().code(),
        lead.target() == null ? null : lead.target().name(),
        dated.date(),
        dated.datePrecision(),
        range == null ? null : range.start(),
        place,
        placePrecision,
        mentions,
        articles.size(),
        outlets.size(),
        independent.size(),
        first,
        last,
        disputed,
        asserting,
        denying);
  }

  private static Party party(EventActor by, String outlet) {
    if (by != null) {
      return new Party(by.name(), by.code());
    }
    return new Party(outlet == null ? "(outlet not stated)" : outlet, null);
  }

  private static void addOnce(List<Party> parties, Party p) {
    if (!parties.contains(p)) {
      parties.add(p);
    }
  }

  /** The most frequent value; ties go to the one seen first (null counts as a value). */
  private static String mostFrequent(List<String> values) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (String v : values) {
      counts.merge(v == null ? "\u0000" : v, 1, Integer::sum);
    }
    String best = null;
    int bestCount = 0;
    for (Map.Entry<String, Integer> e : counts.entrySet()) {
      if (e.getValue() > bestCount) {
        best = e.getKey();
        bestCount = e.getValue();
      }
    }
    return "\u0000".equals(best) ? null : best;
  }
}
