package org.annalist.ingest.read;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.annalist.model.SourceFormat;
import org.junit.jupiter.api.Test;

class PlainTextReaderTest extends ReaderContractTest {
  @Override
  protected DocumentReader reader() {
    return new PlainTextReader(ReadOptions.DEFAULTS);
  }

  @Override
  protected String extension() {
    return ".txt";
  }

  @Override
  protected void writeSample(Path file, List<String> articles) throws IOException {
    byte[] text = Fixtures.utf8("\uFEFF" + String.join("\n\n", articles));
    Fixtures.writeMaybeGzip(file, text);
  }

  @Override
  protected SourceFormat format() {
    return SourceFormat.TEXT;
  }

  @Test
  void readsTheWholeFileAsOneUtf8Document() throws Exception {
    Path file = Fixtures.write(dir.resolve("one.text"), Fixtures.utf8("Line one.\r\nLine two.\n"));
    var sink = new CollectingSink();
    reader().read(file, sink);
    var doc = sink.documents().get(0);
    assertEquals("Line one.\nLine two.\n", doc.text());
    assertEquals("UTF-8", doc.charset());
    assertEquals(List.of(), doc.problems());
    assertEquals(file.toString(), doc.origin().path());
    assertEquals(null, doc.origin().record());
  }

  @Test
  void aFileOverTheLimitFails() throws Exception {
    Path file = Fixtures.write(dir.resolve("big.txt"), Fixtures.utf8("x".repeat(101)));
    var reader = new PlainTextReader(ReadOptions.DEFAULTS.withMaxDocumentBytes(100));
    ReadException e =
        org.junit.jupiter.api.Assertions.assertThrows(
            ReadException.class, () -> reader.read(file, new CollectingSink()));
    assertEquals("file too large (101 bytes > limit 100)", e.reason());
  }
}
