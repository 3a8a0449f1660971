package org.annalist.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.util.Map;
import java.util.concurrent.Callable;
import org.annalist.model.Article;
import org.annalist.model.Origin;
import org.annalist.model.Removed;
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
    try (Store st = store.open()) {
      a = st.article(id).orElseThrow(() -> new NotFoundException("no article " + id));
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
