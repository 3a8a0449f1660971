package org.annalist.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.annalist.model.Article;
import org.annalist.model.Origin;
import org.annalist.model.Removed;
import org.annalist.model.Span;

/** The SQL of the store's article reads. */
final class ArticleReads {
  private static final String COLUMNS =
      "id, outlet, title, published, dateline, byline, language, body";

  private ArticleReads() {}

  /** Where a page of articles in (published NULLS LAST, id) order ends. */
  record Cursor(LocalDate published, String id) {}

  /**
   * The next articles after {@code after} (null: from the start) in order of published date (nulls
   * last) then id.
   */
  static List<Article> page(Connection c, Cursor after, int limit) throws SQLException {
    String where;
    List<Object> params = new ArrayList<>();
    if (after == null) {
      where = "TRUE";
    } else if (after.published() == null) {
      where = "published IS NULL AND id > ?";
      params.add(after.id());
    } else {
      where = "published > ? OR (published = ? AND id > ?) OR published IS NULL";
      params.add(after.published());
      params.add(after.published());
      params.add(after.id());
    }
    params.add(limit);
    String sql =
        "SELECT "
            + COLUMNS
            + " FROM articles WHERE "
            + where
            + " ORDER BY published NULLS LAST, id LIMIT ?";
    return load(c, sql, params);
  }

  /** The articles with these ids, in the order given; unknown ids are skipped. */
  static List<Article> byIds(Connection c, List<String> ids) throws SQLException {
    if (ids.isEmpty()) {
      return List.of();
    }
    String sql = "SELECT " + COLUMNS + " FROM articles WHERE id IN (SELECT unnest(?::VARCHAR[]))";
    List<Article> found = load(c, sql, List.of(c.createArrayOf("VARCHAR", ids.toArray())));
    Map<String, Article> byId = new HashMap<>();
    found.forEach(a -> byId.put(a.id(), a));
    return ids.stream().filter(byId::containsKey).map(byId::get).toList();
  }

  /** Up to {@code limit} ids starting with {@code prefix}, in id order. */
  static List<String> idsWithPrefix(Connection c, String prefix, int limit) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT id FROM articles WHERE starts_with(id, ?) ORDER BY id LIMIT ?")) {
      ps.setString(1, prefix);
      ps.setInt(2, limit);
      List<String> ids = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          ids.add(rs.getString(1));
        }
      }
      return ids;
    }
  }

  /** Runs a query returning {@link #COLUMNS} and assembles the articles with their children. */
  private static List<Article> load(Connection c, String sql, List<Object> params)
      throws SQLException {
    record Row(
        String id,
        String outlet,
        String title,
        LocalDate published,
        String dateline,
        String byline,
        String language,
        String body) {}
    List<Row> rows = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      for (int i = 0; i < params.size(); i++) {
        ps.setObject(i + 1, params.get(i));
      }
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          rows.add(
              new Row(
                  rs.getString(1),
                  rs.getString(2),
                  rs.getString(3),
                  rs.getObject(4, LocalDate.class),
                  rs.getString(5),
                  rs.getString(6),
                  rs.getString(7),
                  rs.getString(8)));
        }
      }
    }
    if (rows.isEmpty()) {
      return List.of();
    }
    List<String> ids = rows.stream().map(Row::id).toList();
    Map<String, List<Origin>> origins = new HashMap<>();
    children(
        c,
        "SELECT article_id, path, url, record FROM article_origins",
        ids,
        "ordinal",
        rs ->
            origins
                .computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                .add(new Origin(rs.getString(2), rs.getString(3), rs.getString(4))));
    Map<String, List<Removed>> removed = new HashMap<>();
    children(
        c,
        "SELECT article_id, span_start, span_end, reason, text FROM article_removed",
        ids,
        "ordinal",
        rs ->
            removed
                .computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                .add(
                    new Removed(
                        new Span(rs.getInt(2), rs.getInt(3)), rs.getString(4), rs.getString(5))));
    Map<String, Map<String, String>> provenance = new HashMap<>();
    children(
        c,
        "SELECT article_id, field, how FROM article_provenance",
        ids,
        "field",
        rs ->
            provenance
                .computeIfAbsent(rs.getString(1), k -> new LinkedHashMap<>())
                .put(rs.getString(2), rs.getString(3)));
    Map<String, List<String>> notes = new HashMap<>();
    children(
        c,
        "SELECT article_id, note FROM article_notes",
        ids,
        "ordinal",
        rs -> notes.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2)));

    List<Article> articles = new ArrayList<>(rows.size());
    for (Row r : rows) {
      List<Origin> o = origins.get(r.id());
      if (o == null) {
        throw new SQLException("article " + r.id() + " has no rows in article_origins");
      }
      articles.add(
          new Article(
              r.id(),
              o,
              r.outlet(),
              r.title(),
              r.published(),
              r.dateline(),
              r.byline(),
              r.language(),
              r.body(),
              removed.get(r.id()),
              provenance.get(r.id()),
              notes.get(r.id())));
    }
    return articles;
  }

  private interface RowHandler {
    void accept(ResultSet rs) throws SQLException;
  }

  private static void children(
      Connection c, String select, List<String> ids, String order, RowHandler handler)
      throws SQLException {
    String sql =
        select + " WHERE article_id IN (SELECT unnest(?::VARCHAR[])) ORDER BY article_id, " + order;
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      Rows.bindIds(c, ps, 1, ids);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          handler.accept(rs);
        }
      }
    }
  }
}
