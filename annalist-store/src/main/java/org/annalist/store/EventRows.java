package org.annalist.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import org.annalist.model.DatePrecision;
import org.annalist.model.Event;
import org.annalist.model.EventActor;
import org.annalist.model.Factuality;
import org.annalist.model.PlacePrecision;
import org.annalist.model.Span;

/** Events as rows of the {@code events} table, and back. */
final class EventRows {
  static final String[] COLUMNS = {
    "article_id VARCHAR",
    "ordinal INTEGER",
    "id VARCHAR",
    "sentence INTEGER",
    "cameo VARCHAR",
    "root VARCHAR",
    "plover VARCHAR",
    "plover_mode VARCHAR",
    "goldstein DOUBLE",
    "quad INTEGER",
    "source_code VARCHAR",
    "source_name VARCHAR",
    "source_entity VARCHAR",
    "source_text VARCHAR",
    "source_start INTEGER",
    "source_end INTEGER",
    "target_code VARCHAR",
    "target_name VARCHAR",
    "target_entity VARCHAR",
    "target_text VARCHAR",
    "target_start INTEGER",
    "target_end INTEGER",
    "date VARCHAR",
    "date_precision VARCHAR",
    "place VARCHAR",
    "place_precision VARCHAR",
    "factuality VARCHAR",
    "asserted_code VARCHAR",
    "asserted_name VARCHAR",
    "asserted_entity VARCHAR",
    "asserted_text VARCHAR",
    "asserted_start INTEGER",
    "asserted_end INTEGER",
    "trigger VARCHAR",
    "trigger_start INTEGER",
    "trigger_end INTEGER",
    "evidence_start INTEGER",
    "evidence_end INTEGER"
  };

  /** The SELECT list that {@link #read} expects, after {@code article_id}. */
  static final String SELECT =
      "id, sentence, cameo, root, plover, plover_mode, goldstein, quad, source_code, source_name,"
          + " source_entity, source_text, source_start, source_end, target_code, target_name,"
          + " target_entity, target_text, target_start, target_end, date, date_precision, place,"
          + " place_precision, factuality, asserted_code, asserted_name, asserted_entity,"
          + " asserted_text, asserted_start, asserted_end, trigger, trigger_start, trigger_end,"
          + " evidence_start, evidence_end";

  private EventRows() {}

  static Object[] values(String articleId, int ordinal, Event e) {
    Object[] out = new Object[COLUMNS.length];
    int i = 0;
    out[i++] = articleId;
    out[i++] = ordinal;
    out[i++] = e.id();
    out[i++] = e.sentence();
    out[i++] = e.cameo();
    out[i++] = e.root();
    out[i++] = e.plover();
    out[i++] = e.ploverMode();
    out[i++] = e.goldstein();
    out[i++] = e.quad();
    i = actor(out, i, e.source());
    i = actor(out, i, e.target());
    out[i++] = e.date();
    out[i++] = e.datePrecision().name();
    out[i++] = e.place();
    out[i++] = e.placePrecision().name();
    out[i++] = e.factuality().name();
    i = actor(out, i, e.assertedBy());
    out[i++] = e.trigger();
    out[i++] = e.triggerSpan().start();
    out[i++] = e.triggerSpan().end();
    out[i++] = e.evidence().start();
    out[i] = e.evidence().end();
    return out;
  }

  private static int actor(Object[] out, int i, EventActor a) {
    out[i++] = a == null ? null : a.code();
    out[i++] = a == null ? null : a.name();
    out[i++] = a == null ? null : a.entity();
    out[i++] = a == null ? null : a.text();
    out[i++] = a == null ? null : a.span().start();
    out[i++] = a == null ? null : a.span().end();
    return i;
  }

  /** Reads an event whose {@link #SELECT} columns start at column {@code first}. */
  static Event read(ResultSet rs, String articleId, int first) throws SQLException {
    int i = first;
    String id = rs.getString(i++);
    int sentence = rs.getInt(i++);
    String cameo = rs.getString(i++);
    String root = rs.getString(i++);
    String plover = rs.getString(i++);
    String ploverMode = rs.getString(i++);
    double goldstein = rs.getDouble(i++);
    int quad = rs.getInt(i++);
    EventActor source = actor(rs, i);
    i += 6;
    EventActor target = actor(rs, i);
    i += 6;
    String date = rs.getString(i++);
    DatePrecision datePrecision = DatePrecision.valueOf(rs.getString(i++));
    String place = rs.getString(i++);
    PlacePrecision placePrecision = PlacePrecision.valueOf(rs.getString(i++));
    Factuality factuality = Factuality.valueOf(rs.getString(i++));
    EventActor asserted = actor(rs, i);
    i += 6;
    String trigger = rs.getString(i++);
    Span triggerSpan = new Span(rs.getInt(i), rs.getInt(i + 1));
    Span evidence = new Span(rs.getInt(i + 2), rs.getInt(i + 3));
    return new Event(
        id,
        articleId,
        sentence,
        cameo,
        root,
        plover,
        ploverMode,
        goldstein,
        quad,
        source,
        target,
        date,
        datePrecision,
        place,
        placePrecision,
        factuality,
        asserted,
        trigger,
        triggerSpan,
        evidence);
  }

  private static EventActor actor(ResultSet rs, int i) throws SQLException {
    if (rs.getObject(i + 4) == null) {
      return null;
    }
    return new EventActor(
        rs.getString(i),
        rs.getString(i + 1),
        rs.getString(i + 2),
        rs.getString(i + 3),
        new Span(rs.getInt(i + 4), rs.getInt(i + 5)));
  }
}
