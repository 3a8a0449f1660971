package org.annalist.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.annalist.link.article.ArticleDigest;
import org.annalist.link.article.ArticleLinks;
import org.annalist.link.event.EventLinking;
import org.annalist.link.event.IdChange;
import org.annalist.link.event.IdRegistry;
import org.annalist.link.event.LinkedEvent;
import org.annalist.link.event.LinkedMention;
import org.annalist.link.event.Party;
import org.annalist.link.story.Story;
import org.annalist.link.story.StoryEntry;

/** The SQL of {@link Store#writeLinks}: replaces the links, keeps the id registry, uncommitted. */
final class LinkWrites {
  private static final String[] REPLACED = {
    "linked_events",
    "linked_event_mentions",
    "linked_event_parties",
    "linked_event_ids",
    "stories",
    "story_events",
    "article_groups"
  };

  private LinkWrites() {}

  static void write(
      Connection c,
      List<ArticleDigest> articles,
      ArticleLinks groups,
      EventLinking linking,
      List<Story> stories,
      LocalDateTime now)
      throws SQLException {
    try (Statement s = c.createStatement()) {
      for (String table : REPLACED) {
        s.executeUpdate("DELETE FROM " + table);
      }
    }
    Rows articleGroups =
        new Rows(
            "article_groups",
            "article_id VARCHAR",
            "copy_group VARCHAR",
            "happening VARCHAR",
            "day DATE");
    for (ArticleDigest a : articles) {
      articleGroups.add(
          a.articleId(),
          groups.copyGroup(a.articleId()),
          groups.happening(a.articleId()),
          a.date());
    }
    articleGroups.insert(c);
    Rows events =
        new Rows(
            "linked_events",
            "id VARCHAR",
            "cameo VARCHAR",
            "root VARCHAR",
            "quad INTEGER",
            "goldstein DOUBLE",
            "source_code VARCHAR",
            "source_name VARCHAR",
            "target_code VARCHAR",
            "target_name VARCHAR",
            "date VARCHAR",
            "date_precision VARCHAR",
            "day DATE",
            "place VARCHAR",
            "place_precision VARCHAR",
            "articles INTEGER",
            "outlets INTEGER",
            "independent_outlets INTEGER",
            "first_report DATE",
            "last_report DATE",
            "disputed BOOLEAN");
    Rows mentions =
        new Rows(
            "linked_event_mentions",
            "mention_id VARCHAR",
            "event_id VARCHAR",
            "ordinal INTEGER",
            "article_id VARCHAR",
            "outlet VARCHAR",
            "published DATE",
            "copy_group VARCHAR",
            "cameo VARCHAR",
            "source_code VARCHAR",
            "target_code VARCHAR",
            "date VARCHAR",
            "date_precision VARCHAR",
            "place VARCHAR",
            "factuality VARCHAR",
            "asserted_name VARCHAR",
            "asserted_code VARCHAR");
    Rows parties =
        new Rows(
            "linked_event_parties",
            "event_id VARCHAR",
            "side VARCHAR",
            "ordinal INTEGER",
            "name VARCHAR",
            "code VARCHAR");
    for (LinkedEvent e : linking.events()) {
      events.add(
          e.id(),
          e.cameo(),
          e.root(),
          e.quad(),
          e.goldstein(),
          e.source(),
          e.sourceName(),
          e.target(),
          e.targetName(),
          e.date(),
          e.datePrecision().name(),
          e.day(),
          e.place(),
          e.placePrecision().name(),
          e.articles(),
          e.outlets(),
          e.independentOutlets(),
          e.firstReport(),
          e.lastReport(),
          e.disputed());
      int ordinal = 0;
      for (LinkedMention m : e.mentions()) {
        mentions.add(
            m.id(),
            e.id(),
            ordinal++,
            m.articleId(),
            m.outlet(),
            m.published(),
            m.copyGroup(),
            m.cameo(),
            m.source(),
            m.target(),
            m.date(),
            m.datePrecision().name(),
            m.place(),
            m.factuality().name(),
            m.assertedBy(),
            m.assertedByCode());
      }
      addParties(parties, e.id(), "asserts", e.asserting());
      addParties(parties, e.id(), "denies", e.denying());
    }
    events.insert(c);
    mentions.insert(c);
    parties.insert(c);
    writeRegistry(c, linking.registry());
    writeChanges(c, linking.changes(), now);
    writeStories(c, stories);
  }

  private static void addParties(Rows rows, String event, String side, List<Party> parties) {
    for (int i = 0; i < parties.size(); i++) {
      rows.add(event, side, i, parties.get(i).name(), parties.get(i).code());
    }
  }

  private static void writeRegistry(Connection c, IdRegistry registry) throws SQLException {
    Rows ids =
        new Rows(
            "linked_event_ids", "id VARCHAR", "seq BIGINT", "retired BOOLEAN", "successor VARCHAR");
    Map<String, String> retired = registry.retired();
    for (int i = 0; i < registry.ids().size(); i++) {
      String id = registry.ids().get(i);
      ids.add(id, (long) i, retired.containsKey(id), retired.get(id));
    }
    ids.insert(c);
  }

  private static void writeChanges(Connection c, List<IdChange> changes, LocalDateTime now)
      throws SQLException {
    if (changes.isEmpty()) {
      return;
    }
    long next;
    try (Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery("SELECT coalesce(max(seq), 0) + 1 FROM linked_event_changes")) {
      rs.next();
      next = rs.getLong(1);
    }
    Rows rows =
        new Rows(
            "linked_event_changes",
            "seq BIGINT",
            "kind VARCHAR",
            "from_id VARCHAR",
            "to_id VARCHAR",
            "recorded_at TIMESTAMP");
    for (IdChange ch : changes) {
      rows.add(next++, ch.kind().name(), ch.from(), ch.to(), now);
    }
    rows.insert(c);
  }

  private static void writeStories(Connection c, List<Story> stories) throws SQLException {
    Rows rows =
        new Rows(
            "stories",
            "id VARCHAR",
            "title VARCHAR",
            "actors VARCHAR",
            "place VARCHAR",
            "cameo VARCHAR",
            "articles INTEGER",
            "events INTEGER",
            "first DATE",
            "last DATE");
    Rows entries =
        new Rows(
            "story_events",
            "story_id VARCHAR",
            "ordinal INTEGER",
            "event_id VARCHAR",
            "day DATE",
            "date VARCHAR",
            "cameo VARCHAR",
            "label VARCHAR",
            "source_code VARCHAR",
            "target_code VARCHAR",
            "place VARCHAR",
            "articles INTEGER");
    for (Story s : stories) {
      rows.add(
          s.id(),
          s.title(),
          Aliases.encode(s.actors()),
          s.place(),
          s.cameo(),
          s.articles(),
          s.events(),
          s.first(),
          s.last());
      int ordinal = 0;
      for (StoryEntry e : s.timeline()) {
        entries.add(
            s.id(),
            ordinal++,
            e.event(),
            e.day(),
            e.date(),
            e.cameo(),
            e.label(),
            e.source(),
            e.target(),
            e.place(),
            e.articles());
      }
    }
    rows.insert(c);
    entries.insert(c);
  }
}
