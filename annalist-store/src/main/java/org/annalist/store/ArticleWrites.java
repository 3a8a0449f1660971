package org.annalist.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.annalist.model.Article;
import org.annalist.model.Origin;
import org.annalist.model.Removed;

/** The SQL of {@link Store#write}: one batch, inside a transaction the caller commits. */
final class ArticleWrites {
  private ArticleWrites() {}

  /** The origins already stored for some articles and the next free ordinal of each. */
  private record Stored(List<Origin> origins, int nextOrdinal) {}

  /**
   * Writes a batch without committing.
   *
   * @param batch the articles; an id given twice is written once, with the origins of both
   * @param now the time recorded as {@code ingested_at} / {@code added_at}
   */
  static WriteResult write(Connection c, List<Article> batch, LocalDateTime now)
      throws SQLException {
    Map<String, Article> merged = new LinkedHashMap<>();
    for (Article a : batch) {
      merged.merge(a.id(), a, (old, more) -> old.withOrigins(more.origins()));
    }
    if (merged.isEmpty()) {
      return WriteResult.EMPTY;
    }
    Map<String, Stored> stored = stored(c, merged.keySet());

    Rows articles =
        new Rows(
            "articles",
            "id VARCHAR",
            "outlet VARCHAR",
            "title VARCHAR",
            "published DATE",
            "dateline VARCHAR",
            "byline VARCHAR",
            "language VARCHAR",
            "body VARCHAR",
            "ingested_at TIMESTAMP");
    Rows origins =
        new Rows(
            "article_origins",
            "article_id VARCHAR",
            "ordinal INTEGER",
            "path VARCHAR",
            "url VARCHAR",
            "record VARCHAR",
            "added_at TIMESTAMP");
    Rows removed =
        new Rows(
            "article_removed",
            "article_id VARCHAR",
            "ordinal INTEGER",
            "span_start INTEGER",
            "span_end INTEGER",
            "reason VARCHAR",
            "text VARCHAR");
    Rows provenance =
        new Rows("article_provenance", "article_id VARCHAR", "field VARCHAR", "how VARCHAR");
    Rows notes = new Rows("article_notes", "article_id VARCHAR", "ordinal INTEGER", "note VARCHAR");

    Map<String, WriteStatus> statuses = new LinkedHashMap<>();
    for (Article a : merged.values()) {
      String id = a.id();
      Stored old = stored.get(id);
      if (old == null) {
        statuses.put(id, WriteStatus.ADDED);
        articles.add(
            id,
            a.outlet(),
            a.title(),
            a.published(),
            a.dateline(),
            a.byline(),
            a.language(),
            a.body(),
            now);
        addOrigins(origins, id, a.origins(), 0, now);
        int i = 0;
        for (Removed r : a.removed()) {
          removed.add(id, i++, r.span().start(), r.span().end(), r.reason(), r.text());
        }
        for (var e : new TreeMap<>(a.provenance()).entrySet()) {
          provenance.add(id, e.getKey(), e.getValue());
        }
        i = 0;
        for (String note : a.notes()) {
          notes.add(id, i++, note);
        }
      } else {
        var fresh = new LinkedHashSet<>(a.origins());
        fresh.removeAll(old.origins());
        if (fresh.isEmpty()) {
          statuses.put(id, WriteStatus.UNCHANGED);
        } else {
          statuses.put(id, WriteStatus.ORIGIN_ADDED);
          addOrigins(origins, id, fresh, old.nextOrdinal(), now);
        }
      }
    }
    articles.insert(c);
    origins.insert(c);
    removed.insert(c);
    provenance.insert(c);
    notes.insert(c);
    return new WriteResult(statuses);
  }

  private static void addOrigins(
      Rows rows, String id, Collection<Origin> origins, int firstOrdinal, LocalDateTime now) {
    int i = firstOrdinal;
    for (Origin o : origins) {
      rows.add(id, i++, o.path(), o.url(), o.record(), now);
    }
  }

  private static Map<String, Stored> stored(Connection c, Collection<String> ids)
      throws SQLException {
    Map<String, List<Origin>> origins = new HashMap<>();
    Map<String, Integer> next = new HashMap<>();
    String sql =
        "SELECT a.id, o.ordinal, o.path, o.url, o.record FROM articles a"
            + " LEFT JOIN article_origins o ON o.article_id = a.id"
            + " WHERE a.id IN (SELECT unnest(?::VARCHAR[])) ORDER BY a.id, o.ordinal";
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      Rows.bindIds(c, ps, 1, new ArrayList<>(ids));
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          String id = rs.getString(1);
          List<Origin> list = origins.computeIfAbsent(id, k -> new ArrayList<>());
          next.putIfAbsent(id, 0);
          String path = rs.getString(3);
          if (path != null) {
            list.add(new Origin(path, rs.getString(4), rs.getString(5)));
            next.put(id, rs.getInt(2) + 1);
          }
        }
      }
    }
    Map<String, Stored> result = new HashMap<>();
    origins.forEach((id, list) -> result.put(id, new Stored(list, next.get(id))));
    return result;
  }
}
