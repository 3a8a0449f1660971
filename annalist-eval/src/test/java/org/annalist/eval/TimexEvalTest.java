package org.annalist.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.annalist.model.Span;
import org.annalist.model.TimeExpression;
import org.annalist.model.TimexAnchoring;
import org.annalist.model.TimexType;
import org.annalist.time.TimeTagger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TimexEvalTest {
  private static final String DOC =
      "<?xml version=\"1.0\" ?>\n<TimeML>\n<DOCID>demo</DOCID>\n"
          + "<DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"2021-01-05\" temporalFunction=\"false\""
          + " functionInDocument=\"CREATION_TIME\">2021-01-05</TIMEX3></DCT>\n"
          + "<TEXT>\nThe ferry <EVENT eid=\"e1\" class=\"OCCURRENCE\">sank</EVENT>"
          + " on <TIMEX3 tid=\"t1\" type=\"DATE\" value=\"2021-01-04\">Monday</TIMEX3>"
          + " after <TIMEX3 tid=\"t2\" type=\"DURATION\" value=\"P3W\">three weeks</TIMEX3>"
          + " of storms &amp; floods in <TIMEX3 tid=\"t3\" type=\"DATE\" value=\"2020-12\""
          + " mod=\"END\">late December</TIMEX3>.\n</TEXT>\n</TimeML>\n";

  private static TimeExpression sys(String text, int start, int end, TimexType type, String v) {
    return new TimeExpression(
        new Span(start, end),
        text.substring(start, end),
        type,
        v,
        TimexAnchoring.RESOLVED,
        null,
        null);
  }

  @Test
  void parsesTextGoldSpansAndCreationTime() throws IOException {
    TimeMlDocument d = TimexEval.parse("demo", DOC);
    assertEquals(LocalDate.of(2021, 1, 5), d.creationTime());
    assertEquals(
        "\nThe ferry sank on Monday after three weeks of storms & floods in late December.\n",
        d.text());
    assertEquals(3, d.timexes().size(), "the DCT is not scored");
    GoldTimex monday = d.timexes().get(0);
    assertEquals("Monday", monday.span().of(d.text()));
    assertEquals("DATE", monday.type());
    assertEquals("2021-01-04", monday.value());
    assertNull(monday.mod());
    GoldTimex late = d.timexes().get(2);
    assertEquals("late December", late.span().of(d.text()));
    assertEquals("END", late.mod());
  }

  @Test
  void countsStrictRelaxedTypeAndValue() throws IOException {
    TimeMlDocument d = TimexEval.parse("demo", DOC);
    String t = d.text();
    int monday = t.indexOf("Monday");
    int weeks = t.indexOf("three weeks");
    int december = t.indexOf("December");
    int floods = t.indexOf("floods");
    List<TimeExpression> predicted =
        List.of(
            // exact span, right value
            sys(t, monday, monday + 6, TimexType.DATE, "2021-01-04"),
            // exact span, right value, wrong type
            sys(t, weeks, weeks + 11, TimexType.DATE, "P3W"),
            // overlapping span, wrong value
            sys(t, december, december + 8, TimexType.DATE, "2021-12"),
            // nothing in gold
            sys(t, floods, floods + 6, TimexType.DATE, "PRESENT_REF"));
    TimexDocumentScore s = TimexEval.score(d, predicted);
    TimexCounts c = s.counts();
    assertEquals(new TimexCounts(3, 4, 2, 3, 2, 2), c);
    assertEquals(0.5, c.strictPrecision(), 1e-9);
    assertEquals(2.0 / 3, c.strictRecall(), 1e-9);
    assertEquals(0.75, c.relaxedPrecision(), 1e-9);
    assertEquals(1.0, c.relaxedRecall(), 1e-9);
    assertEquals(2.0 / 3, c.valueAccuracy(), 1e-9);
    assertEquals(2.0 / 3, c.typeAccuracy(), 1e-9);
    // value F1: P = 2/4, R = 2/3, F1 = 4/7; the same as relaxed F1 x value accuracy
    assertEquals(4.0 / 7, c.valueF1(), 1e-9);
    assertEquals(c.relaxedF1() * c.valueAccuracy(), c.valueF1(), 1e-9);

    List<TimexMismatch.Kind> kinds = new ArrayList<>();
    for (TimexMismatch m : s.mismatches()) {
      kinds.add(m.kind());
    }
    assertEquals(
        List.of(TimexMismatch.Kind.TYPE, TimexMismatch.Kind.SPURIOUS, TimexMismatch.Kind.VALUE),
        kinds);
  }

  @Test
  void oneSystemExpressionPairsWithOneGoldExpression() throws IOException {
    TimeMlDocument d = TimexEval.parse("demo", DOC);
    String t = d.text();
    // one long system span over "Monday after three weeks" overlaps two gold expressions
    int from = t.indexOf("Monday");
    int to = t.indexOf("three weeks") + 11;
    TimexDocumentScore s =
        TimexEval.score(d, List.of(sys(t, from, to, TimexType.DATE, "2021-01-04")));
    assertEquals(new TimexCounts(3, 1, 0, 1, 1, 1), s.counts());
    assertEquals(
        2, s.mismatches().stream().filter(m -> m.kind() == TimexMismatch.Kind.MISSED).count());
  }

  @Test
  void runsATaggerOverAFolderWithTheCreationTimeAsReference(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("a.tml"), DOC, StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("notes.txt"), "ignored", StandardCharsets.UTF_8);
    List<LocalDate> references = new ArrayList<>();
    TimexReport r =
        TimexEval.run(
            dir,
            (text, ref) -> {
              references.add(ref);
              return new TimeTagger().tag(text, ref);
            });
    assertEquals(List.of(LocalDate.of(2021, 1, 5)), references);
    assertEquals(1, r.documents().size());
    assertEquals("a", r.documents().get(0).id());
    TimexCounts c = r.total();
    assertEquals(3, c.gold());
    assertEquals(3, c.valueCorrect(), r.documents().get(0).mismatches().toString());
  }

  @Test
  void refusesFoldersWithoutTimeMl(@TempDir Path dir) {
    assertThrows(NoSuchFileException.class, () -> TimexEval.run(dir, (t, r) -> List.of()));
  }

  @Test
  void refusesDocumentsWithoutText() {
    IOException e =
        assertThrows(IOException.class, () -> TimexEval.parse("x", "<TimeML></TimeML>"));
    assertEquals("x: no <TEXT>...</TEXT> element", e.getMessage());
  }
}
