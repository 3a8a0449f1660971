package org.annalist.ingest.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.annalist.model.Failure;
import org.annalist.model.RawDocument;
import org.annalist.model.SourceFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReadersTest {
  @TempDir private Path dir;

  private static final byte[] GOOD = Fixtures.utf8("A good article about the harbour.\n");

  /** A folder with good files and one of each kind of bad input, in sorted-name order. */
  private Path batch() throws IOException {
    Path b = dir.resolve("batch");
    Fixtures.write(b.resolve("a-good.txt"), GOOD);
    Fixtures.write(b.resolve("b-empty.txt"), new byte[0]);
    Fixtures.write(b.resolve("c-binary.txt"), new byte[] {'P', 'K', 3, 4, 0, 0, 1, 2});
    byte[] good = Fixtures.utf8("Caf\u00e9 soci\u00e9t\u00e9. ");
    byte[] invalid = Arrays.copyOf(good, good.length * 2 + 1);
    invalid[good.length] = (byte) 0xFF;
    System.arraycopy(good, 0, invalid, good.length + 1, good.length);
    Fixtures.write(b.resolve("d-invalid-utf8.txt"), invalid);
    byte[] gz = Fixtures.gzip(Fixtures.utf8("Some words to compress. ".repeat(500)));
    Fixtures.write(b.resolve("e-cut.txt.gz"), Arrays.copyOf(gz, gz.length / 2));
    Fixtures.write(
        b.resolve("f-malformed.html"),
        Fixtures.utf8("<html><body><p>Unclosed <div>tags</p></span>"));
    Fixtures.warc(b.resolve("g-crawl.warc"), ReaderContractTest.ARTICLES);
    Fixtures.write(
        b.resolve("h-lines.jsonl"),
        Fixtures.utf8("{\"text\": \"One.\"}\n{not json}\n{\"text\": \"Three.\"}\n"));
    Fixtures.write(b.resolve("i-notes.md"), Fixtures.utf8("# Notes\n\nPlain text, unknown ext.\n"));
    Fixtures.write(
        b.resolve("j-page"), Fixtures.utf8("  <!DOCTYPE html><html><p>Sniffed</p></html>"));
    Fixtures.write(b.resolve("k-blob.bin"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13});
    Fixtures.write(b.resolve("l-sub/m-nested.txt"), GOOD);
    Fixtures.write(b.resolve("l-sub/.hidden.txt"), GOOD);
    Fixtures.write(b.resolve(".hidden-dir/x.txt"), GOOD);
    return b;
  }

  @Test
  void aBatchReadsEverythingReadableAndReportsTheRest() throws Exception {
    Path b = batch();
    Path missing = dir.resolve("missing.txt");
    var sink = new CollectingSink();
    ReadSummary summary = Readers.standard().read(List.of(b, missing), sink);

    List<String> docs =
        sink.documents().stream()
            .map(d -> b.relativize(Path.of(d.origin().path())) + " " + d.format())
            .toList();
    assertEquals(
        List.of(
            "a-good.txt TEXT",
            "d-invalid-utf8.txt TEXT",
            "f-malformed.html HTML",
            "g-crawl.warc HTML",
            "g-crawl.warc HTML",
            "g-crawl.warc HTML",
            "h-lines.jsonl TEXT",
            "h-lines.jsonl TEXT",
            "i-notes.md TEXT",
            "j-page HTML",
            Path.of("l-sub", "m-nested.txt") + " TEXT"),
        docs);

    assertEquals(
        List.of(
            new Failure(b.resolve("b-empty.txt").toString(), "empty file"),
            new Failure(b.resolve("c-binary.txt").toString(), "binary file (not text)"),
            new Failure(b.resolve("e-cut.txt.gz").toString(), "truncated gzip stream"),
            new Failure(
                b.resolve("k-blob.bin").toString(),
                "not a supported format (unknown extension and binary content)"),
            new Failure(missing.toString(), "file not found")),
        sink.failures().stream().filter(f -> !f.location().contains("#")).toList());
    Failure badLine = sink.failureAt(b.resolve("h-lines.jsonl") + "#line 2");
    assertTrue(badLine.reason().startsWith("line is not JSON"), badLine.toString());

    RawDocument invalid = sink.documentFrom(b.resolve("d-invalid-utf8.txt").toString());
    assertEquals("UTF-8", invalid.charset());
    assertEquals(List.of("invalid UTF-8 at byte 17 (1 sequence replaced)"), invalid.problems());
    assertEquals(
        "<html><body><p>Unclosed <div>tags</p></span>",
        sink.documentFrom(b.resolve("f-malformed.html").toString()).text());

    assertEquals(new ReadSummary(12, 11, 6, 5), summary);
    assertEquals(1, sink.skipped().size());
  }

  @Test
  void aFiftyMegabyteTextFileIsReadInABatch() throws Exception {
    Path b = dir.resolve("large");
    Fixtures.write(b.resolve("a-small.txt"), GOOD);
    Path big = b.resolve("b-big.txt");
    long size = 50L * 1024 * 1024;
    byte[] line =
        "Line of the large test file, with a CRLF ending.\r\n".getBytes(StandardCharsets.US_ASCII);
    long written = 0;
    long lines = 0;
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(big), 1 << 16)) {
      while (written + line.length <= size) {
        out.write(line);
        written += line.length;
        lines++;
      }
      while (written < size) {
        out.write('x');
        written++;
      }
    }
    assertEquals(size, Files.size(big));
    var sink = new CollectingSink();
    ReadSummary summary = Readers.standard().read(List.of(b), sink);
    assertEquals(new ReadSummary(2, 2, 0, 0), summary, () -> sink.failures().toString());
    RawDocument doc = sink.documentFrom(big.toString());
    assertEquals(size - lines, doc.text().length(), "one character per byte, less one CR a line");
    assertEquals(-1, doc.text().indexOf('\r'));
    assertEquals("UTF-8", doc.charset());
  }

  @Test
  void aFileOverTheConfiguredLimitFailsAndTheBatchGoesOn() throws Exception {
    Path b = dir.resolve("limit");
    Fixtures.write(b.resolve("a.txt"), Fixtures.utf8("x".repeat(2000)));
    Fixtures.write(b.resolve("b.txt"), GOOD);
    var sink = new CollectingSink();
    ReadSummary summary =
        new Readers(ReadOptions.DEFAULTS.withMaxDocumentBytes(1000)).read(List.of(b), sink);
    assertEquals(
        List.of(
            new Failure(b.resolve("a.txt").toString(), "file too large (2000 bytes > limit 1000)")),
        sink.failures());
    assertEquals(new ReadSummary(2, 1, 1, 0), summary);
  }

  @Test
  void filesGivenDirectlyAreReadInTheGivenOrder() throws Exception {
    Path z = Fixtures.write(dir.resolve("z.txt"), Fixtures.utf8("Zulu"));
    Path a = Fixtures.write(dir.resolve("a.txt"), Fixtures.utf8("Alpha"));
    var sink = new CollectingSink();
    Readers.standard().read(List.of(z, a), sink);
    assertEquals(
        List.of("Zulu", "Alpha"), sink.documents().stream().map(RawDocument::text).toList());
    assertEquals(z.toString(), sink.documents().get(0).origin().path());
  }

  @Test
  void formatsByNameAndBySniffing() {
    assertEquals(Optional.of(FileFormat.TEXT), FileFormat.byName(Path.of("x/A.TXT.GZ")));
    assertEquals(Optional.of(FileFormat.HTML), FileFormat.byName(Path.of("a.xhtml")));
    assertEquals(Optional.of(FileFormat.JSON_LINES), FileFormat.byName(Path.of("a.ndjson.gz")));
    assertEquals(Optional.of(FileFormat.WARC), FileFormat.byName(Path.of("a.warc.gz")));
    assertEquals(Optional.empty(), FileFormat.byName(Path.of("a.gz")));
    assertEquals(Optional.empty(), FileFormat.byName(Path.of("README")));
    assertEquals(
        Optional.of(FileFormat.HTML),
        FileFormat.bySniffing(Fixtures.utf8("\uFEFF\n<!doctype HTML><title>x</title>")));
    assertEquals(
        Optional.of(FileFormat.HTML),
        FileFormat.bySniffing(Fixtures.utf8("<?xml version=\"1.0\"?>\n<html xmlns=\"x\">")));
    assertEquals(
        Optional.of(FileFormat.WARC), FileFormat.bySniffing(Fixtures.utf8("WARC/1.0\r\n")));
    assertEquals(
        Optional.of(FileFormat.TEXT), FileFormat.bySniffing(Fixtures.utf8("<b>not a page")));
    assertEquals(Optional.empty(), FileFormat.bySniffing(new byte[] {1, 0, 2}));
  }

  @Test
  void aGzipWithAnUnknownInnerExtensionIsSniffedAfterDecompression() throws Exception {
    Path file =
        Fixtures.write(
            dir.resolve("page.gz"), Fixtures.gzip(Fixtures.utf8("<html><p>Hi</p></html>")));
    var sink = new CollectingSink();
    Readers.standard().read(file, sink);
    assertEquals(SourceFormat.HTML, sink.documents().get(0).format());
    assertEquals("<html><p>Hi</p></html>", sink.documents().get(0).text());
  }

  @Test
  void readingOneUnsupportedFileThrows() throws Exception {
    Path file = Fixtures.write(dir.resolve("x.dat"), new byte[] {0, 1, 2, 3});
    ReadException e =
        assertThrows(
            ReadException.class, () -> Readers.standard().read(file, new CollectingSink()));
    assertTrue(e.getMessage().startsWith(file + ": not a supported format"), e.getMessage());
  }

  @Test
  void optionsAreValidated() {
    assertThrows(
        IllegalArgumentException.class, () -> ReadOptions.DEFAULTS.withMaxDocumentBytes(0));
    assertThrows(
        IllegalArgumentException.class,
        () -> ReadOptions.DEFAULTS.withMaxDocumentBytes(ReadOptions.MAX_LIMIT + 1));
    assertThrows(NullPointerException.class, () -> ReadOptions.DEFAULTS.withFallbackCharset(null));
    assertEquals(64L * 1024 * 1024, ReadOptions.DEFAULTS.maxDocumentBytes());
    assertFalse(ReadOptions.DEFAULTS.fallbackCharset().name().isEmpty());
  }
}
