package org.annalist.ingest.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.annalist.model.RawDocument;
import org.annalist.model.SourceFormat;
import org.junit.jupiter.api.Test;

class HtmlReaderTest extends ReaderContractTest {
  @Override
  protected DocumentReader reader() {
    return new HtmlReader(ReadOptions.DEFAULTS);
  }

  @Override
  protected String extension() {
    return ".html";
  }

  @Override
  protected void writeSample(Path file, List<String> articles) throws IOException {
    Fixtures.writeMaybeGzip(file, Fixtures.utf8(Fixtures.page("Sample", articles.get(0))));
  }

  @Override
  protected SourceFormat format() {
    return SourceFormat.HTML;
  }

  private RawDocument readOne(String name, byte[] bytes) throws Exception {
    Path file = Fixtures.writeMaybeGzip(dir.resolve(name), bytes);
    var sink = new CollectingSink();
    reader().read(file, sink);
    assertEquals(1, sink.documents().size());
    return sink.documents().get(0);
  }

  @Test
  void malformedHtmlIsReadAsIs() throws Exception {
    String html = "<html><body><p>Unclosed <b>bold <div>text</p></span>&nbsp<td>cell";
    RawDocument doc = readOne("broken.htm", Fixtures.utf8(html));
    assertEquals(html, doc.text());
    assertEquals(SourceFormat.HTML, doc.format());
    assertEquals(List.of(), doc.problems());
  }

  @Test
  void metaCharsetIsHonouredWhenTheBytesAreNotUtf8() throws Exception {
    byte[] bytes =
        ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-15\">"
                + "</head><body>Prix: 5 \u20ac</body></html>")
            .getBytes("ISO-8859-15");
    RawDocument doc = readOne("euro.xhtml", bytes);
    assertEquals("ISO-8859-15", doc.charset());
    assertTrue(doc.text().contains("5 \u20ac"), doc.text());
  }

  @Test
  void validUtf8WinsOverAWrongMetaDeclaration() throws Exception {
    RawDocument doc =
        readOne(
            "liar.html",
            Fixtures.utf8("<meta charset=\"windows-1252\"><p>Cr\u00e8me br\u00fbl\u00e9e</p>"));
    assertEquals("UTF-8", doc.charset());
    assertTrue(doc.text().contains("Cr\u00e8me br\u00fbl\u00e9e"));
  }

  @Test
  void theCanonicalLinkBecomesTheOriginUrl() throws Exception {
    RawDocument doc =
        readOne(
            "canon.html",
            Fixtures.utf8(
                "<html><head><link href=\"https://news.example.org/a?x=1&amp;y=2\" rel=\"Canonical\">"
                    + "</head><body>Body</body></html>"));
    assertEquals("https://news.example.org/a?x=1&y=2", doc.origin().url());
    RawDocument relative =
        readOne("relative.html", Fixtures.utf8("<link rel=canonical href=\"/a\"><p>Body</p>"));
    assertNull(relative.origin().url(), "only absolute http(s) links are taken");
  }
}
