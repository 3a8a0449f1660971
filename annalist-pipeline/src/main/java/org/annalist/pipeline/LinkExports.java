package org.annalist.pipeline;

import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.annalist.link.dyad.ActorTimeline;
import org.annalist.link.dyad.DyadPoint;
import org.annalist.link.dyad.DyadSeries;
import org.annalist.link.dyad.Granularity;
import org.annalist.link.event.ActorKeys;
import org.annalist.link.event.CameoGroups;
import org.annalist.link.event.LinkedEvent;
import org.annalist.link.event.LinkedMention;
import org.annalist.link.event.Party;
import org.annalist.link.story.Story;
import org.annalist.link.story.StoryEntry;
import org.annalist.store.ExportFormat;
import org.annalist.store.RecordExporter;
import org.annalist.store.Store;

/**
 * Exports of what linking stored: linked events, stories, an actor's timeline and a dyad series, as
 * JSON Lines or CSV (fields in {@code docs/formats.md}). Deterministic: the same store gives the
 * same bytes.
 */
public final class LinkExports {
  /** CSV columns of {@code --what linked-events}. */
  public static final List<String> EVENT_COLUMNS =
      List.of(
          "id",
          "cameo",
          "root",
          "label",
          "quad",
          "goldstein",
          "source_code",
          "source_name",
          "target_code",
          "target_name",
          "date",
          "date_precision",
          "day",
          "place",
          "place_precision",
          "mentions",
          "articles",
          "outlets",
          "independent_outlets",
          "first_report",
          "last_report",
          "disputed",
          "asserting",
          "denying",
          "article_ids");

  /** CSV columns of {@code --what stories}. */
  public static final List<String> STORY_COLUMNS =
      List.of(
          "id",
          "title",
          "articles",
          "events",
          "first",
          "last",
          "actors",
          "place",
          "cameo",
          "event_ids");

  /** CSV columns of {@code annalist timeline}. */
  public static final List<String> TIMELINE_COLUMNS =
      List.of(
          "day",
          "date",
          "date_precision",
          "id",
          "cameo",
          "label",
          "quad",
          "goldstein",
          "source_code",
          "source_name",
          "target_code",
          "target_name",
          "place",
          "articles",
          "independent_outlets",
          "disputed");

  /** CSV columns of {@code annalist dyad}. */
  public static final List<String> DYAD_COLUMNS =
      List.of(
          "period",
          "start",
          "source",
          "target",
          "articles",
          "events",
          "mentions",
          "quad1",
          "quad2",
          "quad3",
          "quad4",
          "goldstein_sum",
          "goldstein_mean",
          "events_per_1000",
          "goldstein_per_1000");

  private final ActorKeys keys;

  /** Exports that read actor queries with {@code keys}. */
  public LinkExports(ActorKeys keys) {
    this.keys = keys;
  }

  /** Exports with the built-in actor-code table. */
  public static LinkExports standard() {
    return new LinkExports(ActorKeys.standard());
  }

  /** Writes every linked event; returns how many. */
  public long linkedEvents(Store store, ExportFormat format, Writer out) throws IOException {
    return linkedEvents(store.linkedEvents(), format, out);
  }

  /** Writes {@code events}; returns how many. */
  public long linkedEvents(List<LinkedEvent> events, ExportFormat format, Writer out)
      throws IOException {
    RecordExporter w = new RecordExporter(format, EVENT_COLUMNS, out);
    for (LinkedEvent e : events) {
      Map<String, Object> r = new LinkedHashMap<>();
      r.put("id", e.id());
      r.put("cameo", e.cameo());
      r.put("root", e.root());
      r.put("label", CameoGroups.label(e.cameo()));
      r.put("quad", e.quad());
      r.put("goldstein", e.goldstein());
      r.put("source_code", e.source());
      r.put("source_name", e.sourceName());
      r.put("target_code", e.target());
      r.put("target_name", e.targetName());
      r.put("date", e.date());
      r.put("date_precision", lower(e.datePrecision()));
      r.put("day", str(e.day()));
      r.put("place", e.place());
      r.put("place_precision", lower(e.placePrecision()));
      r.put("mentions", e.mentions().size());
      r.put("articles", e.articles());
      r.put("outlets", e.outlets());
      r.put("independent_outlets", e.independentOutlets());
      r.put("first_report", str(e.firstReport()));
      r.put("last_report", str(e.lastReport()));
      r.put("disputed", e.disputed());
      List<Object> row = new ArrayList<>(r.values());
      row.add(names(e.asserting()));
      row.add(names(e.denying()));
      row.add(String.join("|", e.mentions().stream().map(LinkedMention::articleId).toList()));
      r.put("asserting", parties(e.asserting()));
      r.put("denying", parties(e.denying()));
      List<Map<String, Object>> reports = new ArrayList<>();
      for (LinkedMention m : e.mentions()) {
        Map<String, Object> x = new LinkedHashMap<>();
        x.put("mention", m.id());
        x.put("article", m.articleId());
        x.put("outlet", m.outlet());
        x.put("published", str(m.published()));
        x.put("copy_group", m.copyGroup());
        x.put("cameo", m.cameo());
        x.put("source_code", m.source());
        x.put("target_code", m.target());
        x.put("date", m.date());
        x.put("date_precision", lower(m.datePrecision()));
        x.put("place", m.place());
        x.put("factuality", lower(m.factuality()));
        x.put("asserted_by", m.assertedBy());
        reports.add(x);
      }
      r.put("reports", reports);
      w.write(r, row);
    }
    return w.finish();
  }

  /** Writes every story; returns how many. */
  public long stories(Store store, ExportFormat format, Writer out) throws IOException {
    RecordExporter w = new RecordExporter(format, STORY_COLUMNS, out);
    for (Story s : store.stories()) {
      Map<String, Object> r = new LinkedHashMap<>();
      r.put("id", s.id());
      r.put("title", s.title());
      r.put("articles", s.articles());
      r.put("events", s.events());
      r.put("first", str(s.first()));
      r.put("last", str(s.last()));
      List<Object> row = new ArrayList<>(r.values());
      row.add(String.join("|", s.actors()));
      row.add(s.place());
      row.add(s.cameo());
      row.add(String.join("|", s.timeline().stream().map(StoryEntry::event).toList()));
      r.put("actors", s.actors());
      r.put("place", s.place());
      r.put("cameo", s.cameo());
      List<Map<String, Object>> timeline = new ArrayList<>();
      for (StoryEntry e : s.timeline()) {
        Map<String, Object> x = new LinkedHashMap<>();
        x.put("event", e.event());
        x.put("day", str(e.day()));
        x.put("date", e.date());
        x.put("cameo", e.cameo());
        x.put("label", e.label());
        x.put("source_code", e.source());
        x.put("target_code", e.target());
        x.put("place", e.place());
        x.put("articles", e.articles());
        timeline.add(x);
      }
      r.put("timeline", timeline);
      w.write(r, row);
    }
    return w.finish();
  }

  /**
   * Writes the linked events of {@code actor} (a CAMEO code or a name) dated in {@code [from, to]}
   * (null: open), by day; returns how many.
   */
  public long timeline(
      Store store, String actor, LocalDate from, LocalDate to, ExportFormat format, Writer out)
      throws IOException {
    return timeline(store.linkedEvents(), actor, from, to, format, out);
  }

  /**
   * As {@link #timeline(Store, String, LocalDate, LocalDate, ExportFormat, Writer)}, over linked
   * events already read (a server's snapshot).
   */
  public long timeline(
      List<LinkedEvent> events,
      String actor,
      LocalDate from,
      LocalDate to,
      ExportFormat format,
      Writer out)
      throws IOException {
    RecordExporter w = new RecordExporter(format, TIMELINE_COLUMNS, out);
    for (LinkedEvent e : new ActorTimeline(keys).of(events, actor, from, to)) {
      Map<String, Object> r = new LinkedHashMap<>();
      r.put("day", str(e.day()));
      r.put("date", e.date());
      r.put("date_precision", lower(e.datePrecision()));
      r.put("id", e.id());
      r.put("cameo", e.cameo());
      r.put("label", CameoGroups.label(e.cameo()));
      r.put("quad", e.quad());
      r.put("goldstein", e.goldstein());
      r.put("source_code", e.source());
      r.put("source_name", e.sourceName());
      r.put("target_code", e.target());
      r.put("target_name", e.targetName());
      r.put("place", e.place());
      r.put("articles", e.articles());
      r.put("independent_outlets", e.independentOutlets());
      r.put("disputed", e.disputed());
      w.write(r, new ArrayList<>(r.values()));
    }
    return w.finish();
  }

  /**
   * Writes the dyad series of {@code a} and {@code b}; returns the series (its points were
   * written).
   */
  public DyadSeries.Result dyad(
      Store store, String a, String b, Granularity by, ExportFormat format, Writer out)
      throws IOException {
    return dyad(store.linkedEvents(), store.articlesPerDay(), a, b, by, format, out);
  }

  /**
   * As {@link #dyad(Store, String, String, Granularity, ExportFormat, Writer)}, over linked events
   * and articles per day already read (a server's snapshot).
   */
  public DyadSeries.Result dyad(
      List<LinkedEvent> events,
      Map<LocalDate, Long> articlesPerDay,
      String a,
      String b,
      Granularity by,
      ExportFormat format,
      Writer out)
      throws IOException {
    DyadSeries.Result result = new DyadSeries(keys).series(events, a, b, by, articlesPerDay);
    RecordExporter w = new RecordExporter(format, DYAD_COLUMNS, out);
    for (DyadPoint p : result.points()) {
      Map<String, Object> r = new LinkedHashMap<>();
      r.put("period", p.period());
      r.put("start", str(p.start()));
      r.put("source", p.source());
      r.put("target", p.target());
      r.put("articles", p.articles());
      r.put("events", p.events());
      r.put("mentions", p.mentions());
      r.put("quad1", p.quad1());
      r.put("quad2", p.quad2());
      r.put("quad3", p.quad3());
      r.put("quad4", p.quad4());
      r.put("goldstein_sum", p.goldsteinSum());
      r.put("goldstein_mean", p.goldsteinMean());
      r.put("events_per_1000", p.eventsPer1000());
      r.put("goldstein_per_1000", p.goldsteinPer1000());
      w.write(r, Arrays.asList(r.values().toArray()));
    }
    w.finish();
    return result;
  }

  private static List<Map<String, Object>> parties(List<Party> parties) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (Party p : parties) {
      Map<String, Object> x = new LinkedHashMap<>();
      x.put("name", p.name());
      x.put("code", p.code());
      out.add(x);
    }
    return out;
  }

  private static String names(List<Party> parties) {
    return String.join("|", parties.stream().map(Party::name).toList());
  }

  private static String str(LocalDate d) {
    return d == null ? null : d.toString();
  }

  private static String lower(Enum<?> e) {
    return e == null ? null : e.name().toLowerCase(Locale.ROOT);
  }
}
