package org.annalist.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.annalist.ingest.clean.ArticleCleaner;
import org.annalist.ingest.read.DocumentSink;
import org.annalist.ingest.read.Readers;
import org.annalist.model.Article;
import org.annalist.model.Failure;
import org.annalist.model.RawDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden test of reading and cleaning on the bundled demo corpus: every article's expected metadata
 * and body edges were written by reading it ({@code demo/expected/articles.jsonl}).
 */
class DemoCorpusGoldenTest {
  private static final Path DEMO = Path.of(System.getProperty("annalist.root", ".."), "demo");
  private static final Pattern DATELINE =
      Pattern.compile(
          "^\\p{Lu}[\\p{Lu}\\p{M}.'’ -]{1,30}?(?:,\\s*[\\p{L}. ]{2,25}?)?\\s*(?:\\([^)]{2,40}\\))?"
              + "\\s*(?::|—|–|\\.?–|--?)\\s*");
  private static final Map<String, Article> CLEANED = new HashMap<>();
  private static final List<Failure> FAILURES = new ArrayList<>();

  @BeforeAll
  static void readCorpus() {
    ArticleCleaner cleaner = new ArticleCleaner();
    Path corpus = DEMO.resolve("corpus");
    Readers.standard()
        .read(
            List.of(corpus),
            new DocumentSink() {
              @Override
              public void document(RawDocument doc) {
                Path rel = corpus.relativize(Path.of(doc.origin().path()));
                String key = rel.toString().replace('\\', '/');
                if (doc.origin().record() != null) {
                  key += "#" + doc.origin().record();
                }
                CLEANED.put(key, cleaner.apply(doc));
              }

              @Override
              public void failure(Failure failure) {
                FAILURES.add(failure);
              }
            });
  }

  static Stream<Arguments> expectations() throws IOException {
    ObjectMapper json = new ObjectMapper();
    List<Arguments> out = new ArrayList<>();
    for (String line : Files.readAllLines(DEMO.resolve("expected").resolve("articles.jsonl"))) {
      if (!line.isBlank()) {
        JsonNode x = json.readTree(line);
        String key = x.get("file").asText();
        if (x.hasNonNull("record")) {
          key += "#" + x.get("record").asText();
        }
        out.add(Arguments.of(key, x));
      }
    }
    return out.stream();
  }

  @Test
  void corpusIsBigEnoughAndReadsCleanly() {
    assertTrue(CLEANED.size() >= 30, "demo corpus has " + CLEANED.size() + " articles");
    assertTrue(FAILURES.isEmpty(), "failures: " + FAILURES);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("expectations")
  void cleansAsExpected(String key, JsonNode x) {
    Article a = CLEANED.get(key);
    assertNotNull(a, "no article read from " + key + "; read: " + CLEANED.keySet());
    assertEquals(text(x, "title"), a.title(), "title");
    assertEquals(
        text(x, "published"), a.published() == null ? null : a.published().toString(), "published");
    assertEquals(text(x, "outlet"), a.outlet(), "outlet");
    assertEquals(text(x, "dateline"), a.dateline(), "dateline");
    assertEquals(text(x, "byline"), a.byline(), "byline");
    assertEquals(text(x, "language"), a.language(), "language");
    String body = a.body().replaceAll("\\s+", " ");
    // The body keeps the dateline as written ("KABUL —"); the expectation starts after it.
    String afterDateline = a.dateline() == null ? body : DATELINE.matcher(body).replaceFirst("");
    assertTrue(
        afterDateline.startsWith(x.get("body_first").asText()),
        "body starts with: " + body.substring(0, Math.min(80, body.length())));
    assertTrue(
        body.endsWith(x.get("body_last").asText()),
        "body ends with: " + body.substring(Math.max(0, body.length() - 80)));
    for (JsonNode furniture : x.get("not_in_body")) {
      assertFalse(body.contains(furniture.asText()), "furniture left in body: " + furniture);
    }
    for (JsonNode keep : x.get("must_keep")) {
      assertTrue(body.contains(keep.asText()), "dropped from body: " + keep);
    }
  }

  private static String text(JsonNode node, String field) {
    JsonNode v = node.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }
}
