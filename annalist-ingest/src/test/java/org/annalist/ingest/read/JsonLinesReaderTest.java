package org.annalist.ingest.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.annalist.model.DocumentHints;
import org.annalist.model.Origin;
import org.annalist.model.RawDocument;
import org.annalist.model.SourceFormat;
import org.junit.jupiter.api.Test;

class JsonLinesReaderTest extends ReaderContractTest {
  @Override
  protected DocumentReader reader() {
    return new JsonLinesReader(ReadOptions.DEFAULTS);
  }

  @Override
  protected String extension() {
    return ".jsonl";
  }

  @Override
  protected int perFile() {
    return 3;
  }

  @Override
  protected void writeSample(Path file, List<String> articles) throws IOException {
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < articles.size(); i++) {
      lines.add(Fixtures.jsonLine(i + 1, articles.get(i)));
      if (i == 0) {
        lines.add("   "); // blank lines are skipped
      }
    }
    Fixtures.writeMaybeGzip(file, Fixtures.utf8(String.join("\r\n", lines) + "\n"));
  }

  @Override
  protected SourceFormat format() {
    return SourceFormat.TEXT;
  }

  private CollectingSink readLines(String name, String... lines) throws Exception {
    Path file = Fixtures.writeMaybeGzip(dir.resolve(name), Fixtures.utf8(String.join("\n", lines)));
    var sink = new CollectingSink();
    reader().read(file, sink);
    return sink;
  }

  @Test
  void fieldsBecomeOriginAndHints() throws Exception {
    Path file = dir.resolve("fields.ndjson");
    writeSample(file, List.of("Alpha text."));
    var sink = new CollectingSink();
    reader().read(file, sink);
    RawDocument doc = sink.documents().get(0);
    assertEquals(new Origin(file.toString(), "https://news.example.org/1", "a1"), doc.origin());
    assertEquals(new DocumentHints("Report 1", "2021-03-01", "Example News"), doc.hints());
    assertEquals("UTF-8", doc.charset());
    assertEquals("Alpha text.", doc.text());
  }

  @Test
  void badLinesFailAtTheirLineAndTheOthersAreRead() throws Exception {
    CollectingSink sink =
        readLines(
            "mixed.jsonl",
            "{\"text\": \"First good line.\"}",
            "this is not json",
            "",
            "[1, 2, 3]",
            "{\"title\": \"No body\"}",
            "{\"text\": \"Plain.\", \"html\": \"<p>Marked up.</p>\"}",
            "{\"id\": 42, \"text\": \"Numbered.\"} trailing",
            "{\"id\": 43, \"text\": \"Last good line.\", \"url\": null}");
    String path = dir.resolve("mixed.jsonl").toString();
    List<String> texts = sink.documents().stream().map(RawDocument::text).toList();
    assertEquals(List.of("First good line.", "<p>Marked up.</p>", "Last good line."), texts);
    assertEquals("line 1", sink.documents().get(0).origin().record());
    assertEquals("43", sink.documents().get(2).origin().record());
    assertNull(sink.documents().get(2).origin().url());

    RawDocument both = sink.documents().get(1);
    assertEquals(SourceFormat.HTML, both.format());
    assertEquals(List.of("both 'text' and 'html' given; 'html' used"), both.problems());

    assertEquals(4, sink.failures().size(), () -> sink.failures().toString());
    assertTrue(sink.failureAt(path + "#line 2").reason().startsWith("line is not JSON: "));
    assertEquals(
        "line is not a JSON object (found an array)", sink.failureAt(path + "#line 4").reason());
    assertEquals(
        "no text: the line has neither a non-empty 'text' nor 'html'",
        sink.failureAt(path + "#line 5").reason());
    assertTrue(sink.failureAt(path + "#line 7").reason().startsWith("line is not JSON: "));
  }

  @Test
  void aTruncatedGzipDeliversTheCompleteLinesBeforeTheBreak() throws Exception {
    var all = new StringBuilder();
    for (int i = 1; i <= 300; i++) {
      all.append(
              Fixtures.jsonLine(
                  i % 9 + 1, "Story number " + i + " about item " + (i * 7919 % 1000)))
          .append('\n');
    }
    byte[] gz = Fixtures.gzip(Fixtures.utf8(all.toString()));
    Path file = Fixtures.write(dir.resolve("cut.jsonl.gz"), Arrays.copyOf(gz, gz.length / 2));
    var sink = new CollectingSink();
    ReadException e = assertThrows(ReadException.class, () -> reader().read(file, sink));
    assertEquals("truncated gzip stream", e.reason());
    int n = sink.documents().size();
    assertTrue(n > 10 && n < 300, "some lines were read: " + n);
    for (int i = 0; i < n; i++) {
      assertTrue(
          sink.documents().get(i).text().startsWith("Story number " + (i + 1) + " about item "));
    }
    assertEquals(List.of(), sink.failures(), "the partial last line is not reported as bad JSON");
  }

  @Test
  void invalidUtf8InALineIsReplacedAndNoted() throws Exception {
    var bytes = new ByteArrayOutputStream();
    bytes.writeBytes(Fixtures.utf8("{\"text\": \"Na"));
    bytes.write(0xEF); // a lone Latin-1 byte, not UTF-8
    bytes.writeBytes(Fixtures.utf8("ve caf\u00e9 reporting.\"}\n"));
    Path file = Fixtures.write(dir.resolve("bad-utf8.jsonl"), bytes.toByteArray());
    var sink = new CollectingSink();
    reader().read(file, sink);
    RawDocument doc = sink.documents().get(0);
    assertEquals("Na\uFFFDve caf\u00e9 reporting.", doc.text());
    assertEquals(
        List.of("invalid UTF-8 at byte 12 of the line (1 sequence replaced)"), doc.problems());
  }

  @Test
  void onlyBlankLinesIsAnEmptyFile() throws Exception {
    Path file = Fixtures.write(dir.resolve("blank.jsonl"), Fixtures.utf8("\n  \n\r\n"));
    ReadException e =
        assertThrows(ReadException.class, () -> reader().read(file, new CollectingSink()));
    assertEquals("empty file", e.reason());
  }

  @Test
  void aLineOverTheLimitFailsAndTheNextIsRead() throws Exception {
    Path file =
        Fixtures.write(
            dir.resolve("long.jsonl"),
            Fixtures.utf8("{\"text\": \"" + "x".repeat(500) + "\"}\n{\"text\": \"short\"}\n"));
    var sink = new CollectingSink();
    new JsonLinesReader(ReadOptions.DEFAULTS.withMaxDocumentBytes(100)).read(file, sink);
    assertEquals("short", sink.documents().get(0).text());
    assertEquals("line too large (more than 100 bytes)", sink.failureAt(file + "#line 1").reason());
  }

  @Test
  void binaryContentFailsTheFile() throws Exception {
    Path file = Fixtures.write(dir.resolve("bin.jsonl"), new byte[] {'{', 0, 1, 2, '}', '\n'});
    ReadException e =
        assertThrows(ReadException.class, () -> reader().read(file, new CollectingSink()));
    assertEquals("binary file (not text)", e.reason());
  }
}
