package org.annalist.ingest.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.annalist.model.RawDocument;
import org.annalist.model.SourceFormat;
import org.junit.jupiter.api.Test;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;

class WarcArchiveReaderTest extends ReaderContractTest {
  @Override
  protected DocumentReader reader() {
    return new WarcArchiveReader(ReadOptions.DEFAULTS);
  }

  @Override
  protected String extension() {
    return ".warc";
  }

  @Override
  protected int perFile() {
    return 3;
  }

  @Override
  protected void writeSample(Path file, List<String> articles) throws IOException {
    Fixtures.warc(file, articles);
  }

  @Override
  protected SourceFormat format() {
    return SourceFormat.HTML;
  }

  @Test
  void htmlResponsesAreReadAndOtherRecordsSkippedWithOneNote() throws Exception {
    Path file = Fixtures.warc(dir.resolve("crawl" + extension()), ARTICLES);
    var sink = new CollectingSink();
    reader().read(file, sink);
    assertEquals(3, sink.documents().size());
    RawDocument first = sink.documents().get(0);
    assertEquals(file.toString(), first.origin().path());
    assertEquals("https://news.example.org/story/1", first.origin().url());
    assertTrue(first.origin().record().startsWith("urn:uuid:"), first.origin().record());
    assertEquals("UTF-8", first.charset());
    assertTrue(first.text().startsWith("<!DOCTYPE html>\n<html>"), first.text());
    assertEquals(List.of(), sink.failures());
    assertEquals(5, sink.skippedCount());
    assertEquals(
        List.of(
            file
                + ": skipped 5 non-HTML WARC records: 3 request, 1 response image/png, 1 warcinfo"),
        sink.skipped());
  }

  private Path warcOf(String name, org.netpreserve.jwarc.WarcRecord... records) throws IOException {
    Path file = dir.resolve(name + extension());
    try (var writer = Fixtures.warcWriter(file)) {
      for (var record : records) {
        writer.write(record);
      }
    }
    return file;
  }

  private static WarcResponse response(String url, HttpResponse http) throws IOException {
    return new WarcResponse.Builder(URI.create(url))
        .date(Fixtures.DATE)
        .recordId(UUID.nameUUIDFromBytes(Fixtures.utf8(url)))
        .body(http)
        .build();
  }

  @Test
  void theCharsetComesFromTheHttpHeaderThenTheMetaThenDetection() throws Exception {
    byte[] cp1252 = {'<', 'p', '>', (byte) 0x93, 'Q', (byte) 0x94, ' ', 'c', 'a', 'f', (byte) 0xE9};
    byte[] koi8 = "<meta charset=koi8-r><p>\u041c\u0438\u0440</p>".getBytes("KOI8-R");
    Path file =
        warcOf(
            "charsets",
            Fixtures.htmlResponse("https://a.example/1", "text/html; charset=windows-1252", cp1252),
            Fixtures.htmlResponse("https://a.example/2", "text/html", koi8),
            Fixtures.htmlResponse("https://a.example/3", "text/html", cp1252));
    var sink = new CollectingSink();
    reader().read(file, sink);
    List<RawDocument> docs = sink.documents();
    assertEquals("<p>\u201cQ\u201d caf\u00e9", docs.get(0).text());
    assertEquals("windows-1252", docs.get(0).charset());
    assertEquals("KOI8-R", docs.get(1).charset());
    assertTrue(docs.get(1).text().contains("\u041c\u0438\u0440"));
    assertEquals("windows-1252", docs.get(2).charset(), "detected");
  }

  @Test
  void chunkedAndGzipEncodedPayloadsAreDecoded() throws Exception {
    byte[] page = Fixtures.utf8("<html><body>Encoded page</body></html>");
    byte[] gz = Fixtures.gzip(page);
    var chunked = new ByteArrayOutputStream();
    chunked.writeBytes(Fixtures.utf8(Integer.toHexString(10) + "\r\n"));
    chunked.write(page, 0, 10);
    chunked.writeBytes(Fixtures.utf8("\r\n" + Integer.toHexString(page.length - 10) + "\r\n"));
    chunked.write(page, 10, page.length - 10);
    chunked.writeBytes(Fixtures.utf8("\r\n0\r\n\r\n"));
    Path file =
        warcOf(
            "encoded",
            response(
                "https://a.example/gz",
                new HttpResponse.Builder(200, "OK")
                    .addHeader("Content-Encoding", "gzip")
                    .body(MediaType.HTML_UTF8, gz)
                    .build()),
            response(
                "https://a.example/chunked",
                new HttpResponse.Builder(200, "OK")
                    .addHeader("Transfer-Encoding", "chunked")
                    .body(MediaType.HTML_UTF8, chunked.toByteArray())
                    .build()));
    var sink = new CollectingSink();
    reader().read(file, sink);
    assertEquals(List.of(), sink.failures());
    assertEquals(2, sink.documents().size());
    for (RawDocument doc : sink.documents()) {
      assertEquals("<html><body>Encoded page</body></html>", doc.text(), doc.origin().url());
    }
  }

  @Test
  void resourceRecordsAndErrorPages() throws Exception {
    Path file =
        warcOf(
            "resources",
            new WarcResource.Builder(URI.create("https://a.example/saved"))
                .date(Fixtures.DATE)
                .body(MediaType.parse("text/html"), Fixtures.utf8("<p>Saved page</p>"))
                .build(),
            new WarcResource.Builder(URI.create("https://a.example/notes.txt"))
                .date(Fixtures.DATE)
                .body(MediaType.PLAIN_TEXT, Fixtures.utf8("plain notes"))
                .build(),
            response(
                "https://a.example/missing",
                new HttpResponse.Builder(404, "Not Found")
                    .body(MediaType.HTML_UTF8, Fixtures.utf8("<p>Not found</p>"))
                    .build()));
    var sink = new CollectingSink();
    reader().read(file, sink);
    assertEquals(1, sink.documents().size());
    assertEquals("<p>Saved page</p>", sink.documents().get(0).text());
    assertEquals("https://a.example/saved", sink.documents().get(0).origin().url());
    assertEquals(2, sink.skippedCount(), () -> sink.skipped().toString());
    assertTrue(sink.skipped().get(0).endsWith("1 resource text/plain, 1 response HTTP 404"));
  }

  @Test
  void anEmptyHtmlPayloadFailsThatRecordOnly() throws Exception {
    Path file =
        warcOf(
            "empty-payload",
            Fixtures.htmlResponse("https://a.example/empty", "text/html", new byte[0]),
            Fixtures.htmlResponse(
                "https://a.example/full", "text/html", Fixtures.utf8("<p>x</p>")));
    var sink = new CollectingSink();
    reader().read(file, sink);
    assertEquals(1, sink.documents().size());
    assertEquals(1, sink.failures().size());
    assertTrue(sink.failures().get(0).location().startsWith(file + "#urn:uuid:"));
    assertEquals("empty HTML payload", sink.failures().get(0).reason());
  }

  @Test
  void aCorruptRecordStopsTheFileWithItsOffset() throws Exception {
    Path good = Fixtures.warc(dir.resolve("good" + extension()), ARTICLES.subList(0, 1));
    byte[] bytes = Files.readAllBytes(good);
    byte[] garbage = Fixtures.utf8("WARC/1.1\r\nthis is no header\r\n\r\n");
    byte[] both = java.util.Arrays.copyOf(bytes, bytes.length + garbage.length);
    System.arraycopy(
        extension().endsWith(".gz") ? Fixtures.gzip(garbage) : garbage,
        0,
        both,
        bytes.length,
        garbage.length);
    if (extension().endsWith(".gz")) {
      byte[] gzGarbage = Fixtures.gzip(garbage);
      both = java.util.Arrays.copyOf(bytes, bytes.length + gzGarbage.length);
      System.arraycopy(gzGarbage, 0, both, bytes.length, gzGarbage.length);
    }
    Path file = Fixtures.write(dir.resolve("corrupt" + extension()), both);
    var sink = new CollectingSink();
    ReadException e = assertThrows(ReadException.class, () -> reader().read(file, sink));
    assertEquals(1, sink.documents().size(), "the record before the damage is delivered");
    assertTrue(
        e.reason().startsWith("corrupt WARC record at byte " + bytes.length + " (after record 4)"),
        e.getMessage());
  }

  @Test
  void aFileThatIsNotWarcFails() throws Exception {
    Path file = Fixtures.write(dir.resolve("notwarc" + extension()), Fixtures.utf8("hello\n"));
    ReadException e =
        assertThrows(ReadException.class, () -> reader().read(file, new CollectingSink()));
    assertTrue(e.reason().startsWith("not a WARC file"), e.getMessage());
  }
}
