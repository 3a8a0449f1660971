package org.annalist.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.annalist.eval.cluster.ClusterEval;
import org.annalist.eval.cluster.ClusterGold;
import org.annalist.eval.cluster.ClusterReport;
import org.annalist.eval.cluster.ClusterScore;
import org.annalist.eval.cluster.GoldKind;
import org.annalist.link.article.ArticleLinkOptions;
import org.annalist.link.article.ArticleLinker;
import org.annalist.link.article.LinkedPair;
import org.annalist.model.Article;
import org.annalist.model.Extraction;
import org.annalist.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code annalist eval clusters GOLD}: article linking against must-link/cannot-link gold. */
@Command(
    name = "clusters",
    mixinStandardHelpOptions = true,
    description = {
      "Scores near-duplicate copy groups and same-happening clusters against a gold file or"
          + " folder (docs/formats.md, 'Cluster gold'): pairwise precision, recall, F1, and"
          + " cannot-link pairs put together.",
      "Articles come from a store (--store) or are ingested from files and folders into a"
          + " temporary store (--corpus; loads the language models unless --no-language)."
    })
final class ClustersCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;

  @Parameters(paramLabel = "GOLD", description = "Gold JSON Lines file, or a folder of them.")
  private Path gold;

  @Option(names = "--store", paramLabel = "DIR", description = "Read articles from this store.")
  private Path storeDir;

  @Option(
      names = "--corpus",
      paramLabel = "PATH",
      arity = "1..*",
      description = "Ingest these files and folders into a temporary store first.")
  private List<Path> corpus;

  @Option(
      names = "--no-language",
      description = "With --corpus: link on text alone (no language models, no extractions).")
  private boolean noLanguage;

  @Option(
      names = "--window",
      paramLabel = "DAYS",
      description = "Date window of a happening (default: ${DEFAULT-VALUE}).")
  private int window = ArticleLinkOptions.DEFAULTS.windowDays();

  @Option(
      names = "--copy-threshold",
      paramLabel = "J",
      description = "Shingle Jaccard of copies (default: ${DEFAULT-VALUE}).")
  private double copy = ArticleLinkOptions.DEFAULTS.copyJaccard();

  @Option(
      names = "--cosine-threshold",
      paramLabel = "C",
      description = "TF-IDF cosine of the same happening (default: ${DEFAULT-VALUE}).")
  private double cosine = ArticleLinkOptions.DEFAULTS.happeningCosine();

  @Option(
      names = "--undated-cosine-threshold",
      paramLabel = "C",
      description = "TF-IDF cosine when an article has no date (default: ${DEFAULT-VALUE}).")
  private double undatedCosine = ArticleLinkOptions.DEFAULTS.undatedCosine();

  @Option(names = "--errors", description = "List wrong and missed pairs, and the pairs found.")
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
    ArticleLinkOptions options;
    try {
      options =
          ArticleLinkOptions.DEFAULTS
              .withWindowDays(window)
              .withThresholds(copy, cosine)
              .withUndatedCosine(undatedCosine);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage(), e);
    }
    ClusterGold g = ClusterGold.read(gold);
    PrintWriter out = spec.commandLine().getOut();
    List<Article> articles = new ArrayList<>();
    Map<String, Extraction> extractions = new HashMap<>();
    String from;
    if (storeDir != null) {
      if (!Files.isDirectory(storeDir)) {
        throw new NotFoundException("no store at " + storeDir);
      }
      load(storeDir, articles, extractions);
      from = storeDir.toString();
    } else {
      CorpusStore.withCorpus(
          "annalist-clusters-", corpus, !noLanguage, out, tmp -> load(tmp, articles, extractions));
      from = corpus + (noLanguage ? " (text only)" : "");
    }
    ClusterReport r = ClusterEval.run(g, articles, extractions, new ArticleLinker(options));
    out.printf(
        "clusters: %d articles (%d with an extraction) from %s%n",
        r.articles(), extractions.size(), from);
    out.printf(
        "  gold %s: %d same-happening groups, %d copy groups, %d cannot-link pairs%n",
        g.source(),
        g.of(GoldKind.SAME_HAPPENING).size(),
        g.of(GoldKind.COPIES).size(),
        g.of(GoldKind.DISTINCT).size());
    out.printf(
        Locale.ROOT,
        "  linker: window %d days, copies at Jaccard >= %.2f, same happening at cosine >= %.2f"
            + " (undated: %.2f)%n",
        options.windowDays(),
        options.copyJaccard(),
        options.happeningCosine(),
        options.undatedCosine());
    line(out, "same happening", r.happening());
    line(out, "copies", r.copies());
    if (!r.unmatched().isEmpty()) {
      out.printf("  gold articles not found (%d): %s%n", r.unmatched().size(), r.unmatched());
    }
    if (errors) {
      list(out, "wrong same-happening pairs", r.happening().falsePositives());
      list(out, "missed same-happening pairs", r.happening().falseNegatives());
      list(out, "cannot-link pairs put together", r.happening().violations());
      list(out, "wrong copy pairs", r.copies().falsePositives());
      list(out, "missed copy pairs", r.copies().falseNegatives());
      Map<String, String> names = new HashMap<>();
      articles.forEach(a -> names.put(a.id(), a.origins().get(0).display()));
      List<LinkedPair> pairs = new ArrayList<>(r.links().copies());
      pairs.addAll(r.links().sameHappening());
      pairs.sort(Comparator.comparingDouble(LinkedPair::score).reversed());
      out.printf("  pairs linked (%d):%n", pairs.size());
      for (LinkedPair p : pairs) {
        out.printf(
            "    %-14s %s + %s  [%s]%n",
            p.kind(), names.get(p.first()), names.get(p.second()), p.reason());
      }
      list(out, "linker problems", r.links().problems());
    }
    out.flush();
    return ExitCodes.OK;
  }

  private static void load(Path dir, List<Article> articles, Map<String, Extraction> extractions) {
    try (Store store = Store.open(dir)) {
      try (Stream<Article> all = store.articles()) {
        all.forEach(articles::add);
      }
      store.forEachExtraction((a, x) -> extractions.put(a.id(), x));
    }
  }

  private static void line(PrintWriter out, String what, ClusterScore s) {
    out.printf(
        Locale.ROOT,
        "  %-15s P %.3f  R %.3f  F1 %.3f   (%d of %d pairs right, %d gold pairs)%s%n",
        what,
        s.precision(),
        s.recall(),
        s.f1(),
        s.truePairs(),
        s.systemPairs(),
        s.goldPairs(),
        s.cannotLinks() == 0
            ? ""
            : String.format(
                Locale.ROOT,
                "; cannot-link pairs put together %d of %d",
                s.violated(),
                s.cannotLinks()));
  }

  private static void list(PrintWriter out, String title, List<String> items) {
    if (items.isEmpty()) {
      return;
    }
    out.printf("  %s (%d):%n", title, items.size());
    items.forEach(i -> out.println("    " + i));
  }
}
