package org.annalist.ingest.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.annalist.model.Failure;
import org.annalist.model.RawDocument;
import org.annalist.model.SourceFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The contract every {@link DocumentReader} keeps, checked once per format (in the manner of
 * Lucene's {@code BaseTokenStreamTestCase}). A subclass says how to write a file of its format and
 * which reader reads it.
 */
abstract class ReaderContractTest {
  /**
   * Three short articles in our own words; each starts with a marker word, and between them they
   * hold CRLF, lone CR, blank lines and non-ASCII characters.
   */
  static final List<String> ARTICLES =
      List.of(
          "Alpha: the harbour council met on Monday.\r\nIt agreed to dredge the channel.",
          "Bravo: caf\u00e9 owners \u201cwelcome\u201d the new square.\r\n\r\nMore follows.",
          "Charlie: talks resumed in the capital.\rA spokesman confirmed the date.");

  private static final long FUZZ_SEED = 20210301L;

  @TempDir protected Path dir;

  /** The reader under test. */
  protected abstract DocumentReader reader();

  /** The file extension of this format, with its dot(s): {@code .txt}, {@code .warc.gz}. */
  protected abstract String extension();

  /** Writes {@code file} in this format holding {@code articles} (at most {@link #perFile()}). */
  protected abstract void writeSample(Path file, List<String> articles) throws IOException;

  /** The format of the documents read. */
  protected abstract SourceFormat format();

  /** How many articles one file can hold: 1 for single-document formats. */
  protected int perFile() {
    return 1;
  }

  /** Writes the contract articles into as many files as needed; returns the files. */
  private List<Path> writeArticles(String prefix) throws IOException {
    List<Path> files = new ArrayList<>();
    for (int i = 0; i < ARTICLES.size(); i += perFile()) {
      Path file = dir.resolve(prefix + "-" + i + extension());
      writeSample(file, ARTICLES.subList(i, Math.min(ARTICLES.size(), i + perFile())));
      files.add(file);
    }
    return files;
  }

  private CollectingSink read(List<Path> files) throws ReadException {
    var sink = new CollectingSink();
    for (Path file : files) {
      reader().read(file, sink);
    }
    return sink;
  }

  @Test
  void deliversEveryArticleInOrder() throws Exception {
    CollectingSink sink = read(writeArticles("order"));
    assertEquals(List.of(), sink.failures());
    List<RawDocument> docs = sink.documents();
    assertEquals(ARTICLES.size(), docs.size(), () -> "documents: " + docs);
    String[] markers = {"Alpha:", "Bravo:", "Charlie:"};
    for (int i = 0; i < markers.length; i++) {
      assertTrue(docs.get(i).text().contains(markers[i]), "document " + i + ": " + docs.get(i));
      assertEquals(format(), docs.get(i).format());
    }
  }

  @Test
  void originsPointToTheFileAndRecord() throws Exception {
    List<Path> files = writeArticles("origin");
    Set<String> records = new HashSet<>();
    for (Path file : files) {
      CollectingSink sink = read(List.of(file));
      for (RawDocument doc : sink.documents()) {
        assertEquals(file.toString(), doc.origin().path());
        if (perFile() > 1) {
          assertNotNull(doc.origin().record(), "multi-record formats name the record");
          assertTrue(records.add(doc.origin().record()), "record ids are distinct: " + records);
        }
      }
    }
  }

  @Test
  void textIsCleanDecodedAndComplete() throws Exception {
    for (RawDocument doc : read(writeArticles("clean")).documents()) {
      assertFalse(doc.text().isBlank(), "text is not blank");
      assertFalse(doc.text().contains("\r"), () -> "no CR in " + doc.text());
      assertFalse(doc.text().contains("\uFEFF"), () -> "no BOM in " + doc.text());
      assertNotNull(doc.charset());
      assertNotNull(doc.problems());
    }
    List<RawDocument> docs = read(writeArticles("complete")).documents();
    String bravo = docs.get(1).text();
    assertTrue(
        bravo.contains("caf\u00e9 owners \u201cwelcome\u201d the new square.\n\nMore follows."),
        () -> "non-ASCII text and blank lines survive: " + bravo);
    assertTrue(docs.get(2).text().contains("capital.\nA spokesman"), "a lone CR becomes LF");
  }

  @Test
  void readingTwiceYieldsEqualResults() throws Exception {
    List<Path> files = writeArticles("twice");
    CollectingSink first = read(files);
    CollectingSink second = read(files);
    assertEquals(first.documents(), second.documents());
    assertEquals(first.failures(), second.failures());
  }

  @Test
  void emptyFileFailsCleanly() throws Exception {
    Path file = Fixtures.write(dir.resolve("empty" + extension()), new byte[0]);
    var sink = new CollectingSink();
    ReadException e = assertThrows(ReadException.class, () -> reader().read(file, sink));
    assertEquals(file.toString(), e.location());
    assertEquals("empty file", e.reason());
    assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
    assertEquals(List.of(), sink.documents());
  }

  @Test
  void missingFileFailsCleanlyWithItsPath() {
    Path file = dir.resolve("no-such-file" + extension());
    ReadException e =
        assertThrows(ReadException.class, () -> reader().read(file, new CollectingSink()));
    assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
    assertEquals("file not found", e.reason());
  }

  /**
   * Truncated copies of a good file and random bytes under this format's name: the reader either
   * reads, reports failures, or throws {@link ReadException} with a reason; never anything else.
   */
  @Test
  void damagedInputFailsCleanlyNeverWithAnUncheckedException() throws Exception {
    Path good = dir.resolve("good" + extension());
    writeSample(good, ARTICLES.subList(0, Math.min(perFile(), ARTICLES.size())));
    byte[] bytes = Files.readAllBytes(good);
    var random = new Random(FUZZ_SEED);
    for (int round = 0; round < 40; round++) {
      byte[] damaged;
      if (round % 2 == 0) {
        damaged = java.util.Arrays.copyOf(bytes, 1 + random.nextInt(bytes.length - 1));
      } else {
        damaged = bytes.clone();
        for (int k = 0; k < 1 + random.nextInt(8); k++) {
          damaged[random.nextInt(damaged.length)] = (byte) random.nextInt(256);
        }
      }
      Path file = Fixtures.write(dir.resolve("damaged-" + round + extension()), damaged);
      var sink = new CollectingSink();
      try {
        reader().read(file, sink);
      } catch (ReadException e) {
        assertFalse(e.reason().isBlank(), "a reason is given");
        assertEquals(file.toString(), e.location().split("#")[0]);
      } catch (RuntimeException e) {
        fail("round " + round + ": unchecked exception from " + file, e);
      }
      for (Failure f : sink.failures()) {
        assertTrue(f.location().startsWith(file.toString()), f.toString());
      }
      for (RawDocument doc : sink.documents()) {
        assertFalse(doc.text().contains("\r"), "no CR even in damaged input");
      }
    }
  }
}
