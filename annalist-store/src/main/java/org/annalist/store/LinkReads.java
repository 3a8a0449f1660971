package org.annalist.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.annalist.link.event.IdChange;
import org.annalist.link.event.IdRegistry;
import org.annalist.link.event.LinkedEvent;
import org.annalist.link.event.LinkedMention;
import org.annalist.link.event.Party;
import org.annalist.link.story.Story;
import org.annalist.link.story.StoryEntry;
import org.annalist.model.DatePrecision;
import org.annalist.model.Factuality;
import org.annalist.model.PlacePrecision;

/** The SQL that reads links back. */
final class LinkReads {
  private LinkReads() {}

  static IdRegistry registry(Connection c) throws SQLException {
    Map<String, String> assigned = new HashMap<>();
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT mention_id, event_id FROM linked_event_mentions")) {
      while (rs.next()) {
        assigned.put(rs.getString(1), rs.getString(2));
      }
    }
    List<String> ids = new ArrayList<>();
    Map<String, String> retired = new HashMap<>();
    try (Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery("SELECT id, retired, successor FROM linked_event_ids ORDER BY seq")) {
      while (rs.next()) {
        ids.add(rs.getString(1));
        if (rs.getBoolean(2)) {
          retired.put(rs.getString(1), rs.getString(3));
        }
      }
    }
    return new IdRegistry(assigned, ids, retired);
  }

  static List<IdChange> changes(Connection c) throws SQLException {
    List<IdChange> changes = new ArrayList<>();
    try (Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery("SELECT kind, from_id, to_id FROM linked_event_changes ORDER BY seq")) {
      while (rs.next()) {
        changes.add(
            new IdChange(IdChange.Kind.valueOf(rs.getString(1)), rs.getString(2), rs.getString(3)));
      }
    }
    return changes;
  }

  static List<LinkedEvent> events(Connection c) throws SQLException {
    Map<String, List<LinkedMention>> mentions = new HashMap<>();
    try (Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT event_id, mention_id, article_id, outlet, published, copy_group, cameo,"
                    + " source_code, target_code, date, date_precision, place, factuality,"
                    + " asserted_name, asserted_code FROM linked_event_mentions"
                    + " ORDER BY event_id, ordinal")) {
      while (rs.next()) {
        mentions
            .computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
            .add(
                new LinkedMention(
                    rs.getString(2),
                    rs.getString(3),
                    rs.getString(4),
                    rs.getObject(5, LocalDate.class),
                    rs.getString(6),
                    rs.getString(7),
                    rs.getString(8),
                    rs.getString(9),
                    rs.getString(10),
                    DatePrecision.valueOf(rs.getString(11)),
                    rs.getString(12),
                    Factuality.valueOf(rs.getString(13)),
                    rs.getString(14),
                    rs.getString(15)));
      }
    }
    Map<String, List<Party>> asserting = new HashMap<>();
    Map<String, List<Party>> denying = new HashMap<>();
    try (Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT event_id, side, name, code FROM linked_event_parties"
                    + " ORDER BY event_id, side, ordinal")) {
      while (rs.next()) {
        Map<String, List<Party>> side = "denies".equals(rs.getString(2)) ? denying : asserting;
        side.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
            .add(new Party(rs.getString(3), rs.getString(4)));
      }
    }
    List<LinkedEvent> events = new ArrayList<>();
    try (Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT id, cameo, root, quad, goldstein, source_code, source_name, target_code,"
                    + " target_name, date, date_precision, day, place, place_precision, articles,"
                    + " outlets, independent_outlets, first_report, last_report, disputed"
                    + " FROM linked_events ORDER BY day NULLS LAST, id")) {
      while (rs.next()) {
        String id = rs.getString(1);
        events.add(
            new LinkedEvent(
                id,
                rs.getString(2),
                rs.getString(3),
                rs.getInt(4),
                rs.getDouble(5),
                rs.getString(6),
                rs.getString(7),
                rs.getString(8),
                rs.getString(9),
                rs.getString(10),
                DatePrecision.valueOf(rs.getString(11)),
                rs.getObject(12, LocalDate.class),
                rs.getString(13),
                PlacePrecision.valueOf(rs.getString(14)),
                mentions.getOrDefault(id, List.of()),
                rs.getInt(15),
                rs.getInt(16),
                rs.getInt(17),
                rs.getObject(18, LocalDate.class),
                rs.getObject(19, LocalDate.class),
                rs.getBoolean(20),
                asserting.getOrDefault(id, List.of()),
                denying.getOrDefault(id, List.of())));
      }
    }
    return events;
  }

  static List<Story> stories(Connection c) throws SQLException {
    Map<String, List<StoryEntry>> timelines = new HashMap<>();
    try (Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT story_id, event_id, day, date, cameo, label, source_code, target_code,"
                    + " place, articles FROM story_events ORDER BY story_id, ordinal")) {
      while (rs.next()) {
        timelines
            .computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
            .add(
                new StoryEntry(
                    rs.getString(2),
                    rs.getObject(3, LocalDate.class),
                    rs.getString(4),
                    rs.getString(5),
                    rs.getString(6),
                    rs.getString(7),
                    rs.getString(8),
                    rs.getString(9),
                    rs.getInt(10)));
      }
    }
    List<Story> stories = new ArrayList<>();
    try (Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT id, title, actors, place, cameo, articles, first, last FROM stories"
                    + " ORDER BY first, id")) {
      while (rs.next()) {
        String id = rs.getString(1);
        stories.add(
            new Story(
                id,
                rs.getString(2),
                Aliases.decode(rs.getString(3)),
                rs.getString(4),
                rs.getString(5),
                rs.getInt(6),
                rs.getObject(7, LocalDate.class),
                rs.getObject(8, LocalDate.class),
                timelines.getOrDefault(id, List.of())));
      }
    }
    return stories;
  }

  static Map<LocalDate, Long> articlesPerDay(Connection c) throws SQLException {
    Map<LocalDate, Long> days = new TreeMap<>();
    try (Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT published, count(*) FROM articles WHERE published IS NOT NULL"
                    + " GROUP BY published")) {
      while (rs.next()) {
        days.put(rs.getObject(1, LocalDate.class), rs.getLong(2));
      }
    }
    return days;
  }

  static List<ArticleGroup> articleGroups(Connection c) throws SQLException {
    List<ArticleGroup> groups = new ArrayList<>();
    try (Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT article_id, copy_group, happening, day FROM article_groups"
                    + " ORDER BY article_id")) {
      while (rs.next()) {
        groups.add(
            new ArticleGroup(
                rs.getString(1),
                rs.getString(2),
                rs.getString(3),
                rs.getObject(4, LocalDate.class)));
      }
    }
    return groups;
  }
}
