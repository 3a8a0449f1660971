package org.annalist.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.annalist.model.ArticleEntity;
import org.annalist.model.Event;
import org.annalist.model.Extraction;
import org.annalist.model.Quote;
import org.annalist.model.Role;
import org.annalist.model.Span;
import org.annalist.model.Speaker;
import org.annalist.model.TimeExpression;

/** The SQL of {@link Store#writeExtractions}: replaces each article's rows, uncommitted. */
final class ExtractionWrites {
  private static final String[] TABLES = {
    "extractions",
    "time_expressions",
    "article_entities",
    "entity_roles",
    "entity_mentions",
    "quotes",
    "events"
  };

  private ExtractionWrites() {}

  static void write(Connection c, List<Extraction> batch, LocalDateTime now) throws SQLException {
    Map<String, Extraction> byId = new LinkedHashMap<>();
    for (Extraction x : batch) {
      byId.put(x.articleId(), x); // the last one given for an article wins
    }
    List<String> ids = new ArrayList<>(byId.keySet());
    for (String table : TABLES) {
      try (PreparedStatement ps =
          c.prepareStatement(
              "DELETE FROM " + table + " WHERE article_id IN (SELECT unnest(?::VARCHAR[]))")) {
        Rows.bindIds(c, ps, 1, ids);
        ps.executeUpdate();
      }
    }
    Rows extractions =
        new Rows("extractions", "article_id VARCHAR", "version VARCHAR", "extracted_at TIMESTAMP");
    Rows times =
        new Rows(
            "time_expressions",
            "article_id VARCHAR",
            "ordinal INTEGER",
            "span_start INTEGER",
            "span_end INTEGER",
            "text VARCHAR",
            "type VARCHAR",
            "value VARCHAR",
            "anchoring VARCHAR",
            "mod VARCHAR",
            "range_end VARCHAR");
    Rows entities =
        new Rows(
            "article_entities",
            "article_id VARCHAR",
            "key VARCHAR",
            "ordinal INTEGER",
            "name VARCHAR",
            "type VARCHAR",
            "aliases VARCHAR");
    Rows roles =
        new Rows(
            "entity_roles",
            "article_id VARCHAR",
            "key VARCHAR",
            "ordinal INTEGER",
            "title VARCHAR",
            "organization VARCHAR",
            "span_start INTEGER",
            "span_end INTEGER");
    Rows mentions =
        new Rows(
            "entity_mentions",
            "article_id VARCHAR",
            "key VARCHAR",
            "ordinal INTEGER",
            "span_start INTEGER",
            "span_end INTEGER");
    Rows quotes =
        new Rows(
            "quotes",
            "article_id VARCHAR",
            "ordinal INTEGER",
            "span_start INTEGER",
            "span_end INTEGER",
            "text VARCHAR",
            "kind VARCHAR",
            "sentence INTEGER",
            "speaker_name VARCHAR",
            "speaker_start INTEGER",
            "speaker_end INTEGER",
            "speaker_entity VARCHAR",
            "relayed_name VARCHAR",
            "relayed_start INTEGER",
            "relayed_end INTEGER",
            "relayed_entity VARCHAR",
            "verb VARCHAR",
            "verb_start INTEGER",
            "verb_end INTEGER");
    Rows events = new Rows("events", EventRows.COLUMNS);
    for (Extraction x : byId.values()) {
      String id = x.articleId();
      int ordinal = 0;
      for (Event e : x.events()) {
        events.add(EventRows.values(id, ordinal++, e));
      }
      extractions.add(id, x.version(), now);
      int i = 0;
      for (TimeExpression t : x.times()) {
        times.add(
            id,
            i++,
            t.span().start(),
            t.span().end(),
            t.text(),
            t.type().name(),
            t.value(),
            t.anchoring().name(),
            t.mod(),
            t.range());
      }
      i = 0;
      for (ArticleEntity e : x.entities()) {
        entities.add(id, e.key(), i++, e.name(), e.type().name(), Aliases.encode(e.aliases()));
        int r = 0;
        for (Role role : e.roles()) {
          roles.add(
              id,
              e.key(),
              r++,
              role.title(),
              role.organization(),
              role.span().start(),
              role.span().end());
        }
        int m = 0;
        for (Span s : e.mentions()) {
          mentions.add(id, e.key(), m++, s.start(), s.end());
        }
      }
      i = 0;
      for (Quote q : x.quotes()) {
        Speaker sp = q.speaker();
        Speaker rb = q.relayedBy();
        quotes.add(
            id,
            i++,
            q.span().start(),
            q.span().end(),
            q.text(),
            q.kind().name(),
            q.sentence(),
            sp == null ? null : sp.name(),
            sp == null ? null : sp.span().start(),
            sp == null ? null : sp.span().end(),
            sp == null ? null : sp.entity(),
            rb == null ? null : rb.name(),
            rb == null ? null : rb.span().start(),
            rb == null ? null : rb.span().end(),
            rb == null ? null : rb.entity(),
            q.verb(),
            q.verbSpan() == null ? null : q.verbSpan().start(),
            q.verbSpan() == null ? null : q.verbSpan().end());
      }
    }
    extractions.insert(c);
    times.insert(c);
    entities.insert(c);
    roles.insert(c);
    mentions.insert(c);
    quotes.insert(c);
    events.insert(c);
  }
}
