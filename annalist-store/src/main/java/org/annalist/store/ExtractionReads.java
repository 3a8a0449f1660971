package org.annalist.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.annalist.model.ArticleEntity;
import org.annalist.model.EntityType;
import org.annalist.model.Event;
import org.annalist.model.Extraction;
import org.annalist.model.Quote;
import org.annalist.model.QuoteKind;
import org.annalist.model.Role;
import org.annalist.model.Span;
import org.annalist.model.Speaker;
import org.annalist.model.TimeExpression;
import org.annalist.model.TimexAnchoring;
import org.annalist.model.TimexType;

/** The SQL that reads extractions back. */
final class ExtractionReads {
  private ExtractionReads() {}

  /** Ids of articles with no extraction of {@code version}, by id, at most {@code limit}. */
  static List<String> idsToExtract(Connection c, String version, int limit) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT a.id FROM articles a LEFT JOIN extractions x ON x.article_id = a.id"
                + " WHERE x.article_id IS NULL OR x.version <> ? ORDER BY a.id LIMIT ?")) {
      ps.setString(1, version);
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

  /** The extractions of these articles, by id (articles never extracted are absent). */
  static Map<String, Extraction> byIds(Connection c, List<String> ids) throws SQLException {
    Map<String, String> versions = new LinkedHashMap<>();
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT article_id, version FROM extractions"
                + " WHERE article_id IN (SELECT unnest(?::VARCHAR[]))")) {
      Rows.bindIds(c, ps, 1, ids);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          versions.put(rs.getString(1), rs.getString(2));
        }
      }
    }
    Map<String, List<TimeExpression>> times = new HashMap<>();
    query(
        c,
        "SELECT article_id, span_start, span_end, text, type, value, anchoring, mod, range_end"
            + " FROM time_expressions WHERE article_id IN (SELECT unnest(?::VARCHAR[]))"
            + " ORDER BY article_id, ordinal",
        ids,
        rs ->
            times
                .computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                .add(
                    new TimeExpression(
                        new Span(rs.getInt(2), rs.getInt(3)),
                        rs.getString(4),
                        TimexType.valueOf(rs.getString(5)),
                        rs.getString(6),
                        TimexAnchoring.valueOf(rs.getString(7)),
                        rs.getString(8),
                        rs.getString(9))));
    Map<String, Map<String, List<Role>>> roles = new HashMap<>();
    query(
        c,
        "SELECT article_id, key, title, organization, span_start, span_end FROM entity_roles"
            + " WHERE article_id IN (SELECT unnest(?::VARCHAR[])) ORDER BY article_id, key, ordinal",
        ids,
        rs ->
            roles
                .computeIfAbsent(rs.getString(1), k -> new HashMap<>())
                .computeIfAbsent(rs.getString(2), k -> new ArrayList<>())
                .add(
                    new Role(
                        rs.getString(3), rs.getString(4), new Span(rs.getInt(5), rs.getInt(6)))));
    Map<String, Map<String, List<Span>>> mentions = new HashMap<>();
    query(
        c,
        "SELECT article_id, key, span_start, span_end FROM entity_mentions"
            + " WHERE article_id IN (SELECT unnest(?::VARCHAR[])) ORDER BY article_id, key, ordinal",
        ids,
        rs ->
            mentions
                .computeIfAbsent(rs.getString(1), k -> new HashMap<>())
                .computeIfAbsent(rs.getString(2), k -> new ArrayList<>())
                .add(new Span(rs.getInt(3), rs.getInt(4))));
    Map<String, List<ArticleEntity>> entities = new HashMap<>();
    query(
        c,
        "SELECT article_id, key, name, type, aliases FROM article_entities"
            + " WHERE article_id IN (SELECT unnest(?::VARCHAR[])) ORDER BY article_id, ordinal",
        ids,
        rs -> {
          String article = rs.getString(1);
          String key = rs.getString(2);
          entities
              .computeIfAbsent(article, k -> new ArrayList<>())
              .add(
                  new ArticleEntity(
                      key,
                      rs.getString(3),
                      EntityType.valueOf(rs.getString(4)),
                      Aliases.decode(rs.getString(5)),
                      roles.getOrDefault(article, Map.of()).getOrDefault(key, List.of()),
                      mentions.getOrDefault(article, Map.of()).getOrDefault(key, List.of())));
        });
    Map<String, List<Quote>> quotes = new HashMap<>();
    query(
        c,
        "SELECT article_id, span_start, span_end, text, kind, sentence, speaker_name,"
            + " speaker_start, speaker_end, speaker_entity, relayed_name, relayed_start,"
            + " relayed_end, relayed_entity, verb, verb_start, verb_end FROM quotes"
            + " WHERE article_id IN (SELECT unnest(?::VARCHAR[])) ORDER BY article_id, ordinal",
        ids,
        rs ->
            quotes
                .computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                .add(
                    new Quote(
                        new Span(rs.getInt(2), rs.getInt(3)),
                        rs.getString(4),
                        QuoteKind.valueOf(rs.getString(5)),
                        speaker(rs, 7),
                        speaker(rs, 11),
                        rs.getString(15),
                        rs.getObject(16) == null ? null : new Span(rs.getInt(16), rs.getInt(17)),
                        rs.getInt(6))));
    Map<String, List<Event>> events = new HashMap<>();
    query(
        c,
        "SELECT article_id, "
            + EventRows.SELECT
            + " FROM events WHERE article_id IN (SELECT unnest(?::VARCHAR[]))"
            + " ORDER BY article_id, ordinal",
        ids,
        rs ->
            events
                .computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                .add(EventRows.read(rs, rs.getString(1), 2)));
    Map<String, Extraction> out = new LinkedHashMap<>();
    for (var e : versions.entrySet()) {
      String id = e.getKey();
      out.put(
          id,
          new Extraction(
              id,
              e.getValue(),
              times.getOrDefault(id, List.of()),
              entities.getOrDefault(id, List.of()),
              quotes.getOrDefault(id, List.of()),
              events.getOrDefault(id, List.of())));
    }
    return out;
  }

  private static Speaker speaker(ResultSet rs, int first) throws SQLException {
    String name = rs.getString(first);
    return name == null
        ? null
        : new Speaker(
            name, new Span(rs.getInt(first + 1), rs.getInt(first + 2)), rs.getString(first + 3));
  }

  private interface RowHandler {
    void accept(ResultSet rs) throws SQLException;
  }

  private static void query(Connection c, String sql, List<String> ids, RowHandler handler)
      throws SQLException {
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
