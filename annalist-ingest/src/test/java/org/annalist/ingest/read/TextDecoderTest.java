package org.annalist.ingest.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextDecoderTest {
  private final TextDecoder decoder = TextDecoder.standard();

  private static byte[] bytes(int... values) {
    byte[] b = new byte[values.length];
    for (int i = 0; i < values.length; i++) {
      b[i] = (byte) values[i];
    }
    return b;
  }

  private static byte[] concat(byte[]... parts) {
    var out = new ByteArrayOutputStream();
    for (byte[] part : parts) {
      out.writeBytes(part);
    }
    return out.toByteArray();
  }

  @Test
  void validUtf8IsUtf8() throws Exception {
    DecodedText d =
        decoder.decodeText(Fixtures.utf8("Gr\u00fc\u00dfe \u2013 \u201cok\u201d \ud83d\ude00"));
    assertEquals("Gr\u00fc\u00dfe \u2013 \u201cok\u201d \ud83d\ude00", d.text());
    assertEquals("UTF-8", d.charset());
    assertEquals(List.of(), d.problems());
  }

  @Test
  void aUtf8ByteOrderMarkIsRemoved() throws Exception {
    DecodedText d = decoder.decodeText(concat(bytes(0xEF, 0xBB, 0xBF), Fixtures.utf8("Hello")));
    assertEquals("Hello", d.text());
    assertEquals("UTF-8", d.charset());
  }

  @Test
  void windows1252CurlyQuotesAndAccents() throws Exception {
    DecodedText d =
        decoder.decodeText(bytes(0x93, 'Q', 0x94, ' ', 'c', 'a', 'f', 0xE9, ' ', 0x80, '5'));
    assertEquals("\u201cQ\u201d caf\u00e9 \u20ac5", d.text());
    assertEquals("windows-1252", d.charset());
    assertEquals(List.of(), d.problems());
  }

  @Test
  void latin1IsReadAsItsWindows1252Superset() throws Exception {
    String text = "na\u00efve fa\u00e7ade, \u00bfqu\u00e9? \u00a9 2021";
    DecodedText d = decoder.decodeText(text.getBytes(StandardCharsets.ISO_8859_1));
    assertEquals(text, d.text());
    assertEquals("windows-1252", d.charset());
  }

  @Test
  void undefinedWindows1252BytesBecomeC1ControlsNotErrors() throws Exception {
    DecodedText d = decoder.decodeText(bytes('a', 0x81, 'b', 0xE9));
    assertEquals("a\u0081b\u00e9", d.text());
    assertEquals(List.of(), d.problems());
  }

  @Test
  void crlfAndLoneCrBecomeLf() throws Exception {
    assertEquals("a\nb\nc\n\nd\n", decoder.decodeText(Fixtures.utf8("a\r\nb\rc\n\rd\r\n")).text());
  }

  @Test
  void crlfSplitAcrossDecodingChunksIsOneLineBreak() throws Exception {
    String text = "\u00e9" + "x".repeat(TextDecoder.SNIFF_LENGTH - 2) + "\r\ny";
    String decoded = decoder.decodeText(Fixtures.utf8(text)).text();
    assertEquals(text.replace("\r\n", "\n"), decoded);
  }

  @Test
  void utf16WithByteOrderMarks() throws Exception {
    String text = "Gr\u00fc\u00dfe\r\naus K\u00f6ln";
    DecodedText le =
        decoder.decodeText(concat(bytes(0xFF, 0xFE), text.getBytes(StandardCharsets.UTF_16LE)));
    assertEquals("Gr\u00fc\u00dfe\naus K\u00f6ln", le.text());
    assertEquals("UTF-16LE", le.charset());
    DecodedText be =
        decoder.decodeText(concat(bytes(0xFE, 0xFF), text.getBytes(StandardCharsets.UTF_16BE)));
    assertEquals("Gr\u00fc\u00dfe\naus K\u00f6ln", be.text());
    assertEquals("UTF-16BE", be.charset());
  }

  @Test
  void mostlyUtf8WithInvalidBytesIsUtf8WithReplacementsAndANote() throws Exception {
    byte[] good = Fixtures.utf8("Caf\u00e9 soci\u00e9t\u00e9 na\u00efve. ");
    byte[] input = concat(good, bytes(0xFF), good, bytes(0xC3, '!'), good);
    DecodedText d = decoder.decodeText(input);
    assertEquals("UTF-8", d.charset());
    String g = "Caf\u00e9 soci\u00e9t\u00e9 na\u00efve. ";
    assertEquals(g + "\uFFFD" + g + "\uFFFD!" + g, d.text());
    assertEquals(
        List.of("invalid UTF-8 at byte " + good.length + " (2 sequences replaced)"), d.problems());
  }

  @Test
  void moreInvalidThanValidSequencesFallsBackWithANote() throws Exception {
    byte[] input = concat(bytes(0xE9, 'a', 0xE8, 'b', 0xE0, ' '), Fixtures.utf8("\u00e9"));
    DecodedText d = decoder.decodeText(input);
    assertEquals("windows-1252", d.charset());
    assertEquals("\u00e9a\u00e8b\u00e0 \u00c3\u00a9", d.text());
    assertEquals(1, d.problems().size());
    assertTrue(d.problems().get(0).startsWith("mixed encodings"), d.problems().toString());
  }

  @Test
  void theFallbackCharsetIsConfigurable() throws Exception {
    DecodedText d =
        new TextDecoder(Charset.forName("ISO-8859-5")).decodeText(bytes(0xBC, 0xD8, 0xE0));
    assertEquals("\u041c\u0438\u0440", d.text());
    assertEquals("ISO-8859-5", d.charset());
  }

  @Test
  void binaryContentIsRefused() {
    NotTextException nul =
        assertThrows(NotTextException.class, () -> decoder.decodeText(bytes('a', 'b', 0, 'c')));
    assertEquals(NotTextException.Kind.BINARY, nul.kind());
    assertEquals("binary file (not text)", nul.fileReason());
    byte[] controls = bytes(1, 2, 3, 4, 'a', 'b', 5, 6, 7, 8, 'c', 0x7F);
    assertThrows(NotTextException.class, () -> decoder.decodeText(controls));
    byte[] utf16WithoutBom = "plain".getBytes(StandardCharsets.UTF_16LE);
    assertThrows(NotTextException.class, () -> decoder.decodeText(utf16WithoutBom));
    assertTrue(
        TextDecoder.looksBinary(bytes(0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0), 10));
    byte[] text = Fixtures.utf8("Tabs\tand\nlines\f");
    assertFalse(TextDecoder.looksBinary(text, text.length));
  }

  @Test
  void emptyAndWhitespaceOnlyAreRefused() {
    for (byte[] input :
        List.of(
            new byte[0], Fixtures.utf8(" \r\n\t \n"), bytes(0xEF, 0xBB, 0xBF), bytes(0xFF, 0xFE))) {
      NotTextException e = assertThrows(NotTextException.class, () -> decoder.decodeText(input));
      assertEquals(NotTextException.Kind.EMPTY, e.kind());
      assertEquals("empty file", e.fileReason());
    }
  }

  @Test
  void aDeclaredCharsetIsUsedAsDeclared() throws Exception {
    DecodedText d = decoder.decodeHtml(bytes('<', 'p', '>', 0x93, 'x', 0x94), "ISO-8859-1");
    assertEquals(
        "<p>\u201cx\u201d", d.text(), "ISO-8859-1 is read as windows-1252, as browsers do");
    assertEquals("windows-1252", d.charset());
    DecodedText bad = decoder.decodeHtml(bytes('<', 'p', '>', 0xFF, 'x'), "utf-8");
    assertEquals("<p>\uFFFDx", bad.text());
    assertEquals(List.of("invalid UTF-8 at byte 3 (1 sequence replaced)"), bad.problems());
  }

  @Test
  void anUnknownDeclaredCharsetIsNotedAndDetectionUsed() throws Exception {
    DecodedText d = decoder.decodeHtml(Fixtures.utf8("<p>caf\u00e9</p>"), "x-no-such-charset");
    assertEquals("UTF-8", d.charset());
    assertEquals(
        List.of("unknown charset 'x-no-such-charset' declared; detected instead"), d.problems());
  }

  @Test
  void metaCharsetForms() throws Exception {
    byte[] body = bytes('<', 'p', '>', 0x93, 'x', 0x94, '<', '/', 'p', '>');
    DecodedText plain =
        decoder.decodeHtml(concat(Fixtures.utf8("<META CHARSET='windows-1252'>"), body), null);
    assertEquals("windows-1252", plain.charset());
    DecodedText equiv =
        decoder.decodeHtml(
            concat(
                Fixtures.utf8(
                    "<meta http-equiv=\"content-type\" content=\"text/html; charset=iso-8859-2\">"),
                bytes('<', 'p', '>', 0xB1, 0xE6)),
            null);
    assertEquals("ISO-8859-2", equiv.charset());
    assertTrue(equiv.text().endsWith("<p>\u0105\u0107"), equiv.text());
  }

  @Test
  void lineEndingsOfStrings() {
    assertEquals("a\nb\n\nc", TextDecoder.normaliseLineEndings("a\r\nb\r\rc"));
    String unchanged = "a\nb";
    assertSame(unchanged, TextDecoder.normaliseLineEndings(unchanged));
  }
}
