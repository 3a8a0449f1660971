package org.annalist.ingest.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.annalist.model.RawDocument;
import org.annalist.model.SourceFormat;
import org.junit.jupiter.api.Test;

/** Reads the real sample articles from {@code ${annalist.shared}/samples}; skipped when absent. */
class SharedSamplesTest {
  @Test
  void theFiveSamplesReadAsCleanUtf8Text() throws Exception {
    Path samples = Path.of(System.getProperty("annalist.shared", "../shared"), "samples");
    assumeTrue(Files.isDirectory(samples), "no shared samples at " + samples);
    List<Path> files;
    try (Stream<Path> list = Files.list(samples)) {
      files = list.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
    }
    var sink = new CollectingSink();
    ReadSummary summary = Readers.standard().read(files, sink);

    assertEquals(new ReadSummary(5, 5, 0, 0), summary, () -> sink.failures().toString());
    for (int i = 0; i < files.size(); i++) {
      RawDocument doc = sink.documents().get(i);
      assertEquals(files.get(i).toString(), doc.origin().path());
      assertEquals(SourceFormat.TEXT, doc.format());
      assertEquals("UTF-8", doc.charset());
      assertEquals(List.of(), doc.problems());
      assertFalse(doc.text().isBlank());
      assertEquals(-1, doc.text().indexOf('\r'));
      assertEquals(-1, doc.text().indexOf('\uFEFF'));
    }
  }
}
