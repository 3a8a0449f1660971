package org.annalist.eval.petrarch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class PetrarchEvalTest {
  private static final String XML =
      "<Validation><Sentences>\n"
          + "<!-- a comment -->\n"
          + "<Sentence date=\"19950101\" id=\"T-1\" category=\"DEMO\" sentence=\"true\">\n"
          + "<EventCoding sourcecode=\"AAA\" targetcode=\"BBB\" eventcode=\"064\"></EventCoding>\n"
          + "<EventCoding sourcecode=\"AAA\" targetcode=\"CCC\" eventcode=\"042\"></EventCoding>\n"
          + "<Text>\nAlpha restores ties with\n Beta.\n</Text><Parse>(ROOT)</Parse></Sentence>\n"
          + "<Sentence date=\"19950102\" id=\"T-2\" category=\"VERB\" sentence=\"true\">\n"
          + "<EventCoding noevents = \"True\"></EventCoding><Text>Nothing happens.</Text>"
          + "</Sentence>\n"
          + "<Sentence date=\"19950102\" id=\"STOP\" sentence=\"false\"><Text>x</Text></Sentence>"
          + "</Sentences></Validation>";

  private static List<PetrarchRecord> records() throws IOException {
    return PetrarchRecords.read(
        new ByteArrayInputStream(XML.getBytes(StandardCharsets.UTF_8)), "test.xml");
  }

  @Test
  void readsRecordsWithTheirGold() throws IOException {
    List<PetrarchRecord> r = records();
    assertEquals(2, r.size(), "the non-sentence record is left out");
    assertEquals("T-1", r.get(0).id());
    assertEquals(LocalDate.of(1995, 1, 1), r.get(0).date());
    assertEquals("Alpha restores ties with Beta.", r.get(0).text());
    assertEquals(
        List.of(new Coding("AAA", "BBB", "064"), new Coding("AAA", "CCC", "042")), r.get(0).gold());
    assertEquals(List.of(), r.get(1).gold(), "noevents record expects nothing");
  }

  @Test
  void scoresTriplesRootsAndExactRecords() throws IOException {
    List<PetrarchRecord> r = records();
    PetrarchScore s =
        PetrarchScore.of(
            r,
            rec ->
                rec.id().equals("T-1")
                    ? List.of(new Coding("AAA", "BBB", "064"), new Coding("AAA", "CCC", "043"))
                    : List.of(new Coding("XXX", "YYY", "010")));
    assertEquals(1, s.correct());
    assertEquals(1, s.uncoded());
    assertEquals(2, s.extra());
    assertEquals(0, s.exactRecords());
    assertEquals(2, s.rootCorrect(), "043 has the gold's root 04");
    assertEquals(0.5, s.recall(), 1e-9);
    assertEquals(1.0 / 3, s.precision(), 1e-9);
    PetrarchScore perfect = PetrarchScore.of(r, PetrarchRecord::gold);
    assertEquals(1.0, perfect.exactShare(), 1e-9);
    assertEquals(1.0, perfect.f1(), 1e-9);
  }

  @Test
  void recordsCarryTheConfigInEffectAndTheirInputCheck() throws IOException {
    String xml =
        "<Validation><Environment><Config option=\"require_dyad\" value=\"True\"></Config>"
            + "</Environment><Sentences>\n"
            + "<Sentence date=\"19950101\" id=\"A\"><Text>a</Text><Parse>(S (NP a))</Parse>"
            + "</Sentence>\n"
            + "<Config option=\"Require_Dyad\" value=\"FALSE\"></Config>\n"
            + "<Sentence date=\"19950101\" id=\"B\"><Text>b</Text><Parse>(S (NP b)</Parse>"
            + "</Sentence>\n"
            + "<Sentence date=\"19950101\" id=\"C\"><Text>c</Text><Parse>(S b))(</Parse>"
            + "</Sentence>\n"
            + "<Config option=\"require_dyad\" value=\"true\"></Config>\n"
            + "<Sentence date=\"19950101\" id=\"D\"><Text>d</Text></Sentence>\n"
            + "</Sentences></Validation>";
    List<PetrarchRecord> r =
        PetrarchRecords.read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), "x");
    assertEquals(
        List.of(true, false, false, true), r.stream().map(PetrarchRecord::requiresDyad).toList());
    assertEquals("FALSE", r.get(1).config().get("require_dyad"), "option names lower-cased");
    assertEquals(
        List.of(true, false, false, true),
        r.stream().map(PetrarchRecord::wellFormedInput).toList(),
        "unbalanced brackets are bad input; no parse is no bad input");
  }

  @Test
  void badFilesFailWithTheirName() {
    IOException e =
        assertThrows(
            IOException.class,
            () ->
                PetrarchRecords.read(
                    new ByteArrayInputStream("<a><b></a>".getBytes(StandardCharsets.UTF_8)),
                    "broken.xml"));
    assertEquals(true, e.getMessage().startsWith("broken.xml: "), e.getMessage());
  }

  @Test
  void readsThePeerRecordsFile() throws IOException {
    Path file =
        Path.of(System.getProperty("annalist.shared", "../shared"))
            .resolve("eval/petrarch2-unittest/PETR.UnitTest.records.xml");
    assumeTrue(Files.isRegularFile(file), "shared eval data not present");
    List<PetrarchRecord> r = PetrarchRecords.read(file);
    assertEquals(279, r.size());
    assertEquals(352, r.stream().mapToInt(x -> x.gold().size()).sum(), "gold triples of sentences");
  }
}
