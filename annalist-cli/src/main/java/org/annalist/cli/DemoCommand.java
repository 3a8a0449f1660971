package org.annalist.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.annalist.extract.entity.GlobalEntity;
import org.annalist.link.event.CameoGroups;
import org.annalist.link.event.LinkedEvent;
import org.annalist.link.story.Story;
import org.annalist.model.Article;
import org.annalist.model.EntityType;
import org.annalist.model.Event;
import org.annalist.model.Extraction;
import org.annalist.model.Factuality;
import org.annalist.model.QuoteKind;
import org.annalist.model.TimexAnchoring;
import org.annalist.pipeline.EntityExports;
import org.annalist.pipeline.ExtractJob;
import org.annalist.pipeline.IngestJob;
import org.annalist.pipeline.IngestListener;
import org.annalist.pipeline.IngestOptions;
import org.annalist.pipeline.IngestSummary;
import org.annalist.pipeline.LanguageLayer;
import org.annalist.pipeline.LinkJob;
import org.annalist.server.ServerOptions;
import org.annalist.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code annalist demo}: the main job on the bundled demo corpus, and what it found. */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description = {
      "Ingests the bundled demo corpus (demo/corpus) into a new store, prints what it found, then",
      "serves it (web UI and API on 127.0.0.1) when run on a terminal; --no-serve stops there."
    })
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

  @Option(
      names = "--serve",
      negatable = true,
      description =
          "Serve the demo store afterwards, read-only, until Ctrl-C (default: only when the"
              + " output is a terminal).")
  private Boolean serve;

  @Option(
      names = "--port",
      defaultValue = "8080",
      description = "Port to serve on (default: ${DEFAULT-VALUE}; 0 picks a free one).")
  private int port;

  @Override
  public Integer call() throws IOException, InterruptedException {
    ServerOptions options = null;
    if (serve != null ? serve : System.console() != null) {
      try {
        options =
            new ServerOptions("127.0.0.1", port, null, ServerOptions.DEFAULT_MAX_BODY, false, null);
      } catch (IllegalArgumentException e) {
        throw new ParameterException(spec.commandLine(), e.getMessage());
      }
    }
    Path dir = corpus != null ? corpus : findCorpus();
    if (!Files.isDirectory(dir)) {
      throw new NotFoundException("no demo corpus at " + dir);
    }
    Path where = storeDir != null ? storeDir : Files.createTempDirectory("annalist-demo-");
    PrintWriter out = spec.commandLine().getOut();
    out.println("Annalist demo: ingesting " + dir);
    IngestSummary s;
    ExtractJob.Summary x;
    List<Article> articles;
    List<Extraction> extractions = new ArrayList<>();
    List<GlobalEntity> entities;
    LinkJob.Summary linked;
    List<LinkedEvent> linkedEvents;
    List<Story> stories;
    try (Store store = Store.open(where)) {
      s = IngestJob.standard().run(List.of(dir), store, IngestListener.NONE);
      out.println("Loading the language models ...");
      out.flush();
      try (LanguageLayer layer = LanguageLayer.standard()) {
        x =
            new ExtractJob(layer, layer.version(), IngestOptions.DEFAULTS)
                .run(store, IngestListener.NONE);
      }
      try (var all = store.articles()) {
        articles = all.toList();
      }
      store.forEachExtraction((a, e) -> extractions.add(e));
      entities = EntityExports.of(store).globalEntities();
      linked = LinkJob.standard().run(store);
      linkedEvents = store.linkedEvents();
      stories = store.stories();
    }
    IngestCommand.printSummary(out, s, where);
    IngestCommand.printExtraction(out, x);
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
    printLanguageLayer(out, extractions, entities);
    printLinks(out, linked, linkedEvents, stories);
    long removed = articles.stream().mapToLong(a -> a.removed().size()).sum();
    out.printf("Site furniture removed: %,d blocks%n", removed);
    articles.stream()
        .max(Comparator.comparingInt(a -> a.removed().size()))
        .ifPresent(
            a ->
                out.printf(
                    "%nSee one article with what was removed:%n  ./annalist show --store %s %s%n",
                    where, a.id().substring(0, 8)));
    out.printf(
        "Export everything (--what articles|entities|times|quotes|events|stories|linked-events):%n"
            + "  ./annalist export --store %s --what entities --format jsonl%n"
            + "  ./annalist export --store %s --what stories --format csv%n"
            + "An actor's timeline, and two actors' events per month:%n"
            + "  ./annalist timeline --store %s --actor TAL --format csv%n"
            + "  ./annalist dyad --store %s USA TAL --by month --format csv%n",
        where, where, where, where);
    out.flush();
    if (options != null) {
      out.println();
      ServeCommand.serve(out, Store.open(where), where, options);
    }
    return s.failures().isEmpty() ? ExitCodes.OK : ExitCodes.SOME_FAILED;
  }

  private static void printLanguageLayer(
      PrintWriter out, List<Extraction> extractions, List<GlobalEntity> entities) {
    long times = extractions.stream().mapToLong(e -> e.times().size()).sum();
    long resolved =
        extractions.stream()
            .flatMap(e -> e.times().stream())
            .filter(t -> t.anchoring() == TimexAnchoring.RESOLVED)
            .count();
    long quotes = extractions.stream().mapToLong(e -> e.quotes().size()).sum();
    long attributed =
        extractions.stream()
            .flatMap(e -> e.quotes().stream())
            .filter(q -> q.speaker() != null)
            .count();
    out.printf(
        "%nLanguage layer: %,d entities across articles, %,d time expressions (%,d relative ones"
            + " resolved to dates), %,d quotes (%,d with a speaker)%n",
        entities.size(), times, resolved, quotes, attributed);
    out.println("Most mentioned people and organisations (name [aliases] — roles):");
    entities.stream()
        .filter(g -> g.type() == EntityType.PERSON || g.type() == EntityType.ORGANIZATION)
        .sorted(Comparator.comparingInt(GlobalEntity::mentionCount).reversed())
        .limit(12)
        .forEach(
            g ->
                out.printf(
                    "  %-28s %3d mentions in %2d articles  %s%s%n",
                    ShowCommand.abbreviate(g.name(), 28),
                    g.mentionCount(),
                    g.articles().size(),
                    g.aliases().isEmpty()
                        ? ""
                        : "[" + ShowCommand.abbreviate(String.join(", ", g.aliases()), 50) + "]",
                    g.roles().isEmpty()
                        ? ""
                        : " — "
                            + ShowCommand.abbreviate(
                                String.join("; ", g.roles().stream().map(r -> r.title()).toList()),
                                60)));
    List<Event> events = extractions.stream().flatMap(e -> e.events().stream()).toList();
    out.printf("Events coded: %,d (CAMEO/PLOVER). Some of them:%n", events.size());
    events.stream()
        .limit(8)
        .forEach(
            e ->
                out.printf(
                    "  %-10s %-10s %s %-8s %-10s %s%s%n",
                    e.date() == null ? "-" : e.date(),
                    e.source().code(),
                    e.cameo(),
                    e.plover() == null ? "-" : e.plover(),
                    e.target() == null ? "-" : e.target().code(),
                    "\u201c" + e.trigger() + "\u201d",
                    e.factuality() == Factuality.ASSERTED
                        ? ""
                        : " [" + e.factuality().name().toLowerCase(java.util.Locale.ROOT) + "]"));
    out.println("Some quotes:");
    extractions.stream()
        .flatMap(e -> e.quotes().stream())
        .filter(q -> q.speaker() != null && q.kind() != QuoteKind.INDIRECT)
        .limit(6)
        .forEach(
            q ->
                out.printf(
                    "  %s (%s, %s): \u201c%s\u201d%n",
                    q.speaker().name(),
                    q.verb() == null ? "-" : q.verb(),
                    q.kind().name().toLowerCase(java.util.Locale.ROOT),
                    ShowCommand.abbreviate(q.text(), 80)));
    out.println();
  }

  private static void printLinks(
      PrintWriter out, LinkJob.Summary s, List<LinkedEvent> events, List<Story> stories) {
    LinkCommand.printLinking(out, s);
    if (events.stream().noneMatch(e -> e.articles() > 1)) {
      out.println("No event is reported by more than one article in this corpus.");
    } else {
      out.println("Events reported by the most articles (date, actors, code, articles/outlets):");
    }
    events.stream()
        .filter(e -> e.articles() > 1)
        .sorted(
            Comparator.comparingInt(LinkedEvent::articles)
                .reversed()
                .thenComparing(LinkedEvent::id))
        .limit(6)
        .forEach(
            e ->
                out.printf(
                    "  %-10s %-10s %-5s %-10s %-26s %d articles, %d independent outlets%s%n",
                    e.date() == null ? "-" : e.date(),
                    e.source(),
                    e.cameo(),
                    e.target() == null ? "-" : e.target(),
                    ShowCommand.abbreviate(CameoGroups.label(e.cameo()), 26),
                    e.articles(),
                    e.independentOutlets(),
                    e.disputed() ? " [disputed]" : ""));
    out.println("Stories:");
    stories.forEach(
        st ->
            out.printf(
                "  %s .. %s  %2d events, %2d articles  %s%n",
                st.first(), st.last(), st.events(), st.articles(), st.title()));
    out.println();
  }

  /** demo/corpus under the installation ({@code annalist.home}), else above the working dir. */
  static Path findCorpus() {
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
