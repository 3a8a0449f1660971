package org.annalist.eval.cluster;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Gold data for article linking: must-link groups (same happening, copies) and cannot-link pairs
 * (distinct happenings). Articles not named in a must-link group are alone. Immutable.
 *
 * <p>A gold file is JSON Lines; each line is an object with {@code files} (article names relative
 * to the corpus root: {@code path} or {@code path#record} for a record in a JSON Lines file) and
 * {@code kind} ({@code same-happening}, {@code copies}, {@code distinct}); {@code event}, {@code
 * date} and {@code note} are free text. When a line has no {@code kind}, the file name says it:
 * {@code near-duplicates*} means copies, {@code distinct*} distinct, any other same-happening (so
 * the demo's {@code expected/} files are gold files as they are). A folder is read as its {@code
 * same-event.jsonl}, {@code near-duplicates.jsonl} and {@code distinct-events.jsonl}.
 *
 * @param groups every line, in file order
 * @param source where the gold came from
 */
public record ClusterGold(List<GoldGroup> groups, String source) {
  /** The files read from a gold folder, in order. */
  public static final List<String> FOLDER_FILES =
      List.of("same-event.jsonl", "near-duplicates.jsonl", "distinct-events.jsonl");

  public ClusterGold {
    groups = List.copyOf(groups);
    Objects.requireNonNull(source, "source");
  }

  /**
   * Reads a gold file or folder.
   *
   * @throws IOException when it cannot be read, or a line is not valid (file and line in the
   *     message)
   */
  public static ClusterGold read(Path path) throws IOException {
    List<GoldGroup> groups = new ArrayList<>();
    if (Files.isDirectory(path)) {
      boolean any = false;
      for (String name : FOLDER_FILES) {
        Path f = path.resolve(name);
        if (Files.isRegularFile(f)) {
          readFile(f, groups);
          any = true;
        }
      }
      if (!any) {
        throw new IOException("no gold files " + FOLDER_FILES + " in " + path);
      }
    } else {
      readFile(path, groups);
    }
    return new ClusterGold(groups, path.toString());
  }

  /** The lines of one kind. */
  public List<GoldGroup> of(GoldKind kind) {
    return groups.stream().filter(g -> g.kind() == kind).toList();
  }

  /** Every article name the gold mentions, in order of first mention. */
  public List<String> names() {
    return groups.stream().flatMap(g -> g.names().stream()).distinct().toList();
  }

  private static void readFile(Path file, List<GoldGroup> out) throws IOException {
    ObjectMapper json = new ObjectMapper();
    String fileName = file.getFileName().toString();
    GoldKind implied =
        fileName.startsWith("near-duplicates")
            ? GoldKind.COPIES
            : fileName.startsWith("distinct") ? GoldKind.DISTINCT : GoldKind.SAME_HAPPENING;
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      String where = file + ":" + (i + 1);
      if (line.isEmpty()) {
        continue;
      }
      try {
        JsonNode n = json.readTree(line);
        JsonNode files = n.get("files");
        if (files == null || !files.isArray()) {
          throw new IOException(where + ": no \"files\" list");
        }
        List<String> names = new ArrayList<>();
        files.forEach(f -> names.add(f.asText()));
        GoldKind kind = n.hasNonNull("kind") ? GoldKind.of(n.get("kind").asText()) : implied;
        String note =
            n.hasNonNull("event")
                ? n.get("event").asText()
                : n.hasNonNull("note") ? n.get("note").asText() : "";
        out.add(new GoldGroup(kind, names, note, where));
      } catch (IllegalArgumentException | com.fasterxml.jackson.core.JsonProcessingException e) {
        String msg = String.valueOf(e.getMessage());
        throw new IOException(msg.startsWith(where) ? msg : where + ": " + msg, e);
      }
    }
  }
}
