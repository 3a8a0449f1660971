package org.annalist.extract.coder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.annalist.extract.coder.Frames.Frame;
import org.annalist.extract.event.Cameo;
import org.annalist.model.Article;
import org.annalist.model.Event;
import org.annalist.model.Factuality;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** CAMEO's parallel codes for actions under an intent, appeal, demand, refusal or threat. */
class FramesTest {
  @Test
  void parallelCodesFollowTheCodebook() {
    Cameo cameo = Cameo.load();
    assertEquals("0353", Frames.parallel(Frame.INTENT, "0841"));
    assertEquals("0256", Frames.parallel(Frame.APPEAL, "0871"));
    assertEquals("1053", Frames.parallel(Frame.DEMAND, "084"));
    assertEquals("125", Frames.parallel(Frame.REJECT, "046"));
    assertEquals("1243", Frames.parallel(Frame.REJECT, "0841"));
    assertEquals("1384", Frames.parallel(Frame.THREATEN, "195"));
    assertEquals("1312", Frames.parallel(Frame.THREATEN, "163"));
    assertNull(Frames.parallel(Frame.APPEAL, "161"), "no appeal code for cutting ties");
    assertNull(Frames.parallel(Frame.THREATEN, "046"));
    for (Frame f : Frame.values()) {
      for (String c : List.of("036", "040", "045", "057", "0841", "087", "161", "190", "204")) {
        String p = Frames.parallel(f, c);
        assertTrue(p == null || cameo.isKnown(p), f + " of " + c + " gives " + p);
      }
      assertTrue(cameo.isKnown(f.generic()));
    }
  }

  private static List<Event> code(String body) {
    Article a = CodedArticles.article("fr1", LocalDate.of(2020, 3, 1), "KABUL", body);
    return CodedArticles.code(a);
  }

  @Test
  @Tag("models")
  void aRefusalToNegotiateIsARejection() {
    List<Event> es = code("The Taliban refused to negotiate with the Afghan government.");
    assertEquals(1, es.size(), es.toString());
    Event e = es.get(0);
    assertEquals("125", e.cameo());
    assertEquals("refused", e.trigger());
    assertEquals("AFGINSTAL", e.source().code());
    assertEquals("AFGGOV", e.target().code());
    assertEquals(Factuality.ASSERTED, e.factuality());
  }

  @Test
  @Tag("models")
  void anAppealedActionHasNotHappened() {
    List<Event> es = code("Pompeo urged the Taliban to cut ties with al-Qaeda.");
    assertEquals(1, es.size(), es.toString());
    assertEquals("020", es.get(0).cameo());
    assertEquals("AFGINSTAL", es.get(0).target().code());
  }

  @Test
  @Tag("models")
  void anAgreementToReleaseIsAnIntent() {
    List<Event> es = code("The Afghan government agreed to release 100 Taliban prisoners.");
    assertEquals(1, es.size(), es.toString());
    assertEquals("0353", es.get(0).cameo(), es.toString());
    assertEquals("AFGGOV", es.get(0).source().code());
    assertEquals("AFGINSTAL", es.get(0).target().code());
  }
}
