package org.annalist.extract.event;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.annalist.extract.place.Place;
import org.annalist.extract.place.PlaceResolver;
import org.annalist.extract.place.ResolvedPlace;
import org.annalist.model.Event;
import org.annalist.model.EventActor;

/**
 * Writes coded events in the three export formats of {@code docs/formats.md} ("Events"): Annalist
 * JSONL, the GDELT 2.0 event table (61 tab-separated columns) and PLOVER JSON records.
 *
 * <p>Each method writes one line per event to {@code out}, never closes it, and returns how many
 * lines it wrote. Immutable and thread-safe (the writer is the caller's).
 */
public final class EventExports {
  /**
   * The GDELT 2.0 event table's 61 columns, in order, as the GDELT Event Codebook V2.0 lists them
   * (http://data.gdeltproject.org/documentation/GDELT-Event_Codebook-V2.0.pdf): GlobalEventID, Day,
   * MonthYear, Year, FractionDate, ten Actor1 and ten Actor2 fields, IsRootEvent, EventCode,
   * EventBaseCode, EventRootCode, QuadClass, GoldsteinScale, NumMentions, NumSources, NumArticles,
   * AvgTone, eight geography fields for each of Actor1Geo_, Actor2Geo_ and ActionGeo_ (ADM2Code is
   * new in 2.0), DATEADDED, SOURCEURL. Checked against the codebook's field list on 2026-11-23.
   */
  public static final List<String> GDELT_COLUMNS = gdeltColumns();

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyyMMdd", Locale.ROOT);
  private static final DateTimeFormatter ADDED =
      DateTimeFormatter.ofPattern("yyyyMMddHHmmss", Locale.ROOT);
  private static final Pattern TIMEX =
      Pattern.compile("(\\d{4})(?:-(?:(\\d{2})(?:-(\\d{2}))?|W(\\d{2})))?(?:[T ].*)?");

  private final Plover plover;
  private final ActorCodes actorCodes;
  private final PlaceResolver places;
  private final ObjectMapper json = new ObjectMapper();

  /**
   * Exports with this PLOVER table (for PLOVER contexts), actor-code table (for GDELT) and place
   * resolver (an event's place to its country and gazetteer point, in every format).
   */
  public EventExports(Plover plover, ActorCodes actorCodes, PlaceResolver places) {
    this.plover = Objects.requireNonNull(plover, "plover");
    this.actorCodes = Objects.requireNonNull(actorCodes, "actorCodes");
    this.places = Objects.requireNonNull(places, "places");
  }

  /** Exports with the bundled tables and the project's gazetteer. */
  public static EventExports load() {
    return new EventExports(Plover.load(), ActorCodes.load(), PlaceResolver.standard());
  }

  /** Annalist JSONL: one object per event, every field of {@link Event}. */
  public long jsonl(Iterable<Event> events, Writer out) throws IOException {
    long n = 0;
    for (Event e : events) {
      Map<String, Object> r = new LinkedHashMap<>();
      r.put("id", e.id());
      r.put("article", e.articleId());
      r.put("sentence", e.sentence());
      r.put("cameo", e.cameo());
      r.put("root", e.root());
      r.put("plover", e.plover());
      r.put("plover_mode", e.ploverMode());
      r.put("goldstein", e.goldstein());
      r.put("quad", e.quad());
      r.put("source", actor(e.source()));
      r.put("target", actor(e.target()));
      r.put("date", e.date());
      r.put("date_precision", lower(e.datePrecision()));
      r.put("place", e.place());
      r.put("place_precision", lower(e.placePrecision()));
      Optional<ResolvedPlace> where = places.resolve(e.place());
      r.put("place_country", where.map(ResolvedPlace::country).orElse(null));
      r.put("place_lat", where.map(w -> w.point() == null ? null : w.point().lat()).orElse(null));
      r.put("place_lon", where.map(w -> w.point() == null ? null : w.point().lon()).orElse(null));
      r.put("factuality", lower(e.factuality()));
      r.put("asserted_by", actor(e.assertedBy()));
      r.put("trigger", e.trigger());
      r.put("trigger_start", e.triggerSpan().start());
      r.put("trigger_end", e.triggerSpan().end());
      r.put("evidence_start", e.evidence().start());
      r.put("evidence_end", e.evidence().end());
      writeJson(r, out);
      n++;
    }
    return n;
  }

  /**
   * The GDELT 2.0 event table: 61 tab-separated columns per event, no header, unknowns empty.
   * Conventions (documented in {@code docs/formats.md}): GlobalEventID is the first 60 bits of the
   * event id as a decimal; dates of week/month/year precision are written as their first day; actor
   * names upper-case; actor codes split by {@link ActorCodes}; IsRootEvent is 1 for an event in the
   * article's first sentence; one mention, source and article each; AvgTone and the Actor1Geo_ and
   * Actor2Geo_ columns empty; ActionGeo_ from the event's place (see {@link #actionGeo}).
   */
  public long gdelt(Iterable<Event> events, GdeltRun run, Writer out) throws IOException {
    long n = 0;
    for (Event e : events) {
      List<String> c = new ArrayList<>(GDELT_COLUMNS.size());
      c.add(Long.toString(globalId(e.id())));
      LocalDate day = firstDay(e.date());
      if (day == null) {
        c.add("");
        c.add("");
        c.add("");
        c.add("");
      } else {
        c.add(DAY.format(day));
        c.add(DAY.format(day).substring(0, 6));
        c.add(Integer.toString(day.getYear()));
        double fraction = Math.min(day.getDayOfYear() / 365.0, 0.9999);
        c.add(String.format(Locale.ROOT, "%.4f", day.getYear() + fraction));
      }
      gdeltActor(e.source(), c);
      gdeltActor(e.target(), c);
      c.add(e.sentence() == 0 ? "1" : "0");
      c.add(e.cameo());
      c.add(e.cameo().length() >= 3 ? e.cameo().substring(0, 3) : e.cameo());
      c.add(e.root());
      c.add(Integer.toString(e.quad()));
      c.add(String.format(Locale.ROOT, "%.1f", e.goldstein()));
      c.add("1");
      c.add("1");
      c.add("1");
      c.add("");
      for (int i = 0; i < 16; i++) {
        c.add("");
      }
      actionGeo(e.place(), c);
      c.add(ADDED.format(run.dateAdded()));
      String url = run.sourceUrl().apply(e.articleId());
      c.add(url == null ? "" : url);
      if (c.size() != GDELT_COLUMNS.size()) {
        throw new IllegalStateException("GDELT row has " + c.size() + " columns");
      }
      List<String> cells = new ArrayList<>(c.size());
      for (String cell : c) {
        cells.add(cell.replaceAll("[\\t\\r\\n]+", " "));
      }
      out.write(String.join("\t", cells));
      out.write('\n');
      n++;
    }
    return n;
  }

  /**
   * PLOVER JSON records, one per line (JSONL, as the manual suggests), for events that have a
   * PLOVER event type (others are skipped). Field names follow the "JSON Data Fields" chapter of
   * the PLOVER manual (openeventdata/PLOVER, {@code PLOVER_MANUAL.tex}, draft 0.7b1, 2021): {@code
   * id}, {@code date} (YYYY-MM-DD), {@code source} and {@code recipient} (lists of actor objects:
   * {@code code}, {@code sector}, {@code actor_text}, {@code identifier_id}, {@code
   * identifier_text}), {@code event} (list of categories), {@code mode}, {@code context}, {@code
   * event_loc} (a location object with {@code name}), {@code event_text}, {@code quad_code}, {@code
   * event_scale} (Goldstein), {@code coder}; then Annalist's own fields, which the manual allows.
   * See {@code docs/formats.md}.
   */
  public long plover(Iterable<Event> events, Writer out) throws IOException {
    long n = 0;
    for (Event e : events) {
      if (e.plover() == null) {
        continue;
      }
      Map<String, Object> r = new LinkedHashMap<>();
      r.put("id", e.id());
      LocalDate day = firstDay(e.date());
      r.put("date", day == null ? null : day.toString());
      r.put("source", List.of(ploverActor(e.source())));
      r.put("recipient", e.target() == null ? List.of() : List.of(ploverActor(e.target())));
      r.put("event", List.of(e.plover()));
      r.put("mode", e.ploverMode());
      r.put("context", plover.of(e.cameo()).map(PloverMapping::context).orElse(List.of()));
      r.put("event_loc", eventLoc(e.place()));
      r.put("event_text", List.of(e.trigger()));
      r.put("quad_code", e.quad());
      r.put("event_scale", e.goldstein());
      r.put("coder", "annalist");
      // Annalist's own fields (the manual lets providers add named fields)
      r.put("date_value", e.date());
      r.put("date_precision", lower(e.datePrecision()));
      r.put("factuality", lower(e.factuality()));
      r.put("asserted_by", e.assertedBy() == null ? null : ploverActor(e.assertedBy()));
      r.put("cameo", e.cameo());
      r.put("article", e.articleId());
      r.put("trigger", e.trigger());
      writeJson(r, out);
      n++;
    }
    return n;
  }

  /**
   * A PLOVER actor object: {@code code} the top-level (country, else known group) block of the
   * CAMEO code, {@code sector} its type blocks (GOV, MIL; at most two), {@code actor_text} the
   * mention, {@code identifier_id}/{@code identifier_text} the entity and resolved name; plus
   * {@code cameo_code}, the whole CAMEO actor code.
   */
  private Map<String, Object> ploverActor(EventActor a) {
    Map<String, Object> m = new LinkedHashMap<>();
    ActorCodeParts p = actorCodes.split(a.code());
    m.put("code", p.country() != null ? p.country() : p.knownGroup());
    String sector = (p.type1() == null ? "" : p.type1()) + (p.type2() == null ? "" : p.type2());
    m.put("sector", sector.isEmpty() ? null : sector);
    m.put("actor_text", a.text());
    m.put("identifier_id", a.entity());
    m.put("identifier_text", a.name());
    m.put("cameo_code", a.code());
    return m;
  }

  /**
   * The eight ActionGeo_ columns: Type 1 (a country, or a region of one: "southern Afghanistan"), 2
   * or 5 (a gazetteer point one of whose names ends in Province, Region, State or Governorate: a US
   * state, a state elsewhere), 3 or 4 (another gazetteer point: a city), FullName as written, Lat
   * and Long of a gazetteer point; CountryCode (GDELT writes FIPS 10-4 codes, which the gazetteer
   * does not hold), ADM1Code, ADM2Code and FeatureID empty. An unknown place gives FullName alone.
   */
  private void actionGeo(String place, List<String> c) {
    Optional<ResolvedPlace> where = places.resolve(place);
    Place point = where.map(ResolvedPlace::point).orElse(null);
    boolean us = where.isPresent() && "USA".equals(where.get().country());
    c.add(
        where.isEmpty()
            ? ""
            : point == null ? "1" : isRegion(point) ? (us ? "2" : "5") : us ? "3" : "4");
    c.add(place == null ? "" : place);
    c.add("");
    c.add("");
    c.add("");
    c.add(point == null ? "" : String.format(Locale.ROOT, "%.4f", point.lat()));
    c.add(point == null ? "" : String.format(Locale.ROOT, "%.4f", point.lon()));
    c.add("");
  }

  private static boolean isRegion(Place p) {
    for (String n : p.names()) {
      String k = n.toLowerCase(Locale.ROOT);
      if (k.endsWith(" province")
          || k.endsWith(" region")
          || k.endsWith(" state")
          || k.endsWith(" governorate")) {
        return true;
      }
    }
    return false;
  }

  /** PLOVER's location object: {@code name}, and {@code country}, {@code lat}, {@code lon}. */
  private Map<String, Object> eventLoc(String place) {
    if (place == null) {
      return null;
    }
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("name", place);
    Optional<ResolvedPlace> where = places.resolve(place);
    if (where.isPresent()) {
      m.put("country", where.get().country());
      if (where.get().point() != null) {
        m.put("lat", where.get().point().lat());
        m.put("lon", where.get().point().lon());
      }
    }
    return m;
  }

  private void gdeltActor(EventActor a, List<String> c) {
    if (a == null || a.code() == null) {
      for (int i = 0; i < 10; i++) {
        c.add(i == 1 && a != null ? a.name().toUpperCase(Locale.ROOT) : "");
      }
      return;
    }
    ActorCodeParts p = actorCodes.split(a.code());
    c.add(a.code().startsWith("---") ? a.code().substring(3) : a.code()); // ---GOV → GOV
    c.add(a.name().toUpperCase(Locale.ROOT));
    for (String part :
        new String[] {
          p.country(),
          p.knownGroup(),
          p.ethnic(),
          p.religion1(),
          p.religion2(),
          p.type1(),
          p.type2(),
          p.type3()
        }) {
      c.add(part == null ? "" : part);
    }
  }

  private static Map<String, Object> actor(EventActor a) {
    if (a == null) {
      return null;
    }
    Map<String, Object> r = new LinkedHashMap<>();
    r.put("code", a.code());
    r.put("name", a.name());
    r.put("entity", a.entity());
    r.put("text", a.text());
    r.put("start", a.span().start());
    r.put("end", a.span().end());
    return r;
  }

  private void writeJson(Map<String, Object> r, Writer out) throws IOException {
    String line;
    try {
      line = json.writeValueAsString(r);
    } catch (JsonProcessingException e) {
      throw new IOException("cannot write an event as JSON: " + e.getOriginalMessage(), e);
    }
    out.write(line);
    out.write('\n');
  }

  private static String lower(Enum<?> e) {
    return e == null ? null : e.name().toLowerCase(Locale.ROOT);
  }

  /** The first day of a TIMEX3 date value (day, ISO week, month or year), or null. */
  static LocalDate firstDay(String value) {
    if (value == null) {
      return null;
    }
    Matcher m = TIMEX.matcher(value);
    if (!m.matches()) {
      return null;
    }
    int year = Integer.parseInt(m.group(1));
    try {
      if (m.group(4) != null) {
        return LocalDate.of(year, 6, 1)
            .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, Integer.parseInt(m.group(4)))
            .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
      }
      int month = m.group(2) == null ? 1 : Integer.parseInt(m.group(2));
      int day = m.group(3) == null ? 1 : Integer.parseInt(m.group(3));
      return LocalDate.of(year, month, day);
    } catch (DateTimeException e) {
      return null;
    }
  }

  /** The first 60 bits of a hex id (the SHA-256 of any other id) as a non-negative number. */
  static long globalId(String id) {
    String hex = id;
    if (!id.matches("[0-9a-f]{15,}")) {
      try {
        byte[] d = MessageDigest.getInstance("SHA-256").digest(id.getBytes(StandardCharsets.UTF_8));
        hex = HexFormat.of().formatHex(d);
      } catch (NoSuchAlgorithmException e) {
        throw new IllegalStateException("SHA-256 is required of every Java runtime", e);
      }
    }
    return Long.parseLong(hex.substring(0, 15), 16);
  }

  private static List<String> gdeltColumns() {
    List<String> c = new ArrayList<>();
    c.add("GlobalEventID");
    c.add("Day"); // SQLDATE in GDELT 1.0
    c.add("MonthYear");
    c.add("Year");
    c.add("FractionDate");
    for (String a : new String[] {"Actor1", "Actor2"}) {
      for (String f :
          new String[] {
            "Code",
            "Name",
            "CountryCode",
            "KnownGroupCode",
            "EthnicCode",
            "Religion1Code",
            "Religion2Code",
            "Type1Code",
            "Type2Code",
            "Type3Code"
          }) {
        c.add(a + f);
      }
    }
    c.addAll(
        List.of(
            "IsRootEvent",
            "EventCode",
            "EventBaseCode",
            "EventRootCode",
            "QuadClass",
            "GoldsteinScale",
            "NumMentions",
            "NumSources",
            "NumArticles",
            "AvgTone"));
    for (String g : new String[] {"Actor1Geo_", "Actor2Geo_", "ActionGeo_"}) {
      for (String f :
          new String[] {
            "Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID"
          }) {
        c.add(g + f);
      }
    }
    c.add("DATEADDED");
    c.add("SOURCEURL");
    return List.copyOf(c);
  }
}
