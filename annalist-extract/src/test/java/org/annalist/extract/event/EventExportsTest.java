package org.annalist.extract.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.annalist.model.DatePrecision;
import org.annalist.model.Event;
import org.annalist.model.EventActor;
import org.annalist.model.Factuality;
import org.annalist.model.PlacePrecision;
import org.annalist.model.Span;
import org.junit.jupiter.api.Test;

/** Golden files: three made-up events written in each format. */
class EventExportsTest {
  private static final String ARTICLE = "5f0c1e9a7b3d2c4e6a81";
  private static final GdeltRun RUN =
      new GdeltRun(
          LocalDateTime.of(2021, 1, 5, 12, 30, 0),
          Map.of(ARTICLE, "https://news.example.org/2021/01/04/envoy")::get);

  private final EventExports exports = EventExports.load();
  private final Cameo cameo = Cameo.load();
  private final Plover plover = Plover.load();

  /** An event whose derived fields come from the bundled tables, as the coder will build them. */
  private Event event(
      int sentence,
      String code,
      EventActor source,
      EventActor target,
      String date,
      DatePrecision dp,
      String place,
      PlacePrecision pp,
      Factuality f,
      EventActor assertedBy,
      String trigger,
      Span triggerSpan,
      Span evidence) {
    PloverMapping p = plover.of(code).orElse(null);
    return new Event(
        Event.idOf(ARTICLE, sentence, triggerSpan, code),
        ARTICLE,
        sentence,
        code,
        cameo.root(code),
        p == null ? null : p.eventType(),
        p == null ? null : p.mode(),
        cameo.goldstein(code),
        cameo.quad(code),
        source,
        target,
        date,
        dp,
        place,
        pp,
        f,
        assertedBy,
        trigger,
        triggerSpan,
        evidence);
  }

  private List<Event> events() {
    EventActor stateDept =
        new EventActor(
            "USAGOV", "United States government", null, "The State Department", new Span(0, 20));
    EventActor taliban =
        new EventActor("TAL", "Taliban", "org:taliban", "the Taliban", new Span(30, 41));
    EventActor usForces =
        new EventActor("USAMIL", "United States military", null, "US aircraft", new Span(160, 171));
    EventActor insurgents =
        new EventActor(
            "AFGINSTAL",
            "Taliban",
            "org:taliban",
            "fighters of the \"Emirate\"",
            new Span(190, 215));
    EventActor spokesman =
        new EventActor("TAL", "Taliban", "org:taliban", "a Taliban spokesman", new Span(120, 139));
    EventActor envoy =
        new EventActor(
            "USAGOV", "Zalmay Khalilzad", "per:khalilzad", "the envoy", new Span(300, 309));
    return List.of(
        event(
            0,
            "112",
            stateDept,
            taliban,
            "2021-01-04",
            DatePrecision.DAY,
            null,
            PlacePrecision.NONE,
            Factuality.ASSERTED,
            null,
            "accused",
            new Span(21, 28),
            new Span(0, 110)),
        event(
            1,
            "195",
            usForces,
            insurgents,
            "2021-W01",
            DatePrecision.WEEK,
            "Helmand",
            PlacePrecision.CLAUSE,
            Factuality.CLAIMED,
            spokesman,
            "bombed",
            new Span(172, 178),
            new Span(111, 240)),
        event(
            3,
            "010",
            envoy,
            null,
            "2021-01-04",
            DatePrecision.PUBLICATION,
            "Doha",
            PlacePrecision.DATELINE,
            Factuality.FUTURE,
            null,
            "will speak",
            new Span(310, 320),
            new Span(300, 350)));
  }

  @Test
  void jsonlGolden() throws IOException {
    StringWriter out = new StringWriter();
    assertEquals(3, exports.jsonl(events(), out));
    assertGolden("events.jsonl", out.toString());
  }

  @Test
  void gdeltGolden() throws IOException {
    StringWriter out = new StringWriter();
    assertEquals(3, exports.gdelt(events(), RUN, out));
    assertGolden("events.gdelt.tsv", out.toString());
  }

  @Test
  void ploverGoldenSkipsEventsWithoutAPloverType() throws IOException {
    StringWriter out = new StringWriter();
    assertEquals(2, exports.plover(events(), out));
    assertGolden("events.plover.jsonl", out.toString());
  }

  @Test
  void gdeltLinesHaveExactly61Fields() throws IOException {
    assertEquals(61, EventExports.GDELT_COLUMNS.size());
    assertEquals("GlobalEventID", EventExports.GDELT_COLUMNS.get(0));
    assertEquals("IsRootEvent", EventExports.GDELT_COLUMNS.get(25));
    assertEquals("GoldsteinScale", EventExports.GDELT_COLUMNS.get(30));
    assertEquals("ActionGeo_FeatureID", EventExports.GDELT_COLUMNS.get(58));
    assertEquals("SOURCEURL", EventExports.GDELT_COLUMNS.get(60));
    StringWriter out = new StringWriter();
    exports.gdelt(events(), RUN, out);
    String[] lines = out.toString().split("\n");
    assertEquals(3, lines.length);
    for (String line : lines) {
      String[] f = line.split("\t", -1);
      assertEquals(61, f.length, line);
      assertEquals(f[26], f[26].replaceAll("[^0-9]", ""));
    }
    String[] first = lines[0].split("\t", -1);
    assertEquals("20210104", first[1]);
    assertEquals("USAGOV", first[5]);
    assertEquals("USA", first[7]);
    assertEquals("GOV", first[12]);
    assertEquals("TAL", first[18]);
    assertEquals("112", first[26]);
    assertEquals("11", first[28]);
    assertEquals("3", first[29]);
    assertEquals("-2.0", first[30]);
    assertEquals("20210105123000", first[59]);
    assertEquals("https://news.example.org/2021/01/04/envoy", first[60]);
  }

  @Test
  void jsonEscapesQuotesBackslashesAndControlCharacters() throws IOException {
    String nasty = "said \"no\" \\ then\nleft\ttab \u0001 \u2028 ünïcode";
    Event e =
        new Event(
            "0123456789abcdef",
            ARTICLE,
            0,
            "111",
            "11",
            "ACCUSE",
            "disapprove",
            -2.0,
            3,
            new EventActor("USA", nasty, null, nasty, new Span(0, 5)),
            null,
            null,
            DatePrecision.UNKNOWN,
            null,
            PlacePrecision.NONE,
            Factuality.ASSERTED,
            null,
            nasty,
            new Span(0, 5),
            new Span(0, 5));
    StringWriter jsonl = new StringWriter();
    exports.jsonl(List.of(e), jsonl);
    StringWriter plo = new StringWriter();
    exports.plover(List.of(e), plo);
    ObjectMapper m = new ObjectMapper();
    for (String line : List.of(jsonl.toString(), plo.toString())) {
      assertTrue(line.endsWith("\n"));
      assertEquals(1, line.split("\n").length, "one line per record");
      assertTrue(line.contains("\\\"no\\\""));
      assertTrue(line.contains("\\n") && line.contains("\\t") && line.contains("\\u0001"));
      JsonNode n = m.readTree(line);
      assertEquals(nasty, n.get("trigger").asText());
    }
    JsonNode n = m.readTree(jsonl.toString());
    assertEquals(nasty, n.get("source").get("name").asText());
    assertTrue(n.get("target").isNull());
    assertTrue(n.get("date").isNull());
    StringWriter tsv = new StringWriter();
    exports.gdelt(List.of(e), RUN, tsv);
    String[] f = tsv.toString().split("\n", -1)[0].split("\t", -1);
    assertEquals(61, f.length, "tabs and newlines in cells are replaced");
    assertEquals("", f[1]);
  }

  @Test
  void agentWithoutCountry() throws IOException {
    Event e =
        new Event(
            "0123456789abcdee",
            ARTICLE,
            0,
            "112",
            "11",
            "ACCUSE",
            "disapprove",
            -2.0,
            3,
            new EventActor("---GOV", "official", null, "a senior official", new Span(0, 17)),
            new EventActor("TAL", "Taliban", null, "the Taliban", new Span(27, 38)),
            null,
            DatePrecision.UNKNOWN,
            null,
            PlacePrecision.NONE,
            Factuality.ASSERTED,
            null,
            "accused",
            new Span(18, 25),
            new Span(0, 40));
    StringWriter tsv = new StringWriter();
    exports.gdelt(List.of(e), RUN, tsv);
    String[] f = tsv.toString().split("\n", -1)[0].split("\t", -1);
    assertEquals("GOV", f[5], "GDELT writes no placeholder block");
    assertEquals("", f[7]);
    assertEquals("GOV", f[12]);
    StringWriter plo = new StringWriter();
    exports.plover(List.of(e), plo);
    JsonNode src = new ObjectMapper().readTree(plo.toString()).get("source").get(0);
    assertTrue(src.get("code").isNull());
    assertEquals("GOV", src.get("sector").asText());
    assertEquals("---GOV", src.get("cameo_code").asText());
  }

  @Test
  void timexValuesToFirstDay() {
    assertEquals(LocalDate.of(2021, 1, 4), EventExports.firstDay("2021-01-04"));
    assertEquals(LocalDate.of(2021, 1, 4), EventExports.firstDay("2021-W01"));
    assertEquals(LocalDate.of(2020, 11, 1), EventExports.firstDay("2020-11"));
    assertEquals(LocalDate.of(2020, 1, 1), EventExports.firstDay("2020"));
    assertEquals(LocalDate.of(2021, 8, 26), EventExports.firstDay("2021-08-26TEV"));
    assertNull(EventExports.firstDay("XXXX-XX-XX"));
    assertNull(EventExports.firstDay("PRESENT_REF"));
    assertNull(EventExports.firstDay("2021-02-30"));
    assertNull(EventExports.firstDay(null));
  }

  @Test
  void globalIdsAreNonNegativeAndStable() {
    assertEquals(0xfffffffffffffffL, EventExports.globalId("ffffffffffffffff"));
    assertTrue(EventExports.globalId("not-hex") >= 0);
    assertEquals(EventExports.globalId("not-hex"), EventExports.globalId("not-hex"));
  }

  /**
   * Compares with the golden file; with {@code -Dannalist.regenerate=true} rewrites it in the
   * source tree instead (review the diff before committing).
   */
  private static void assertGolden(String name, String actual) throws IOException {
    if (Boolean.getBoolean("annalist.regenerate")) {
      Path file =
          Path.of(
              System.getProperty("annalist.root"),
              "annalist-extract/src/test/resources/org/annalist/extract/event/golden",
              name);
      Files.writeString(file, actual, StandardCharsets.UTF_8);
      return;
    }
    assertEquals(golden(name), actual, "golden file " + name);
  }

  private static String golden(String name) throws IOException {
    try (InputStream in = EventExportsTest.class.getResourceAsStream("golden/" + name)) {
      if (in == null) {
        throw new IOException("golden file missing: " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
