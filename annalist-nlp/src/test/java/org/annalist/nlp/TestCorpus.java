package org.annalist.nlp;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.annalist.ingest.clean.ArticleCleaner;
import org.annalist.ingest.read.DocumentSink;
import org.annalist.ingest.read.Readers;
import org.annalist.model.Article;
import org.annalist.model.Failure;
import org.annalist.model.RawDocument;

/**
 * The real inputs of the language tests, read and cleaned at test time: the shared samples ({@code
 * annalist.shared}/samples, possibly absent) and the demo corpus ({@code
 * annalist.root}/demo/corpus).
 */
final class TestCorpus {
  private TestCorpus() {}

  /** The samples folder (may not exist). */
  static Path samplesDir() {
    return Path.of(System.getProperty("annalist.shared", "../shared"), "samples");
  }

  /** The demo corpus folder. */
  static Path demoDir() {
    return Path.of(System.getProperty("annalist.root", ".."), "demo", "corpus");
  }

  /** Sample file name (e.g. {@code 001_6fc2d3db2bbe2d60.txt}) to its cleaned article. */
  static Map<String, Article> samples() {
    Map<String, Article> out = new LinkedHashMap<>();
    if (!Files.isDirectory(samplesDir())) {
      return out;
    }
    for (Article a : read(samplesDir())) {
      String name = Path.of(a.origins().get(0).path()).getFileName().toString();
      if (name.endsWith(".txt")) {
        out.put(name, a);
      }
    }
    return out;
  }

  /** The English articles of the demo corpus. */
  static List<Article> demoEnglish() {
    return read(demoDir()).stream().filter(Article::processable).toList();
  }

  /** Every English article of the samples and the demo corpus. */
  static List<Article> allEnglish() {
    List<Article> all = new ArrayList<>();
    samples().values().stream().filter(Article::processable).forEach(all::add);
    all.addAll(demoEnglish());
    return all;
  }

  private static List<Article> read(Path dir) {
    ArticleCleaner cleaner = new ArticleCleaner();
    List<Article> out = new ArrayList<>();
    Readers.standard()
        .read(
            List.of(dir),
            new DocumentSink() {
              @Override
              public void document(RawDocument doc) {
                Article a = cleaner.apply(doc);
                if (!a.body().isBlank()) {
                  out.add(a);
                }
              }

              @Override
              public void failure(Failure failure) {
                // the readers' own tests cover failures; an unreadable file is just not used here
              }
            });
    return out;
  }
}
