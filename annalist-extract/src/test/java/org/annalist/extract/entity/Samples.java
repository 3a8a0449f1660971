package org.annalist.extract.entity;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.annalist.ingest.clean.ArticleCleaner;
import org.annalist.model.Article;
import org.annalist.model.Origin;
import org.annalist.model.RawDocument;
import org.annalist.model.SourceFormat;

/** The real sample articles in {@code ../shared/samples}, cleaned as the pipeline cleans them. */
final class Samples {
  private Samples() {}

  static Path dir() {
    return Path.of(System.getProperty("annalist.shared", "../shared"), "samples");
  }

  /** The sample whose file name starts with {@code prefix} ("001"), cleaned; null when absent. */
  static Article article(String prefix) {
    try (var files = Files.list(dir())) {
      Path file =
          files
              .filter(p -> p.getFileName().toString().startsWith(prefix + "_"))
              .findFirst()
              .orElse(null);
      if (file == null) {
        return null;
      }
      String text = Files.readString(file, StandardCharsets.UTF_8).replace("\r\n", "\n");
      return new ArticleCleaner()
          .apply(
              new RawDocument(
                  Origin.file(file.toString()), SourceFormat.TEXT, text, "UTF-8", null, null));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
