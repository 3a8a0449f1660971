package org.annalist.ingest.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import org.annalist.model.Article;
import org.annalist.model.Origin;
import org.annalist.model.RawDocument;
import org.annalist.model.Removed;
import org.annalist.model.SourceFormat;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Golden files for the plain-text cleaner: {@code golden/text/NAME.txt} is the page, {@code
 * NAME.body.txt} the expected body and {@code NAME.meta.properties} the expected metadata and the
 * reasons that must appear among the removed blocks. Pages written by the project.
 */
class TextCleanerGoldenTest {
  private final ArticleCleaner cleaner = new ArticleCleaner();

  @ParameterizedTest
  @ValueSource(strings = {"wrapped-wire", "teaser-list", "short-brief"})
  void cleansAsExpected(String name) throws IOException {
    String page = resource(name + ".txt");
    Article a =
        cleaner.apply(
            new RawDocument(Origin.file(name), SourceFormat.TEXT, page, "UTF-8", null, null));
    assertEquals(resource(name + ".body.txt").strip(), a.body(), "body");
    Properties meta = new Properties();
    meta.load(new java.io.StringReader(resource(name + ".meta.properties")));
    assertEquals(emptyToNull(meta.getProperty("title")), a.title(), "title");
    assertEquals(
        emptyToNull(meta.getProperty("published")),
        a.published() == null ? null : a.published().toString(),
        "published");
    assertEquals(emptyToNull(meta.getProperty("outlet")), a.outlet(), "outlet");
    assertEquals(emptyToNull(meta.getProperty("dateline")), a.dateline(), "dateline");
    assertEquals(emptyToNull(meta.getProperty("byline")), a.byline(), "byline");
    assertEquals(meta.getProperty("language"), a.language(), "language");
    List<String> reasons = a.removed().stream().map(Removed::reason).toList();
    for (String r : meta.getProperty("removed").split(",")) {
      assertTrue(reasons.contains(r), "expected a block removed as " + r + ", got " + reasons);
    }
    for (Removed r : a.removed()) {
      assertEquals(
          r.text(), r.span().of(page).replaceAll("\\s+", " ").strip(), "span of " + r.reason());
    }
  }

  private static String emptyToNull(String s) {
    return s == null || s.isEmpty() ? null : s;
  }

  private static String resource(String name) throws IOException {
    try (InputStream in = TextCleanerGoldenTest.class.getResourceAsStream("/golden/text/" + name)) {
      if (in == null) {
        throw new IOException("missing test resource golden/text/" + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
