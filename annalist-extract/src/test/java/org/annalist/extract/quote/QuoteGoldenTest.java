package org.annalist.extract.quote;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.annalist.ingest.clean.ArticleCleaner;
import org.annalist.model.Annotation;
import org.annalist.model.Article;
import org.annalist.model.Origin;
import org.annalist.model.Quote;
import org.annalist.model.QuoteKind;
import org.annalist.model.RawDocument;
import org.annalist.model.SourceFormat;
import org.annalist.model.Span;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Golden test on the five shared samples (skipped when absent) and demo articles: the goldens in
 * {@code golden/} were written by reading each article. Prints the scores of this extractor and of
 * CoreNLP's own quote annotator (spans only) and checks floors.
 */
@Tag("models")
class QuoteGoldenTest {
  private static final List<QuoteKind> MARKED = List.of(QuoteKind.DIRECT, QuoteKind.PARTIAL);
  private static final List<QuoteKind> ALL =
      List.of(QuoteKind.DIRECT, QuoteKind.PARTIAL, QuoteKind.INDIRECT);

  static Path golden() throws URISyntaxException {
    return Path.of(QuoteGoldenTest.class.getResource("golden").toURI());
  }

  static Path source(String goldenName) {
    String stem = goldenName.substring(0, goldenName.length() - ".quotes.tsv".length());
    if (stem.startsWith("demo__")) {
      String rel = stem.substring("demo__".length()).replace("__", "/");
      return Path.of(System.getProperty("annalist.root", ".."), "demo", "corpus", rel + ".txt");
    }
    return Path.of(System.getProperty("annalist.shared", "../shared"), "samples", stem + ".txt");
  }

  static Article article(Path file) throws IOException {
    String text = Files.readString(file, StandardCharsets.UTF_8).replace("\r\n", "\n");
    if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
      text = text.substring(1);
    }
    return new ArticleCleaner()
        .apply(
            new RawDocument(
                Origin.file(file.toString()), SourceFormat.TEXT, text, "UTF-8", null, null));
  }

  @Test
  void goldenScores() throws IOException, URISyntaxException {
    List<Path> goldens;
    try (Stream<Path> s = Files.list(golden())) {
      goldens = s.filter(p -> p.toString().endsWith(".quotes.tsv")).sorted().toList();
    }
    QuoteExtractor extractor = new QuoteExtractor();
    QuoteScorer.Score marked = new QuoteScorer.Score(0, 0, 0, 0, 0, 0);
    QuoteScorer.Score all = marked;
    QuoteScorer.Score indirect = marked;
    QuoteScorer.Score corenlp = marked;
    QuoteScorer.Score samplesMarked = marked;
    QuoteScorer.Score samplesCorenlp = marked;
    int files = 0;
    List<String> lines = new ArrayList<>();
    boolean dump = Boolean.getBoolean("quotes.dump");
    for (Path g : goldens) {
      Path src = source(g.getFileName().toString());
      if (!Files.isRegularFile(src)) {
        continue;
      }
      files++;
      Article a = article(src);
      Annotation ann = CoreNlpSupport.annotate(a);
      List<Quote> quotes = extractor.extract(a, ann, List.of());
      List<QuoteScorer.Expected> exp = QuoteScorer.read(g);
      QuoteScorer.Score m = QuoteScorer.score(exp, quotes, MARKED);
      QuoteScorer.Score i = QuoteScorer.score(exp, quotes, List.of(QuoteKind.INDIRECT));
      List<Span> cq = CoreNlpSupport.coreNlpQuotes(a);
      QuoteScorer.Score c = QuoteScorer.scoreSpans(exp, cq, a.body());
      marked = marked.plus(m);
      indirect = indirect.plus(i);
      all = all.plus(QuoteScorer.score(exp, quotes, ALL));
      corenlp = corenlp.plus(c);
      if (!g.getFileName().toString().startsWith("demo__")) {
        samplesMarked = samplesMarked.plus(m);
        samplesCorenlp = samplesCorenlp.plus(c);
      }
      lines.add(
          g.getFileName() + "\n  marked:   " + m + "\n  indirect: " + i + "\n  corenlp:  " + c);
      if (dump) {
        lines.add(
            "    mentions: "
                + ann.mentions().stream().map(x -> x.type() + ":" + x.text()).toList());
        if (Boolean.getBoolean("quotes.deps")) {
          for (var s : ann.sentences()) {
            lines.add(
                "    S"
                    + s.index()
                    + " "
                    + s.dependencies().stream()
                        .map(
                            d ->
                                d.relation()
                                    + "("
                                    + (d.governor() < 0
                                        ? "ROOT"
                                        : s.tokens().get(d.governor()).text())
                                    + ","
                                    + s.tokens().get(d.dependent()).text()
                                    + ")")
                        .toList());
          }
        }
        for (Quote q : quotes) {
          lines.add(
              String.format(
                  "    %-8s %-28s %-8s | %s",
                  q.kind(),
                  q.speaker() == null ? "-" : q.speaker().name(),
                  q.verb(),
                  q.text().length() > 60 ? q.text().substring(0, 60) : q.text()));
        }
        for (Span s : cq) {
          String t = s.of(a.body());
          lines.add("    corenlp | " + (t.length() > 60 ? t.substring(0, 60) : t));
        }
      }
    }
    assumeTrue(files > 0, "no golden sources present");
    lines.add("ALL marked (direct+partial): " + marked);
    lines.add("ALL indirect:                " + indirect);
    lines.add("ALL kinds:                   " + all);
    lines.add("CoreNLP quote annotator:     " + corenlp);
    lines.add("samples marked:              " + samplesMarked);
    lines.add("samples CoreNLP:             " + samplesCorenlp);
    System.out.println(String.join("\n", lines));
    assertTrue(marked.recall() >= 0.8, "marked recall " + marked);
    assertTrue(marked.precision() >= 0.8, "marked precision " + marked);
    assertTrue(marked.speakerRight() >= 0.75 * marked.matched(), "speakers " + marked);
    assertTrue(indirect.recall() >= 0.5, "indirect recall " + indirect);
  }
}
