package org.annalist.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.annalist.model.Article;
import org.annalist.model.ArticleEntity;
import org.annalist.model.Event;
import org.annalist.model.Extraction;
import org.annalist.model.Origin;
import org.annalist.model.Quote;
import org.annalist.model.Removed;
import org.annalist.model.Role;
import org.annalist.model.TimeExpression;
import org.annalist.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code annalist show ID}: one cleaned article with its metadata and removed spans. */
@Command(
    name = "show",
    mixinStandardHelpOptions = true,
    description =
        "Prints one cleaned article: metadata (with how each field was found), body,"
            + " and what the cleaner removed.")
final class ShowCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;
  @Mixin private StoreOption store;

  @Parameters(paramLabel = "ID", description = "Article id, or a unique prefix of 6+ characters.")
  private String id;

  @Option(names = "--no-removed", description = "Leave out the removed spans.")
  private boolean noRemoved;

  @Override
  public Integer call() {
    if (!Files.isDirectory(store.dir())) {
      throw new NotFoundException("no store at " + store.dir());
    }
    Article a;
    Extraction x;
    try (Store st = store.open()) {
      a = st.article(id).orElseThrow(() -> new NotFoundException("no article " + id));
      x = st.extraction(a.id()).orElse(null);
    }
    PrintWriter out = spec.commandLine().getOut();
    out.println("id:        " + a.id());
    field(out, "title", a.title(), a);
    field(out, "published", a.published() == null ? null : a.published().toString(), a);
    field(out, "outlet", a.outlet(), a);
    field(out, "dateline", a.dateline(), a);
    field(out, "byline", a.byline(), a);
    field(out, "language", a.language(), a);
    for (Origin o : a.origins()) {
      out.println("origin:    " + o.display());
    }
    for (String note : a.notes()) {
      out.println("note:      " + note);
    }
    out.println();
    out.println(a.body());
    if (x != null) {
      printExtraction(out, a, x);
    }
    if (!noRemoved && !a.removed().isEmpty()) {
      out.println();
      out.println("Removed (" + a.removed().size() + "; offsets into the source text):");
      for (Removed r : a.removed()) {
        out.printf(
            "  %6d-%-6d %-20s %s%n",
            r.span().start(), r.span().end(), r.reason(), abbreviate(r.text(), 90));
      }
    }
    out.flush();
    return ExitCodes.OK;
  }

  private static void printExtraction(PrintWriter out, Article a, Extraction x) {
    out.println();
    out.println("Entities (" + x.entities().size() + "):");
    for (ArticleEntity e : x.entities()) {
      out.printf(
          "  %-4s %-12s %-30s %d mention(s)%s%s%n",
          e.key(),
          e.type(),
          abbreviate(e.name(), 30),
          e.mentions().size(),
          e.aliases().isEmpty() ? "" : "  aka " + abbreviate(String.join(", ", e.aliases()), 40),
          e.roles().isEmpty()
              ? ""
              : "  — "
                  + abbreviate(
                      String.join("; ", e.roles().stream().map(Role::title).toList()), 50));
    }
    out.println("Time expressions (" + x.times().size() + "):");
    for (TimeExpression t : x.times()) {
      out.printf(
          "  %6d-%-6d %-24s %-8s %s%n",
          t.span().start(), t.span().end(), abbreviate(t.text(), 24), t.type(), t.value());
    }
    out.println("Quotes (" + x.quotes().size() + "):");
    for (Quote q : x.quotes()) {
      out.printf(
          "  %6d-%-6d %-8s %-22s %s%n",
          q.span().start(),
          q.span().end(),
          q.kind().name().toLowerCase(Locale.ROOT),
          abbreviate(q.speaker() == null ? "(no speaker)" : q.speaker().name(), 22),
          abbreviate(q.text(), 70));
    }
    out.println("Events (" + x.events().size() + "):");
    for (Event e : x.events()) {
      out.printf(
          "  %6d-%-6d %s %-10s %s → %s  %s [%s]%n",
          e.triggerSpan().start(),
          e.triggerSpan().end(),
          e.cameo(),
          e.plover() == null ? "-" : e.plover(),
          e.source().code(),
          e.target() == null ? "-" : e.target().code(),
          e.date() == null ? "-" : e.date(),
          e.factuality().name().toLowerCase(Locale.ROOT));
    }
  }

  private static void field(PrintWriter out, String name, String value, Article a) {
    Map<String, String> how = a.provenance();
    String found = how.containsKey(name) ? "   [" + how.get(name) + "]" : "";
    out.printf("%-10s %s%s%n", name + ":", value == null ? "-" : value, found);
  }

  static String abbreviate(String s, int max) {
    String one = s.replace('\n', ' ');
    return one.length() <= max ? one : one.substring(0, max - 1) + "…";
  }
}
