package org.annalist.pipeline;

import java.io.IOException;
import java.io.Writer;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.function.BinaryOperator;
import org.annalist.extract.entity.EntityIdentity;
import org.annalist.extract.entity.GlobalEntity;
import org.annalist.extract.entity.GlobalRole;
import org.annalist.extract.entity.Resolution;
import org.annalist.extract.entity.Sighting;
import org.annalist.model.Article;
import org.annalist.model.Event;
import org.annalist.model.EventActor;
import org.annalist.model.Extraction;
import org.annalist.store.ExportFormat;
import org.annalist.store.ExtractionExports;
import org.annalist.store.RecordExporter;
import org.annalist.store.Store;

/**
 * Exports that need entity identities across articles: the entities themselves, and quotes with
 * their speakers' global entity ids. Identities are resolved afresh from the stored extractions, in
 * the store's article order, so the same store always gives the same ids (formats in {@code
 * docs/formats.md}).
 */
public final class EntityExports {
  /** CSV columns of the entities export. */
  public static final List<String> ENTITY_COLUMNS =
      List.of("id", "name", "type", "aliases", "roles", "articles", "mentions");

  private final EntityIdentity identity = new EntityIdentity();
  private final Map<String, String> globalIds = new HashMap<>();

  private EntityExports(Store store, BiConsumer<? super Article, ? super Extraction> each) {
    store.forEachExtraction(
        (article, x) -> {
          for (Resolution r : identity.add(article, x.entities())) {
            globalIds.put(r.articleId() + "\u0000" + r.key(), r.globalId());
          }
          each.accept(article, x);
        });
  }

  /** Resolves the identities of every entity stored. */
  public static EntityExports of(Store store) {
    return new EntityExports(store, (a, x) -> {});
  }

  /**
   * Resolves the identities of every entity stored, passing each extracted article and its
   * extraction to {@code each} on the way (in store order), for callers that need another look at
   * every extraction without reading them all again.
   */
  public static EntityExports of(
      Store store, BiConsumer<? super Article, ? super Extraction> each) {
    return new EntityExports(store, Objects.requireNonNull(each, "each"));
  }

  /** The global entities, in order of first appearance. */
  public List<GlobalEntity> globalEntities() {
    return identity.entities();
  }

  /** Maps (article id, article-local key) to the global entity id. */
  public BinaryOperator<String> ids() {
    return (article, key) -> globalIds.get(article + "\u0000" + key);
  }

  /** Writes every global entity; returns how many. */
  public long entities(ExportFormat format, Writer out) throws IOException {
    RecordExporter w = new RecordExporter(format, ENTITY_COLUMNS, out);
    for (GlobalEntity g : identity.entities()) {
      Map<String, Object> r = new LinkedHashMap<>();
      r.put("id", g.id());
      r.put("name", g.name());
      r.put("type", g.type().name());
      r.put("aliases", g.aliases());
      r.put("roles", g.roles().stream().map(EntityExports::role).toList());
      r.put("articles", g.articles());
      r.put("mentions", g.mentionCount());
      w.write(
          r,
          Arrays.asList(
              g.id(),
              g.name(),
              g.type().name(),
              String.join("|", g.aliases()),
              String.join("|", g.roles().stream().map(GlobalRole::title).toList()),
              String.join("|", g.articles()),
              g.mentionCount()));
    }
    return w.finish();
  }

  /**
   * Every stored event, in store order, its actors' article-local entity keys replaced by global
   * entity ids.
   */
  public List<Event> events(Store store) {
    List<Event> out = new java.util.ArrayList<>();
    BinaryOperator<String> ids = ids();
    store.forEachExtraction(
        (article, x) -> {
          for (Event e : x.events()) {
            out.add(
                e.withActors(
                    global(article.id(), e.source(), ids),
                    global(article.id(), e.target(), ids),
                    global(article.id(), e.assertedBy(), ids)));
          }
        });
    return out;
  }

  private static EventActor global(String article, EventActor a, BinaryOperator<String> ids) {
    if (a == null || a.entity() == null) {
      return a;
    }
    String id = ids.apply(article, a.entity());
    return new EventActor(a.code(), a.name(), id == null ? a.entity() : id, a.text(), a.span());
  }

  /** Writes every quote with its speaker's global entity id; returns how many. */
  public long quotes(Store store, ExportFormat format, Writer out) throws IOException {
    return ExtractionExports.quotes(store, format, out, ids());
  }

  private static Map<String, Object> role(GlobalRole role) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("title", role.title());
    m.put("organization", role.organization());
    m.put(
        "seen",
        role.seen().stream()
            .map(
                (Sighting s) -> {
                  Map<String, Object> x = new LinkedHashMap<>();
                  x.put("article", s.articleId());
                  x.put("published", s.published() == null ? null : s.published().toString());
                  return x;
                })
            .toList());
    return m;
  }
}
