package org.annalist.cli;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.annalist.extract.actor.Dictionaries;
import org.annalist.extract.actor.LoadProblem;
import org.annalist.pipeline.CoderDictionaries;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code annalist dictionaries [DIR]}: reads the coder's dictionaries (the project's, plus a folder
 * of the user's) and reports what they hold and every line the readers could not take.
 */
@Command(
    name = "dictionaries",
    mixinStandardHelpOptions = true,
    description = {
      "Checks coder dictionaries: the project's own, plus DIR's files in the TABARI/PETRARCH",
      "formats (NAME.actors.txt, NAME.agents.txt, NAME.verbs.txt, NAME.nouns.txt,",
      "NAME.discards.txt) as `ingest --dictionaries DIR` would use them. Prints the sizes and",
      "each line skipped or read leniently (file:line: what was done). Exit 1 when lines were",
      "skipped."
    })
final class DictionariesCommand implements Callable<Integer> {
  /** Problems printed by {@link #load} before it refers to this command for the rest. */
  private static final int SHOWN = 10;

  @Spec private CommandSpec spec;

  @Parameters(
      paramLabel = "DIR",
      arity = "0..1",
      description = "Folder of dictionary files (default: the project's own only).")
  private Path dir;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    CoderDictionaries cd;
    try {
      cd = dir == null ? CoderDictionaries.builtIn() : CoderDictionaries.withFolder(dir);
    } catch (IllegalArgumentException | UncheckedIOException e) {
      err.println("annalist dictionaries: " + e.getMessage());
      err.flush();
      return ExitCodes.USAGE;
    }
    Dictionaries d = cd.dictionaries();
    out.printf(
        "Dictionaries: %s%n", dir == null ? "the project's own" : "the project's own + " + dir);
    out.printf("  fingerprint:      %s%n", cd.fingerprint());
    out.printf("  actor phrases:    %,d%n", d.actors().phraseCount());
    out.printf("  agent phrases:    %,d%n", d.agents().phraseCount());
    out.printf(
        "  verb forms:       %,d (%,d patterns, %,d synsets)%n",
        d.verbs().forms().size(), d.verbs().patternCount(), d.verbs().synsets().size());
    out.printf(
        "  noun forms:       %,d (%,d patterns)%n",
        cd.nouns().forms().size(), cd.nouns().patternCount());
    out.printf(
        "  discard phrases:  %,d (%,d for whole articles)%n",
        d.discards().all().size(), d.discards().storyLevel().size());
    List<LoadProblem> problems = cd.problems();
    long skipped = problems.stream().filter(p -> p.kind() == LoadProblem.Kind.SKIPPED).count();
    out.printf(
        "  problems:         %,d (%,d lines skipped, %,d read leniently)%n",
        problems.size(), skipped, problems.size() - skipped);
    for (LoadProblem p : problems) {
      out.println("    " + p);
    }
    out.flush();
    return skipped > 0 ? ExitCodes.SOME_FAILED : ExitCodes.OK;
  }

  /**
   * The dictionaries {@code ingest} codes with: the project's own when {@code dir} is null, else
   * with the folder's; problems are summed up on {@code err}. Returns null, after saying why on
   * {@code err}, when the folder cannot be used.
   */
  static CoderDictionaries load(Path dir, PrintWriter err) {
    if (dir == null) {
      return CoderDictionaries.builtIn();
    }
    CoderDictionaries cd;
    try {
      cd = CoderDictionaries.withFolder(dir);
    } catch (IllegalArgumentException | UncheckedIOException e) {
      err.println("annalist: --dictionaries: " + e.getMessage());
      err.flush();
      return null;
    }
    List<LoadProblem> problems = cd.problems();
    if (!problems.isEmpty()) {
      err.printf("dictionaries in %s: %,d lines not taken as written%n", dir, problems.size());
      problems.stream().limit(SHOWN).forEach(p -> err.println("  " + p));
      if (problems.size() > SHOWN) {
        err.printf("  ... (all of them: annalist dictionaries %s)%n", dir);
      }
      err.flush();
    }
    return cd;
  }
}
