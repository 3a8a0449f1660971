package org.annalist.extract.entity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.annalist.model.Article;
import org.annalist.model.ArticleEntity;
import org.annalist.model.EntityType;
import org.annalist.model.Role;

/**
 * A registry that resolves the entities of each article ({@link ArticleEntities}) to global
 * entities: one per real-world referent, with every alias and role seen.
 *
 * <p>Rules. <b>People</b> are the same when some full name (two or more words, honorifics removed)
 * of one is compatible with some full name of the other: same surname and same given name up to
 * spelling variants ("Zalmay"/"Zalmai": transliteration folding, one edit, or the same consonants),
 * middle names optional ({@link Names#compatiblePersons}). One shared word is never enough:
 * "Abdullah Abdullah" and "Abdullah Khan" stay apart, and a person known only by one word
 * ("Abdullah") joins only a global entity known by the same single word, or the one person with
 * that surname who holds a role of the same kind. When several people fit, the one with most
 * mentions is chosen; people are never merged with each other afterwards. <b>Organisations, places
 * and the rest</b> are the same when a name form of one equals a name form of the other after
 * folding case, a leading "the", "U.S."/"US" and "Department of State"/"State Department"; an
 * acronym alone ("ISPR") matches when one side is known only by the acronym (two different
 * expansions of one acronym stay apart). When an article links two known organisations (its aliases
 * match both), they are merged into the older one and the younger id is listed in {@link
 * GlobalEntity#mergedIds()}.
 *
 * <p>Lifecycle: create empty or {@link #restore} from a stored snapshot, {@link #add} articles one
 * at a time (in any batches), read {@link #entities()}. Ids are fixed when an entity is first
 * created (type and folded name, hashed), so they do not change as names grow. Adding an article a
 * second time changes nothing.
 *
 * <p>Not thread-safe: one registry belongs to one thread (the store's writer) at a time.
 */
public final class EntityIdentity {
  private final List<Entry> entries = new ArrayList<>();
  private final Set<String> ids = new LinkedHashSet<>();
  private final Map<String, List<Resolution>> done = new HashMap<>();
  private final Set<String> knownArticles = new LinkedHashSet<>();

  /** An empty registry. */
  public EntityIdentity() {}

  /** A registry that continues from {@code known} (e.g. read back from the store). */
  public static EntityIdentity restore(Collection<GlobalEntity> known) {
    EntityIdentity r = new EntityIdentity();
    for (GlobalEntity g : known) {
      Entry e = new Entry(g.id(), g.type() == EntityType.PERSON);
      e.count(g.type(), Math.max(1, g.mentionCount()));
      e.form(g.name(), g.articles().size());
      for (String a : g.aliases()) {
        e.form(a, 1);
      }
      for (GlobalRole role : g.roles()) {
        RoleAcc acc =
            e.roles.computeIfAbsent(roleKey(role.title()), k -> new RoleAcc(role.title()));
        acc.organization = role.organization();
        for (Sighting s : role.seen()) {
          acc.seen.putIfAbsent(s.articleId(), s);
        }
      }
      e.articles.addAll(g.articles());
      e.mentions = g.mentionCount();
      e.merged.addAll(g.mergedIds());
      r.entries.add(e);
      r.ids.add(g.id());
      r.ids.addAll(g.mergedIds());
      r.knownArticles.addAll(g.articles());
    }
    return r;
  }

  /**
   * Resolves the entities of one article and records them. Returns where each went, in the order
   * given; an article added before (by id) changes nothing and gives its earlier resolutions (an
   * empty list when it came in through {@link #restore}).
   */
  public List<Resolution> add(Article article, List<ArticleEntity> entities) {
    Objects.requireNonNull(article, "article");
    Objects.requireNonNull(entities, "entities");
    if (knownArticles.contains(article.id())) {
      return done.getOrDefault(article.id(), List.of());
    }
    List<Resolution> out = new ArrayList<>();
    for (ArticleEntity ae : entities) {
      Entry e = ae.type() == EntityType.PERSON ? matchPerson(ae) : matchOther(ae);
      if (e == null) {
        e = new Entry(newId(ae.type(), ae.name()), ae.type() == EntityType.PERSON);
        entries.add(e);
      }
      e.absorb(article, ae);
      out.add(new Resolution(article.id(), ae.key(), e.id));
    }
    knownArticles.add(article.id());
    done.put(article.id(), List.copyOf(out));
    return out;
  }

  /** Every global entity, in order first seen. */
  public List<GlobalEntity> entities() {
    List<GlobalEntity> out = new ArrayList<>();
    for (Entry e : entries) {
      out.add(e.snapshot());
    }
    return out;
  }

  /** The global entity with this id (or a merged-away id), or null. */
  public GlobalEntity get(String id) {
    for (Entry e : entries) {
      if (e.id.equals(id) || e.merged.contains(id)) {
        return e.snapshot();
      }
    }
    return null;
  }

  // ------------------------------------------------------------------ matching

  private Entry matchPerson(ArticleEntity ae) {
    List<List<String>> full = new ArrayList<>();
    for (String f : personForms(ae)) {
      List<String> w = Names.words(f);
      if (w.size() >= 2) {
        full.add(w);
      }
    }
    List<Entry> found = new ArrayList<>();
    for (Entry e : entries) {
      if (!e.person) {
        continue;
      }
      if (!full.isEmpty()) {
        if (e.fullNames().stream()
            .anyMatch(a -> full.stream().anyMatch(b -> Names.compatiblePersons(a, b)))) {
          found.add(e);
        }
      } else if (e.fullNames().isEmpty()
          && e.forms.keySet().stream().anyMatch(f -> Names.sameToken(f, ae.name()))) {
        found.add(e);
      }
    }
    if (found.isEmpty() && full.isEmpty()) {
      // one word only: the one person with that surname who holds a role of the same kind
      Set<String> groups = roleGroups(ae.roles().stream().map(Role::title).toList());
      for (Entry e : entries) {
        if (e.person
            && e.fullNames().stream().anyMatch(w -> Names.sameToken(w.get(w.size() - 1), ae.name()))
            && !groups.isEmpty()
            && overlaps(groups, roleGroups(e.roles.values().stream().map(r -> r.title).toList()))) {
          found.add(e);
        }
      }
      if (found.size() > 1) {
        return null;
      }
    }
    Entry best = null;
    for (Entry e : found) {
      if (best == null || e.mentions > best.mentions) {
        best = e;
      }
    }
    return best;
  }

  /** The entity's name forms without leading honorifics, acronyms left out. */
  private static List<String> personForms(ArticleEntity ae) {
    List<String> out = new ArrayList<>();
    List<String> all = new ArrayList<>();
    all.add(ae.name());
    all.addAll(ae.aliases());
    for (String f : all) {
      if (Names.looksLikeAcronym(f)) {
        continue;
      }
      out.add(withoutHonorifics(f));
    }
    return out;
  }

  static String withoutHonorifics(String f) {
    List<String> w = new ArrayList<>(List.of(f.strip().split("\\s+")));
    while (w.size() > 1 && Lexicon.isHonorific(w.get(0))) {
      w.remove(0);
    }
    return String.join(" ", w);
  }

  private static Set<String> roleGroups(List<String> titles) {
    Set<String> out = new LinkedHashSet<>();
    for (String t : titles) {
      for (String w : t.split("\\s+")) {
        String g = Lexicon.roleGroup(w);
        if (g != null) {
          out.add(g);
        }
      }
    }
    return out;
  }

  private static boolean overlaps(Set<String> a, Set<String> b) {
    for (String x : a) {
      if (b.contains(x)) {
        return true;
      }
    }
    return false;
  }

  private Entry matchOther(ArticleEntity ae) {
    Set<String> nameKeys = new LinkedHashSet<>();
    Set<String> acronyms = new LinkedHashSet<>();
    List<String> all = new ArrayList<>();
    all.add(ae.name());
    all.addAll(ae.aliases());
    for (String f : all) {
      if (Names.looksLikeAcronym(f)) {
        acronyms.add(f);
      } else {
        nameKeys.addAll(Names.keys(f));
      }
    }
    List<Entry> byName = new ArrayList<>();
    List<Entry> byAcronym = new ArrayList<>();
    for (Entry e : entries) {
      if (e.person) {
        continue;
      }
      if (overlaps(nameKeys, e.nameKeys())) {
        byName.add(e);
      } else if (overlaps(acronyms, e.acronyms())
          && (nameKeys.isEmpty() || e.nameKeys().isEmpty())) {
        byAcronym.add(e);
      }
    }
    if (!byName.isEmpty()) {
      Entry keep = byName.get(0);
      for (int i = 1; i < byName.size(); i++) {
        keep.mergeFrom(byName.get(i));
        entries.remove(byName.get(i));
      }
      return keep;
    }
    return byAcronym.size() == 1 ? byAcronym.get(0) : null;
  }

  private String newId(EntityType type, String name) {
    String prefix =
        switch (type) {
          case PERSON -> "per";
          case ORGANIZATION -> "org";
          case LOCATION -> "loc";
          case NATIONALITY -> "nat";
          case MISC -> "misc";
        };
    String base = prefix + "-" + sha(type + ":" + Names.fold(name)).substring(0, 12);
    String id = base;
    for (int n = 2; ids.contains(id); n++) {
      id = base + "-" + n;
    }
    ids.add(id);
    return id;
  }

  private static String sha(String s) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every Java runtime", e);
    }
  }

  /** Roles are one when their titles fold to the same words (ranks expanded). */
  static String roleKey(String title) {
    StringBuilder b = new StringBuilder();
    String k = Names.keys(title).iterator().next();
    for (String w : k.split(" ")) {
      String x = w.replace(".", "");
      b.append(Lexicon.EXPANSIONS.getOrDefault(x, x)).append(' ');
    }
    return b.toString().strip().toLowerCase(Locale.ROOT);
  }

  // ------------------------------------------------------------------ state

  private static final class RoleAcc {
    private final String title;
    private String organization;
    private final Map<String, Sighting> seen = new LinkedHashMap<>();

    RoleAcc(String title) {
      this.title = title;
    }
  }

  private static final class Entry {
    private final String id;
    private final boolean person;
    private final Map<EntityType, Integer> types = new LinkedHashMap<>();

    /** Name forms to the number of articles that use them as canonical (aliases count 0). */
    private final Map<String, Integer> forms = new LinkedHashMap<>();

    private final Map<String, RoleAcc> roles = new LinkedHashMap<>();
    private final Set<String> articles = new LinkedHashSet<>();
    private final List<String> merged = new ArrayList<>();
    private int mentions;

    Entry(String id, boolean person) {
      this.id = id;
      this.person = person;
    }

    void count(EntityType t, int n) {
      types.merge(t, n, Integer::sum);
    }

    /** Derived from the keys of {@link #forms}; null until asked for after a form was added. */
    private List<List<String>> fullNames;

    private Set<String> nameKeys;
    private Set<String> acronyms;

    void form(String f, int weight) {
      if (forms.merge(f, weight, Integer::sum) == weight) {
        fullNames = null;
        nameKeys = null;
        acronyms = null;
      }
    }

    void absorb(Article article, ArticleEntity ae) {
      count(ae.type(), ae.mentions().size());
      form(person ? withoutHonorifics(ae.name()) : ae.name(), 1);
      for (String a : ae.aliases()) {
        form(a, 0);
      }
      for (Role r : ae.roles()) {
        RoleAcc acc = roles.computeIfAbsent(roleKey(r.title()), k -> new RoleAcc(r.title()));
        if (acc.organization == null) {
          acc.organization = r.organization();
        }
        acc.seen.putIfAbsent(article.id(), new Sighting(article.id(), article.published()));
      }
      articles.add(article.id());
      mentions += ae.mentions().size();
    }

    void mergeFrom(Entry other) {
      other.types.forEach(this::count);
      other.forms.forEach(this::form);
      other.roles.forEach(
          (k, r) -> {
            RoleAcc acc = roles.computeIfAbsent(k, x -> new RoleAcc(r.title));
            if (acc.organization == null) {
              acc.organization = r.organization;
            }
            r.seen.forEach(acc.seen::putIfAbsent);
          });
      articles.addAll(other.articles);
      mentions += other.mentions;
      merged.add(other.id);
      merged.addAll(other.merged);
    }

    List<List<String>> fullNames() {
      if (fullNames == null) {
        fullNames = computeFullNames();
      }
      return fullNames;
    }

    private List<List<String>> computeFullNames() {
      List<List<String>> out = new ArrayList<>();
      for (String f : forms.keySet()) {
        if (Names.looksLikeAcronym(f)) {
          continue;
        }
        List<String> w = Names.words(withoutHonorifics(f));
        if (w.size() >= 2) {
          out.add(w);
        }
      }
      return Collections.unmodifiableList(out);
    }

    Set<String> nameKeys() {
      if (nameKeys == null) {
        Set<String> out = new LinkedHashSet<>();
        for (String f : forms.keySet()) {
          if (!Names.looksLikeAcronym(f)) {
            out.addAll(Names.keys(f));
          }
        }
        nameKeys = Collections.unmodifiableSet(out);
      }
      return nameKeys;
    }

    Set<String> acronyms() {
      if (acronyms == null) {
        Set<String> out = new LinkedHashSet<>();
        for (String f : forms.keySet()) {
          if (Names.looksLikeAcronym(f)) {
            out.add(f);
          }
        }
        acronyms = Collections.unmodifiableSet(out);
      }
      return acronyms;
    }

    String name() {
      String best = null;
      for (Map.Entry<String, Integer> f : forms.entrySet()) {
        String n = f.getKey();
        if (f.getValue() == 0 || person && !n.equals(withoutHonorifics(n))) {
          continue;
        }
        if (best == null || better(n, f.getValue(), best, forms.get(best))) {
          best = n;
        }
      }
      return best == null ? forms.keySet().iterator().next() : best;
    }

    private static boolean better(String a, int fa, String b, int fb) {
      int wa = Names.words(a).size();
      int wb = Names.words(b).size();
      if (wa != wb) {
        return wa > wb;
      }
      return fa > fb;
    }

    GlobalEntity snapshot() {
      String name = name();
      List<String> aliases = new ArrayList<>();
      for (String f : forms.keySet()) {
        if (!f.equals(name)) {
          aliases.add(f);
        }
      }
      List<GlobalRole> rs = new ArrayList<>();
      for (RoleAcc r : roles.values()) {
        rs.add(new GlobalRole(r.title, r.organization, List.copyOf(r.seen.values())));
      }
      EntityType type =
          person
              ? EntityType.PERSON
              : types.entrySet().stream()
                  .max(Map.Entry.comparingByValue())
                  .map(Map.Entry::getKey)
                  .orElse(EntityType.ORGANIZATION);
      return new GlobalEntity(id, name, type, aliases, rs, List.copyOf(articles), mentions, merged);
    }
  }
}
