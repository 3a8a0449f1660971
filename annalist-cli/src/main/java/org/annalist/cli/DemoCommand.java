package org.annalist.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.annalist.model.Article;
import org.annalist.pipeline.IngestJob;
import org.annalist.pipeline.IngestListener;
import org.annalist.pipeline.IngestSummary;
import org.annalist.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code annalist demo}: the main job on the bundled demo corpus, and what it found. */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description = "Ingests the bundled demo corpus (demo/corpus) and prints what it found.")
final class DemoCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;

  @Option(
      names = "--corpus",
      paramLabel = "DIR",
      description = "Demo corpus folder (default: demo/corpus of this installation).")
  private Path corpus;

  @Option(
      names = "--store",
      paramLabel = "DIR",
      description = "Store directory (default: a new temporary directory).")
  private Path storeDir;

  @Override
  public Integer call() throws IOException {
    Path dir = corpus != null ? corpus : findCorpus();
    if (!Files.isDirectory(dir)) {
      throw new NotFoundException("no demo corpus at " + dir);
    }
    Path where = storeDir != null ? storeDir : Files.createTempDirectory("annalist-demo-");
    PrintWriter out = spec.commandLine().getOut();
    out.println("Annalist demo: ingesting " + dir);
    IngestSummary s;
    List<Article> articles;
    try (Store store = Store.open(where)) {
      s = IngestJob.standard().run(List.of(dir), store, IngestListener.NONE);
      try (var all = store.articles()) {
        articles = all.toList();
      }
    }
    IngestCommand.printSummary(out, s, where);
    out.println();
    out.printf(
        "%-10s  %-20s  %-4s  %-12s  %s%n", "published", "outlet", "lang", "dateline", "title");
    for (Article a : articles) {
      out.printf(
          "%-10s  %-20s  %-4s  %-12s  %s%n",
          a.published() == null ? "-" : a.published(),
          ShowCommand.abbreviate(a.outlet() == null ? "-" : a.outlet(), 20),
          a.language(),
          ShowCommand.abbreviate(a.dateline() == null ? "-" : a.dateline(), 12),
          ShowCommand.abbreviate(a.title() == null ? "(no title stated)" : a.title(), 70));
    }
    out.println();
    Map<String, Long> byOutlet =
        articles.stream()
            .collect(
                Collectors.groupingBy(
                    a -> a.outlet() == null ? "(outlet not stated)" : a.outlet(),
                    TreeMap::new,
                    Collectors.counting()));
    out.println("Articles per outlet: " + byOutlet);
    long notEnglish = articles.stream().filter(a -> !a.processable()).count();
    out.printf("Not English (kept, flagged, not processed further): %d%n", notEnglish);
    articles.stream()
        .filter(a -> a.origins().size() > 1)
        .forEach(
            a ->
                out.printf(
                    "Same text found in %d places: %s%n",
                    a.origins().size(), a.origins().get(0).display()));
    long removed = articles.stream().mapToLong(a -> a.removed().size()).sum();
    out.printf("Site furniture removed: %,d blocks%n", removed);
    articles.stream()
        .max(Comparator.comparingInt(a -> a.removed().size()))
        .ifPresent(
            a ->
                out.printf(
                    "%nSee one article with what was removed:%n  ./annalist show --store %s %s%n",
                    where, a.id().substring(0, 8)));
    out.printf("Export everything:%n  ./annalist export --store %s --format jsonl%n", where);
    out.flush();
    return s.failures().isEmpty() ? ExitCodes.OK : ExitCodes.SOME_FAILED;
  }

  /** demo/corpus under the installation ({@code annalist.home}), else above the working dir. */
  private static Path findCorpus() {
    String home = System.getProperty("annalist.home");
    if (home != null) {
      return Path.of(home, "demo", "corpus");
    }
    for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
      Path c = p.resolve("demo").resolve("corpus");
      if (Files.isDirectory(c)) {
        return c;
      }
    }
    return Path.of("demo", "corpus");
  }
}
