package org.annalist.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExtractionEvalTest {

  @TempDir private Path dir;

  @Test
  void runsTheExtractorOverEveryPageInIdOrder() throws IOException {
    Files.createDirectories(dir.resolve("html"));
    Files.writeString(
        dir.resolve("ground-truth.json"),
        "{\"p2\": {\"articleBody\": \"one two three four five\", \"url\": \"https://b.example/\"},"
            + " \"p1\": {\"articleBody\": \"alpha beta gamma delta\", \"url\": null}}");
    gzip("p1", "<p>alpha beta gamma delta</p>", StandardCharsets.UTF_8);
    gzip(
        "p2",
        "<meta charset=\"iso-8859-1\"><p>one two three four five caf\u00e9</p>",
        Charset.forName("ISO-8859-1"));
    List<HtmlInput> seen = new ArrayList<>();
    EvalReport report =
        ExtractionEval.run(
            dir,
            page -> {
              seen.add(page);
              return page.html().replaceAll("<[^>]+>", " ");
            });
    assertEquals(List.of("p1", "p2"), seen.stream().map(HtmlInput::id).toList());
    assertEquals("https://b.example/", seen.get(1).url());
    assertEquals(null, seen.get(0).url());
    assertEquals(true, seen.get(1).html().contains("caf\u00e9"), "decoded with the meta charset");
    assertEquals(2, report.pages());
    assertEquals(1.0, report.recall(), 1e-12);
    // p2 predicted one extra shingle: precision 2/3
    assertEquals((1.0 + 2.0 / 3) / 2, report.precision(), 1e-12);
  }

  @Test
  void missingFilesAreReportedByName() throws IOException {
    assertThrows(NoSuchFileException.class, () -> ExtractionEval.run(dir, p -> ""));
    Files.writeString(dir.resolve("ground-truth.json"), "{\"x\": {\"articleBody\": \"a\"}}");
    assertThrows(NoSuchFileException.class, () -> ExtractionEval.run(dir, p -> ""));
    Files.writeString(dir.resolve("ground-truth.json"), "[1, 2]");
    IOException e = assertThrows(IOException.class, () -> ExtractionEval.run(dir, p -> ""));
    assertEquals(true, e.getMessage().contains("expected a JSON object"), e.getMessage());
  }

  private void gzip(String id, String html, Charset charset) throws IOException {
    try (OutputStream out =
        new GZIPOutputStream(Files.newOutputStream(dir.resolve("html").resolve(id + ".html.gz")))) {
      out.write(html.getBytes(charset));
    }
  }
}
