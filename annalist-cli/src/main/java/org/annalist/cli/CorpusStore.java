package org.annalist.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.annalist.pipeline.ExtractJob;
import org.annalist.pipeline.IngestJob;
import org.annalist.pipeline.IngestListener;
import org.annalist.pipeline.IngestOptions;
import org.annalist.pipeline.LanguageLayer;
import org.annalist.store.Store;

/**
 * A temporary store that an evaluation fills from a corpus ({@code --corpus PATH...}), reads, and
 * removes, whatever happens while it reads.
 */
final class CorpusStore {
  private CorpusStore() {}

  /** Reads a filled store. */
  interface Reader {
    void read(Path store) throws IOException;
  }

  /**
   * Ingests {@code corpus} into a new temporary store (named {@code prefix...}), runs the language
   * layer over it unless {@code language} is false (saying so on {@code out}, since loading the
   * models takes a while), hands the closed store's folder to {@code reader}, then deletes it.
   */
  static void withCorpus(
      String prefix, List<Path> corpus, boolean language, PrintWriter out, Reader reader)
      throws IOException {
    Path tmp = Files.createTempDirectory(prefix);
    try {
      try (Store store = Store.open(tmp)) {
        IngestJob.standard().run(corpus, store, IngestListener.NONE);
        if (language) {
          out.println("Loading the language models ...");
          out.flush();
          try (LanguageLayer layer = LanguageLayer.standard()) {
            new ExtractJob(layer, layer.version(), IngestOptions.DEFAULTS)
                .run(store, IngestListener.NONE);
          }
        }
      }
      reader.read(tmp);
    } finally {
      deleteTree(tmp);
    }
  }

  private static void deleteTree(Path dir) throws IOException {
    try (Stream<Path> all = Files.walk(dir)) {
      for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
