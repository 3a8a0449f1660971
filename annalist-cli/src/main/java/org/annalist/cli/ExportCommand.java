package org.annalist.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.annalist.pipeline.EntityExports;
import org.annalist.store.ExportFormat;
import org.annalist.store.ExtractionExports;
import org.annalist.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code annalist export --what articles --format jsonl|csv [--out FILE]}. */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    description = "Writes what the store holds, as JSON Lines or CSV (see docs/formats.md).")
final class ExportCommand implements Callable<Integer> {
  /** What can be exported; later stages add entities, times, quotes, events, stories. */
  enum What {
    articles,
    entities,
    times,
    quotes
  }

  /** Output formats, named as users type them. */
  enum Format {
    jsonl(ExportFormat.JSONL),
    csv(ExportFormat.CSV);

    private final ExportFormat format;

    Format(ExportFormat format) {
      this.format = format;
    }
  }

  @Mixin private StoreOption store;

  @Option(
      names = "--what",
      description = "What to export: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).",
      defaultValue = "articles")
  private What what;

  @Option(
      names = "--format",
      description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).",
      defaultValue = "jsonl")
  private Format format;

  @Option(names = "--out", paramLabel = "FILE", description = "Write here instead of stdout.")
  private Path out;

  private long export(Store st, Writer w) throws IOException {
    return switch (what) {
      case articles -> st.export(format.format, w);
      case times -> ExtractionExports.times(st, format.format, w);
      case entities -> EntityExports.of(st).entities(format.format, w);
      case quotes -> EntityExports.of(st).quotes(st, format.format, w);
    };
  }

  @Override
  public Integer call() throws IOException {
    if (!Files.isDirectory(store.dir())) {
      throw new NotFoundException("no store at " + store.dir() + " (run `annalist ingest` first)");
    }
    try (Store st = store.open()) {
      if (out == null) {
        Writer w = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8));
        export(st, w);
        w.flush();
      } else {
        try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
          long n = export(st, w);
          System.err.printf("wrote %,d %s to %s%n", n, what, out);
        }
      }
    }
    return ExitCodes.OK;
  }
}
