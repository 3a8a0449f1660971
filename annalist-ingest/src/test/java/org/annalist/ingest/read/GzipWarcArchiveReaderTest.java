package org.annalist.ingest.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The WARC contract for {@code .warc.gz} (gzip per record), plus truncation. */
class GzipWarcArchiveReaderTest extends WarcArchiveReaderTest {
  @Override
  protected String extension() {
    return ".warc.gz";
  }

  @Test
  void aTruncatedWarcGzKeepsTheRecordsBeforeTheBreak() throws Exception {
    Path good = Fixtures.warc(dir.resolve("whole.warc.gz"), ARTICLES);
    byte[] bytes = Files.readAllBytes(good);
    Path file = Fixtures.write(dir.resolve("cut.warc.gz"), Arrays.copyOf(bytes, bytes.length - 30));
    var sink = new CollectingSink();
    ReadException e = assertThrows(ReadException.class, () -> reader().read(file, sink));
    assertTrue(e.reason().startsWith("truncated gzip stream at byte "), e.getMessage());
    assertEquals(2, sink.documents().size());
    assertEquals(5, sink.skippedCount(), "records skipped before the break are still reported");
  }

  @Test
  void aWarcCompressedAsOneGzipStreamIsReadToo() throws Exception {
    Path plain = Fixtures.warc(dir.resolve("plain.warc"), ARTICLES);
    Path file =
        Fixtures.write(dir.resolve("whole.warc.gz"), Fixtures.gzip(Files.readAllBytes(plain)));
    var sink = new CollectingSink();
    reader().read(file, sink);
    assertEquals(3, sink.documents().size());
    assertEquals(5, sink.skippedCount());
  }
}
