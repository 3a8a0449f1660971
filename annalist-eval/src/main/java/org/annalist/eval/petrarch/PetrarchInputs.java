package org.annalist.eval.petrarch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * The files of a PETRARCH-style evaluation: records (XML with texts and expected codings) and the
 * dictionaries to code them with, in the TABARI/PETRARCH formats.
 *
 * @param records the records file
 * @param actors actor files, in load order (a phrase defined again takes the later definition)
 * @param agents the agents file
 * @param verbs the verbs file
 * @param discards the discards file, or null for none
 */
public record PetrarchInputs(
    Path records, List<Path> actors, Path agents, Path verbs, Path discards) {
  public PetrarchInputs {
    Objects.requireNonNull(records, "records");
    actors = List.copyOf(actors);
    Objects.requireNonNull(agents, "agents");
    Objects.requireNonNull(verbs, "verbs");
  }

  /**
   * The files of a folder: PETRARCH2's own names ({@code PETR.UnitTest.records.xml}, {@code
   * PETR.Validate.actors/agents/verbs/discards.txt}) where present, else the one {@code *.xml} file
   * whose name holds "records" (or the folder's only XML file), every {@code .txt} file whose name
   * holds "actors" (in name order), and the one whose name holds "agents", "verbs" (or starts with
   * "CAMEO", PETRARCH's verb dictionary) and "discards" (optional).
   *
   * @throws NoSuchFileException when a required file is missing or ambiguous; the message says
   *     which
   */
  public static PetrarchInputs inFolder(Path dir) throws NoSuchFileException {
    return inFolder(dir, null, null, null, null, null);
  }

  /**
   * {@link #inFolder(Path)} with the non-null arguments (a non-empty list for actors) taken as they
   * are and only the others looked for in {@code dir}.
   *
   * @throws NoSuchFileException when a required file is neither given nor found
   */
  public static PetrarchInputs inFolder(
      Path dir,
      Path givenRecords,
      List<Path> givenActors,
      Path givenAgents,
      Path givenVerbs,
      Path givenDiscards)
      throws NoSuchFileException {
    List<Path> files;
    try (Stream<Path> s = Files.list(dir)) {
      files = s.filter(Files::isRegularFile).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + dir, e);
    }
    Path records =
        givenRecords != null
            ? givenRecords
            : preferred(
                dir, PetrarchEval.RECORDS, files, n -> n.endsWith(".xml") && n.contains("records"));
    if (records == null) {
      records = preferred(dir, PetrarchEval.RECORDS, files, n -> n.endsWith(".xml"));
    }
    List<Path> actors =
        givenActors != null && !givenActors.isEmpty()
            ? givenActors
            : Files.isRegularFile(dir.resolve("PETR.Validate.actors.txt"))
                ? List.of(dir.resolve("PETR.Validate.actors.txt"))
                : files.stream()
                    .filter(f -> named(f, n -> isTxt(n) && n.contains("actors")))
                    .toList();
    Path agents =
        givenAgents != null
            ? givenAgents
            : preferred(
                dir, "PETR.Validate.agents.txt", files, n -> isTxt(n) && n.contains("agents"));
    Path verbs =
        givenVerbs != null
            ? givenVerbs
            : preferred(
                dir,
                "PETR.Validate.verbs.txt",
                files,
                n -> isTxt(n) && (n.contains("verbs") || n.startsWith("cameo")));
    Path discards =
        givenDiscards != null
            ? givenDiscards
            : preferred(
                dir, "PETR.Validate.discards.txt", files, n -> isTxt(n) && n.contains("discards"));
    require(records, dir, "records file (*records*.xml)");
    if (actors.isEmpty()) {
      throw new NoSuchFileException(dir + ": no actors file (*actors*.txt)");
    }
    require(agents, dir, "agents file (*agents*.txt)");
    require(verbs, dir, "verbs file (*verbs*.txt or CAMEO*.txt)");
    return new PetrarchInputs(records, actors, agents, verbs, discards);
  }

  private static void require(Path p, Path dir, String what) throws NoSuchFileException {
    if (p == null) {
      throw new NoSuchFileException(dir + ": no single " + what);
    }
  }

  private static boolean isTxt(String lowerName) {
    return lowerName.endsWith(".txt");
  }

  private static boolean named(Path f, Predicate<String> p) {
    return p.test(f.getFileName().toString().toLowerCase(Locale.ROOT));
  }

  /** {@code dir/own} when it exists, else the one file matching {@code p}; null if none or many. */
  private static Path preferred(Path dir, String own, List<Path> files, Predicate<String> p) {
    if (Files.isRegularFile(dir.resolve(own))) {
      return dir.resolve(own);
    }
    List<Path> m = files.stream().filter(f -> named(f, p)).toList();
    return m.size() == 1 ? m.get(0) : null;
  }
}
