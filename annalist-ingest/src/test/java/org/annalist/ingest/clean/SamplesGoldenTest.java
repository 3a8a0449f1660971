package org.annalist.ingest.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.annalist.model.Article;
import org.annalist.model.Origin;
import org.annalist.model.RawDocument;
import org.annalist.model.Removed;
import org.annalist.model.SourceFormat;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden test of cleaning and metadata on the real sample articles in {@code ../shared/samples}
 * (read at test time; skipped when absent). Expected values were written by reading each article.
 */
class SamplesGoldenTest {
  private static final ArticleCleaner CLEANER = new ArticleCleaner();

  static Stream<Map.Entry<String, JsonNode>> expectations() throws IOException {
    try (InputStream in =
        SamplesGoldenTest.class.getResourceAsStream("/golden/samples-metadata.json")) {
      JsonNode root = new ObjectMapper().readTree(in);
      List<Map.Entry<String, JsonNode>> out = new ArrayList<>();
      for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
        var e = it.next();
        if (!e.getKey().startsWith("_")) {
          out.add(e);
        }
      }
      return out.stream();
    }
  }

  static Path samples() {
    return Path.of(System.getProperty("annalist.shared", "../shared"), "samples");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("expectations")
  void cleansSampleAsRead(Map.Entry<String, JsonNode> expectation) throws IOException {
    Path file = samples().resolve(expectation.getKey());
    assumeTrue(Files.isRegularFile(file), "shared samples not present: " + file);
    String text = Files.readString(file, StandardCharsets.UTF_8).replace("\r\n", "\n");
    Article a =
        CLEANER.apply(
            new RawDocument(
                Origin.file(file.toString()), SourceFormat.TEXT, text, "UTF-8", null, null));
    JsonNode x = expectation.getValue();
    assertEquals(textOrNull(x, "title"), a.title(), "title");
    assertEquals(
        textOrNull(x, "published"),
        a.published() == null ? null : a.published().toString(),
        "published");
    assertEquals(textOrNull(x, "outlet"), a.outlet(), "outlet");
    assertEquals(textOrNull(x, "dateline"), a.dateline(), "dateline");
    assertEquals(textOrNull(x, "byline"), a.byline(), "byline");
    assertEquals(x.get("language").asText(), a.language(), "language");
    String[] paragraphs = a.body().split("\n\n");
    assertEquals(x.get("paragraphs").asInt(), paragraphs.length, "paragraph count");
    assertTrue(a.body().startsWith(x.get("bodyStarts").asText()), "body start: " + paragraphs[0]);
    assertTrue(
        a.body().endsWith(x.get("bodyEnds").asText()),
        "body end: " + paragraphs[paragraphs.length - 1]);
    for (JsonNode keep : x.get("keeps")) {
      assertTrue(List.of(paragraphs).contains(keep.asText()), "kept subheading " + keep);
    }
    List<String> reasons = a.removed().stream().map(Removed::reason).toList();
    for (JsonNode reason : x.get("removedReasons")) {
      assertTrue(reasons.contains(reason.asText()), "removed as " + reason + ": " + reasons);
    }
    for (Removed r : a.removed()) {
      assertEquals(r.text(), r.span().of(text).replaceAll("\\s+", " ").strip(), "removed span");
      assertFalse(a.body().contains(r.text()) && r.text().length() > 40, "removed yet in body");
    }
    for (String field : a.provenance().keySet()) {
      assertFalse(a.provenance().get(field).isBlank(), "provenance of " + field);
    }
  }

  private static String textOrNull(JsonNode node, String field) {
    JsonNode v = node.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }
}
