package org.annalist.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.annalist.model.Article;
import org.annalist.model.Origin;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleExporterTest {
  @TempDir private Path tmp;

  private static final List<Article> TWO = List.of(TestArticles.full(), TestArticles.minimal());

  @Test
  void jsonlMatchesGolden() throws IOException {
    assertGolden("articles.jsonl", export(ExportFormat.JSONL, TWO));
  }

  @Test
  void csvMatchesGolden() throws IOException {
    assertGolden("articles.csv", export(ExportFormat.CSV, TWO));
  }

  @Test
  void jsonlLinesParseBackToEveryField() throws IOException {
    String out = export(ExportFormat.JSONL, TWO);
    assertTrue(out.endsWith("\n"));
    String[] lines = out.split("\n");
    assertEquals(2, lines.length);
    ObjectMapper mapper = new ObjectMapper();
    JsonNode full = mapper.readTree(lines[0]);
    Article a = TestArticles.full();
    assertEquals(a.id(), full.get("id").asText());
    assertEquals(a.body(), full.get("body").asText());
    assertEquals("2024-03-05", full.get("published").asText());
    assertEquals(2, full.get("origins").size());
    assertTrue(full.get("origins").get(1).get("url").isNull());
    assertEquals(300, full.get("removed").get(1).get("start").asInt());
    assertEquals("html:h1", full.get("provenance").get("title").asText());
    JsonNode minimal = mapper.readTree(lines[1]);
    for (String field : List.of("outlet", "title", "published", "dateline", "byline")) {
      assertTrue(minimal.get(field).isNull(), field + " is JSON null");
    }
    assertEquals(0, minimal.get("removed").size());
  }

  @Test
  void csvQuotesCommasQuotesAndLineBreaks() throws IOException {
    Article a =
        new Article(
            "0123456789abcdef0123",
            List.of(
                new Origin("in/a,b.jsonl", null, "line 1"),
                new Origin("in/c.warc", "https://example.org/x", null)),
            "",
            "Plain title",
            LocalDate.of(2023, 12, 31),
            null,
            "He said \"no\"",
            "en",
            "First line, with a comma.\nSecond line.\r\nThird \"quoted\" line.",
            List.of(),
            Map.of(),
            List.of());
    String csv = export(ExportFormat.CSV, List.of(a));
    String expected =
        "id,origins,outlet,title,published,dateline,byline,language,body\r\n"
            + "0123456789abcdef0123,"
            + "\"in/a,b.jsonl#line 1|https://example.org/x (in/c.warc)\","
            + "\"\",Plain title,2023-12-31,,"
            + "\"He said \"\"no\"\"\",en,"
            + "\"First line, with a comma.\nSecond line.\r\nThird \"\"quoted\"\" line.\"\r\n";
    assertEquals(expected, csv);
    assertEquals(List.of(List.of(CSV_HEADER), csvRow(a)), parseCsv(csv));
  }

  @Test
  void csvOfNoArticlesIsTheHeaderOnly() throws IOException {
    assertEquals(
        String.join(",", ArticleExporter.CSV_COLUMNS) + "\r\n",
        export(ExportFormat.CSV, List.of()));
    assertEquals("", export(ExportFormat.JSONL, List.of()));
  }

  @Test
  void theStoreExportsInItsOrder() throws IOException {
    try (Store store = Store.open(tmp.resolve("s"))) {
      store.write(List.of(TestArticles.minimal(), TestArticles.full()));
      StringWriter out = new StringWriter();
      assertEquals(2, store.export(ExportFormat.JSONL, out));
      // The dated article comes before the undated one, whatever the write order.
      assertEquals(export(ExportFormat.JSONL, TWO), out.toString());
    }
  }

  private static final String[] CSV_HEADER = ArticleExporter.CSV_COLUMNS.toArray(new String[0]);

  private static List<String> csvRow(Article a) {
    return List.of(
        a.id(),
        "in/a,b.jsonl#line 1|https://example.org/x (in/c.warc)",
        "",
        a.title(),
        a.published().toString(),
        "",
        a.byline(),
        a.language(),
        a.body());
  }

  /** A small RFC 4180 reader, to check that the output reads back. */
  private static List<List<String>> parseCsv(String csv) {
    List<List<String>> records = new ArrayList<>();
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    int i = 0;
    while (i < csv.length()) {
      char ch = csv.charAt(i);
      if (ch == '"') {
        i++;
        while (true) {
          char q = csv.charAt(i);
          if (q == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
            field.append('"');
            i += 2;
          } else if (q == '"') {
            i++;
            break;
          } else {
            field.append(q);
            i++;
          }
        }
      } else if (ch == ',') {
        fields.add(field.toString());
        field.setLength(0);
        i++;
      } else if (ch == '\r' && csv.startsWith("\r\n", i)) {
        fields.add(field.toString());
        field.setLength(0);
        records.add(List.copyOf(fields));
        fields.clear();
        i += 2;
      } else {
        field.append(ch);
        i++;
      }
    }
    return records;
  }

  private static String export(ExportFormat format, List<Article> articles) throws IOException {
    StringWriter out = new StringWriter();
    long n = new ArticleExporter(format).export(articles, out);
    assertEquals(articles.size(), n);
    return out.toString();
  }

  private static void assertGolden(String name, String actual) throws IOException {
    String expected;
    try (InputStream in = ArticleExporterTest.class.getResourceAsStream("golden/" + name)) {
      expected = in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    if (!expected.equals(actual)) {
      Path dump = Path.of("target", "golden-actual", name);
      Files.createDirectories(dump.getParent());
      Files.writeString(dump, actual, StandardCharsets.UTF_8);
    }
    assertEquals(
        expected, actual, "golden/" + name + " (actual output written to target/golden-actual)");
  }
}
