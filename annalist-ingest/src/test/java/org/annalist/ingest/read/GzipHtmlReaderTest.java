package org.annalist.ingest.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.annalist.model.SourceFormat;
import org.junit.jupiter.api.Test;

class GzipHtmlReaderTest extends ReaderContractTest {
  @Override
  protected DocumentReader reader() {
    return new HtmlReader(ReadOptions.DEFAULTS);
  }

  @Override
  protected String extension() {
    return ".htm.gz";
  }

  @Override
  protected void writeSample(Path file, List<String> articles) throws IOException {
    Fixtures.writeMaybeGzip(file, Fixtures.utf8(Fixtures.page("Sample", articles.get(0))));
  }

  @Override
  protected SourceFormat format() {
    return SourceFormat.HTML;
  }

  @Test
  void aTruncatedGzipFailsWithThatReason() throws Exception {
    byte[] gz = Fixtures.gzip(Fixtures.utf8(Fixtures.page("T", "words ".repeat(3000))));
    Path file = Fixtures.write(dir.resolve("cut.html.gz"), Arrays.copyOf(gz, gz.length - 20));
    ReadException e =
        assertThrows(ReadException.class, () -> reader().read(file, new CollectingSink()));
    assertEquals("truncated gzip stream", e.reason());
  }
}
