package org.annalist.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.annalist.eval.event.EventEval;
import org.annalist.eval.event.EventGold;
import org.annalist.eval.event.EventReport;
import org.annalist.eval.event.EventReport.Level;
import org.annalist.eval.event.EventScore;
import org.annalist.model.Article;
import org.annalist.model.Event;
import org.annalist.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code annalist eval events GOLD}: coded events against hand-written event gold. */
@Command(
    name = "events",
    mixinStandardHelpOptions = true,
    description = {
      "Scores coded events against event gold (docs/formats.md, 'Event gold'): precision,"
          + " recall and F1 of (source, target, code), (source, target, root) and the root"
          + " alone, per article and sentence; actors exact and compatible up to role"
          + " granularity; factuality accuracy on matched events.",
      "Events come from a store (--store) or from files and folders ingested into a temporary"
          + " store (--corpus; loads the language models)."
    })
final class EventsEvalCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;

  @Parameters(
      paramLabel = "GOLD",
      description = "Gold JSON Lines file, or a folder holding events.jsonl.")
  private Path gold;

  @Option(names = "--store", paramLabel = "DIR", description = "Read events from this store.")
  private Path storeDir;

  @Option(
      names = "--corpus",
      paramLabel = "PATH",
      arity = "1..*",
      description = "Ingest and code these files and folders in a temporary store first.")
  private List<Path> corpus;

  @Option(names = "--errors", description = "List each missed and extra event with its sentence.")
  private boolean errors;

  @Override
  public Integer call() throws IOException {
    if ((storeDir == null) == (corpus == null)) {
      throw new ParameterException(
          spec.commandLine(), "give either --store DIR or --corpus PATH...");
    }
    if (!Files.exists(gold)) {
      throw new NotFoundException("no gold at " + gold);
    }
    EventGold g = EventGold.read(gold);
    PrintWriter out = spec.commandLine().getOut();
    List<Article> articles = new ArrayList<>();
    Map<String, List<Event>> events = new HashMap<>();
    String from;
    if (storeDir != null) {
      if (!Files.isDirectory(storeDir)) {
        throw new NotFoundException("no store at " + storeDir);
      }
      load(storeDir, articles, events);
      from = storeDir.toString();
    } else {
      CorpusStore.withCorpus(
          "annalist-events-", corpus, true, out, tmp -> load(tmp, articles, events));
      from = corpus.toString();
    }
    EventReport r = EventEval.standard().run(g, articles, events);
    out.printf(
        "events: %d of %d gold articles found in %s; %d gold events%n",
        r.articles(), g.byArticle().size(), from, g.events().size());
    out.printf("  gold %s%n", g.source());
    for (Level l : Level.values()) {
      EventScore s = r.score(l);
      out.printf(
          Locale.ROOT,
          "  %-24s P %.3f  R %.3f  F1 %.3f   correct %d, missed %d, extra %d (gold %d, system"
              + " %d)%n",
          l.label(),
          s.precision(),
          s.recall(),
          s.f1(),
          s.correct(),
          s.missed(),
          s.extra(),
          s.gold(),
          s.system());
    }
    out.printf(
        Locale.ROOT,
        "  factuality: %.3f (%d of %d events matched on source~, target~, root)%n",
        r.factualityAccuracy(),
        r.factualityAgreed(),
        r.factualityMatched());
    out.println("  (~: actor codes compatible up to role granularity, USA ~ USAGOV)");
    list(out, "gold articles not found", r.unmatched());
    list(out, "gold fragments not found in the body", r.unlocated());
    if (errors) {
      list(out, "missed (not coded with this source, target and code)", r.missed());
      list(out, "extra (no gold event with this source, target and code)", r.extra());
    }
    out.flush();
    return ExitCodes.OK;
  }

  private static void load(Path dir, List<Article> articles, Map<String, List<Event>> events) {
    try (Store store = Store.open(dir)) {
      try (Stream<Article> all = store.articles()) {
        all.forEach(articles::add);
      }
      store.forEachExtraction((a, x) -> events.put(a.id(), x.events()));
    }
  }

  private static void list(PrintWriter out, String title, List<String> items) {
    if (items.isEmpty()) {
      return;
    }
    out.printf("  %s (%d):%n", title, items.size());
    items.forEach(i -> out.println("    " + i));
  }
}
