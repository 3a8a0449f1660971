package org.annalist.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.util.concurrent.Callable;
import org.annalist.link.event.IdChange;
import org.annalist.pipeline.LinkJob;
import org.annalist.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code annalist link}: link the stored events across articles and build story threads. */
@Command(
    name = "link",
    mixinStandardHelpOptions = true,
    description = {
      "Links the stored events across articles into linked events and story threads.",
      "Reports of one happening are merged, with stable ids (see docs/linking.md).",
      "Idempotent; `annalist ingest` runs it at the end unless --no-link is given."
    })
final class LinkCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;
  @Mixin private StoreOption store;

  @Override
  public Integer call() {
    if (!Files.isDirectory(store.dir())) {
      throw new NotFoundException("no store at " + store.dir() + " (run `annalist ingest` first)");
    }
    LinkJob.Summary s;
    try (Store st = store.open()) {
      s = LinkJob.standard().run(st);
    }
    printLinking(spec.commandLine().getOut(), s);
    return ExitCodes.OK;
  }

  /** Says on {@code err} when the store holds no linked events (never linked, or no events). */
  static void hintIfNeverLinked(Store st, PrintWriter err) {
    if (st.linkRegistry().ids().isEmpty()) {
      err.println(
          "note: the store holds no linked events (if it was ingested with --no-link, run"
              + " `annalist link --store "
              + st.dir()
              + "`)");
      err.flush();
    }
  }

  static void printLinking(PrintWriter out, LinkJob.Summary s) {
    out.printf(
        "Linking: %,d articles: %,d copies of another article, %,d same-happening clusters%n",
        s.articles(), s.copies(), s.happenings());
    out.printf(
        "         %,d event mentions -> %,d linked events (%,d reported by several articles,"
            + " %,d disputed), %,d stories in %.1f s%n",
        s.mentions(),
        s.events(),
        s.multiReport(),
        s.disputed(),
        s.stories(),
        Math.max(s.elapsed().toMillis(), 1) / 1000.0);
    if (!s.changes().isEmpty()) {
      out.printf("  id changes:       %,d%n", s.changes().size());
      for (IdChange c : s.changes()) {
        out.println(
            "    "
                + c.kind().name().toLowerCase(java.util.Locale.ROOT)
                + " "
                + c.from()
                + (c.to() == null ? "" : " -> " + c.to()));
      }
    }
    if (!s.problems().isEmpty()) {
      out.printf("  problems:         %,d%n", s.problems().size());
      for (String p : s.problems()) {
        out.println("    " + p);
      }
    }
    out.flush();
  }
}
