package org.annalist.extract.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.StringReader;
import org.junit.jupiter.api.Test;

class ActorCodesTest {
  private final ActorCodes codes = ActorCodes.load();

  @Test
  void splitsTheGdeltWay() {
    assertEquals(
        new ActorCodeParts("USA", null, null, null, null, "MIL", null, null),
        codes.split("USAMIL"));
    assertEquals(
        new ActorCodeParts("AFG", "TAL", null, null, null, "INS", null, null),
        codes.split("AFGINSTAL"));
    assertEquals(
        new ActorCodeParts(null, "UNO", null, null, null, "IGO", null, null),
        codes.split("IGOUNO"));
    assertEquals(
        new ActorCodeParts(null, "TAL", null, null, null, null, null, null), codes.split("TAL"));
    assertEquals(
        new ActorCodeParts("PAK", null, null, "MOS", "SUN", "REB", null, null),
        codes.split("PAKREBMOSSUN"));
    assertEquals(
        new ActorCodeParts("IRQ", null, null, null, null, "GOV", "MIL", "COP"),
        codes.split("IRQGOVMILCOPJUD"));
    assertEquals(
        new ActorCodeParts(null, null, null, null, null, "GOV", null, null), codes.split("---GOV"));
    assertEquals(
        new ActorCodeParts(null, null, null, null, null, null, null, null), codes.split(null));
  }

  @Test
  void rejectsUnknownKinds() {
    assertThrows(
        CodebookFormatException.class,
        () -> ActorCodes.read(new StringReader("MIL\tsector\n"), "t.tsv"));
  }
}
