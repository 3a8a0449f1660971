package org.annalist.ingest.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.annalist.model.SourceFormat;
import org.junit.jupiter.api.Test;

class GzipTextReaderTest extends ReaderContractTest {
  @Override
  protected DocumentReader reader() {
    return new PlainTextReader(ReadOptions.DEFAULTS);
  }

  @Override
  protected String extension() {
    return ".txt.gz";
  }

  @Override
  protected void writeSample(Path file, List<String> articles) throws IOException {
    Fixtures.writeMaybeGzip(file, Fixtures.utf8("\uFEFF" + String.join("\n\n", articles)));
  }

  @Override
  protected SourceFormat format() {
    return SourceFormat.TEXT;
  }

  @Test
  void aTruncatedGzipFailsWithThatReason() throws Exception {
    byte[] gz = Fixtures.gzip(Fixtures.utf8("Some words. ".repeat(2000)));
    Path file = Fixtures.write(dir.resolve("cut.txt.gz"), Arrays.copyOf(gz, gz.length / 2));
    ReadException e =
        assertThrows(ReadException.class, () -> reader().read(file, new CollectingSink()));
    assertEquals("truncated gzip stream", e.reason());
  }

  @Test
  void aGzipMissingOnlyItsTrailerIsTruncatedToo() throws Exception {
    byte[] gz = Fixtures.gzip(Fixtures.utf8("Some words."));
    Path file = Fixtures.write(dir.resolve("trailer.txt.gz"), Arrays.copyOf(gz, gz.length - 4));
    ReadException e =
        assertThrows(ReadException.class, () -> reader().read(file, new CollectingSink()));
    assertEquals("truncated gzip stream", e.reason());
  }

  @Test
  void aFileNamedGzThatIsNotGzipFailsClearly() throws Exception {
    Path file = Fixtures.write(dir.resolve("plain.txt.gz"), Fixtures.utf8("just text"));
    ReadException e =
        assertThrows(ReadException.class, () -> reader().read(file, new CollectingSink()));
    assertTrue(e.reason().startsWith("not gzip"), e.getMessage());
  }

  @Test
  void theLimitAppliesToTheDecompressedSize() throws Exception {
    Path file =
        Fixtures.write(dir.resolve("bomb.txt.gz"), Fixtures.gzip(Fixtures.utf8("a".repeat(5000))));
    assertTrue(Files.size(file) < 1000);
    var reader = new PlainTextReader(ReadOptions.DEFAULTS.withMaxDocumentBytes(1000));
    ReadException e =
        assertThrows(ReadException.class, () -> reader.read(file, new CollectingSink()));
    assertTrue(e.reason().startsWith("file too large"), e.getMessage());
  }
}
