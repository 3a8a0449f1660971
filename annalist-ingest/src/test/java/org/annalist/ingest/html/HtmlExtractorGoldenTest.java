package org.annalist.ingest.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Golden files: {@code <name>.html} is extracted and compared with {@code <name>.expected.txt} (the
 * body) and {@code <name>.metadata.json} (the metadata, null fields included).
 */
class HtmlExtractorGoldenTest {

  private final HtmlExtractor extractor = new HtmlExtractor();

  @ParameterizedTest
  @CsvSource({
    "news-page, https://ledger.example.org/local/ferry-pier-vote",
    "jsonld-page, https://valley.example.net/2022/cider-press",
    "malformed-page, https://www.harbourside.example.com/night-market"
  })
  void matchesGoldenFiles(String name, String url) throws IOException {
    HtmlPage page = extractor.extract(resource(name + ".html"), url);

    assertEquals(resource(name + ".expected.txt").strip(), page.body(), name + " body");

    JsonNode expected = new ObjectMapper().readTree(resource(name + ".metadata.json"));
    HtmlMetadata m = page.metadata();
    assertEquals(text(expected, "title"), m.title(), "title");
    assertEquals(text(expected, "publishedRaw"), m.publishedRaw(), "publishedRaw");
    assertEquals(text(expected, "outlet"), m.outlet(), "outlet");
    assertEquals(text(expected, "byline"), m.byline(), "byline");
    assertEquals(text(expected, "canonicalUrl"), m.canonicalUrl(), "canonicalUrl");
    assertEquals(text(expected, "language"), m.language(), "language");
    Map<String, String> how = new LinkedHashMap<>();
    expected.get("how").fields().forEachRemaining(e -> how.put(e.getKey(), e.getValue().asText()));
    assertEquals(how, m.how(), "how");

    for (var removed : page.removed()) {
      assertEquals(removed.text(), removed.span().of(page.text()), "span of " + removed);
    }
  }

  private static String text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null || value.isNull() ? null : value.asText();
  }

  static String resource(String name) throws IOException {
    try (InputStream in = HtmlExtractorGoldenTest.class.getResourceAsStream(name)) {
      assertNotNull(in, "missing test resource " + name);
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
