package org.annalist.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The CLI as a user runs it, in-process: output and exit codes. */
class CliTest {
  @TempDir Path tmp;

  record Result(int code, String out, String err) {}

  static Result run(String... args) {
    CommandLine cl = Main.commandLine();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    int code = cl.execute(args);
    return new Result(code, out.toString(), err.toString());
  }

  private Path corpus() throws IOException {
    Path dir = Files.createDirectories(tmp.resolve("in"));
    Files.writeString(
        dir.resolve("talks.txt"),
        "Home / World / Asia\n\nTown council agrees on new budget after long night\n\n"
            + "RIVERTON: The town council agreed on Tuesday to a budget that raises spending on"
            + " schools and roads, after a meeting that lasted until the early hours of the"
            + " morning and ended with a narrow vote.\n\n"
            + "The mayor said the agreement was the best that could be reached in a difficult"
            + " year, and that the council would return to the question of the bridge in the"
            + " spring when the engineers have finished their survey.\n\n"
            + "Published in The Riverton Courier, March 3rd, 2021\n\nRead more: Other news\n",
        StandardCharsets.UTF_8);
    Files.write(dir.resolve("broken.html.gz"), new byte[] {0x1f, (byte) 0x8b, 8, 0, 1, 2});
    return dir;
  }

  @Test
  void ingestReportsFailuresAndIsIdempotent() throws IOException {
    Path in = corpus();
    String store = tmp.resolve("store").toString();
    Result first = run("ingest", "--no-language", "--store", store, in.toString());
    assertEquals(ExitCodes.SOME_FAILED, first.code(), first.err());
    assertTrue(first.out().contains("new articles:     1"), first.out());
    assertTrue(first.out().contains("broken.html.gz"), "failure names the file: " + first.out());
    Result again =
        run("ingest", "--no-language", "--store", store, in.resolve("talks.txt").toString());
    assertEquals(ExitCodes.OK, again.code(), again.err());
    assertTrue(again.out().contains("new articles:     0"), again.out());
    assertTrue(again.out().contains("already present:  1"), again.out());
  }

  @Test
  void exportsArticlesAsJsonLines() throws IOException {
    Path in = corpus();
    String store = tmp.resolve("store").toString();
    run("ingest", "--no-language", "--store", store, in.toString());
    Path out = tmp.resolve("articles.jsonl");
    Result r = run("export", "--store", store, "--format", "jsonl", "--out", out.toString());
    assertEquals(ExitCodes.OK, r.code(), r.err());
    List<String> lines = Files.readAllLines(out);
    assertEquals(1, lines.size());
    JsonNode a = new ObjectMapper().readTree(lines.get(0));
    assertEquals("The Riverton Courier", a.get("outlet").asText());
    assertEquals("2021-03-03", a.get("published").asText());
    assertEquals("RIVERTON", a.get("dateline").asText());
    assertEquals("Town council agrees on new budget after long night", a.get("title").asText());
    assertTrue(a.get("body").asText().startsWith("RIVERTON: The town council"));
    assertTrue(a.get("origins").get(0).get("path").asText().endsWith("talks.txt"));
  }

  @Test
  void showPrintsArticleWithRemovedSpans() throws IOException {
    Path in = corpus();
    String store = tmp.resolve("store").toString();
    run("ingest", "--no-language", "--store", store, in.toString());
    Path out = tmp.resolve("a.jsonl");
    run("export", "--store", store, "--out", out.toString());
    String id = new ObjectMapper().readTree(Files.readAllLines(out).get(0)).get("id").asText();
    Result r = run("show", "--store", store, id.substring(0, 8));
    assertEquals(ExitCodes.OK, r.code(), r.err());
    assertTrue(r.out().contains("publication-line"), r.out());
    assertTrue(r.out().contains("navigation"), r.out());
    assertTrue(r.out().contains("[text:published-in-line]"), r.out());
  }

  @Test
  void unknownArticleIsNotFound() {
    String store = tmp.resolve("store").toString();
    run("ingest", "--no-language", "--store", store, tmp.toString());
    Result r = run("show", "--store", store, "ffffffffffff");
    assertEquals(ExitCodes.NOT_FOUND, r.code());
    assertTrue(r.err().contains("no article ffffffffffff"), r.err());
  }

  @Test
  void storeThatIsAFileIsAStoreError() throws IOException {
    Path file = Files.writeString(tmp.resolve("not-a-dir"), "x");
    Result r = run("ingest", "--no-language", "--store", file.toString(), tmp.toString());
    assertEquals(ExitCodes.STORE, r.code());
    assertTrue(r.err().contains(file.toString()), r.err());
  }

  @Test
  void usageErrorsExitWithTwo() {
    assertEquals(ExitCodes.USAGE, run("ingest").code());
    assertEquals(ExitCodes.USAGE, run("export", "--format", "xml").code());
  }
}
