package org.annalist.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.annalist.extract.event.EventExports;
import org.annalist.extract.event.GdeltRun;
import org.annalist.model.Event;
import org.annalist.pipeline.EntityExports;
import org.annalist.pipeline.LinkExports;
import org.annalist.store.ExportFormat;
import org.annalist.store.ExtractionExports;
import org.annalist.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code annalist export --what articles|...|stories|linked-events --format jsonl|csv [--out
 * FILE]}.
 */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    description = "Writes what the store holds, as JSON Lines or CSV (see docs/formats.md).")
final class ExportCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;

  /** What can be exported, named as users type them ({@code linked-events}). */
  enum What {
    articles,
    entities,
    times,
    quotes,
    events,
    stories,
    linked_events;

    /** The name users type. */
    String label() {
      return name().replace('_', '-');
    }
  }

  /** Reads {@code --what} values by their typed names. */
  static final class WhatConverter implements ITypeConverter<What> {
    @Override
    public What convert(String value) {
      for (What w : What.values()) {
        if (w.label().equals(value)) {
          return w;
        }
      }
      throw new TypeConversionException(
          "expected one of "
              + String.join(", ", new WhatCandidates())
              + " but was '"
              + value
              + "'");
    }
  }

  /** The typed names of {@link What}, for help and completion. */
  static final class WhatCandidates implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return Arrays.stream(What.values()).map(What::label).iterator();
    }
  }

  /** Output formats, named as users type them. */
  enum Format {
    jsonl(ExportFormat.JSONL),
    csv(ExportFormat.CSV),
    /** Events only: the GDELT 2.0 event table's 61 tab-separated columns. */
    gdelt(null),
    /** Events only: PLOVER JSON records. */
    plover(null);

    private final ExportFormat format;

    Format(ExportFormat format) {
      this.format = format;
    }
  }

  @Mixin private StoreOption store;

  @Option(
      names = "--what",
      description = "What to export: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).",
      defaultValue = "articles",
      converter = WhatConverter.class,
      completionCandidates = WhatCandidates.class)
  private What what;

  @Option(
      names = "--format",
      description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).",
      defaultValue = "jsonl")
  private Format format;

  @Option(names = "--out", paramLabel = "FILE", description = "Write here instead of stdout.")
  private Path out;

  private long export(Store st, Writer w) throws IOException {
    if (what == What.events) {
      List<Event> events = EntityExports.of(st).events(st);
      EventExports x = EventExports.load();
      return switch (format) {
        case jsonl -> x.jsonl(events, w);
        case gdelt ->
            x.gdelt(events, new GdeltRun(LocalDateTime.now(ZoneOffset.UTC), sourceUrls(st)), w);
        case plover -> x.plover(events, w);
        case csv ->
            throw new ParameterException(
                spec.commandLine(), "events export as jsonl, gdelt or plover, not csv");
      };
    }
    if (format.format == null) {
      throw new ParameterException(
          spec.commandLine(), "--format " + format + " is for --what events only");
    }
    return switch (what) {
      case articles -> st.export(format.format, w);
      case times -> ExtractionExports.times(st, format.format, w);
      case entities -> EntityExports.of(st).entities(format.format, w);
      case quotes -> EntityExports.of(st).quotes(st, format.format, w);
      case stories -> LinkExports.standard().stories(st, format.format, w);
      case linked_events -> LinkExports.standard().linkedEvents(st, format.format, w);
      case events -> throw new IllegalStateException("handled above");
    };
  }

  /** Article id to the URL (or path) it was first read from, for GDELT's SOURCEURL. */
  private static Function<String, String> sourceUrls(Store st) {
    return id ->
        st.article(id)
            .map(a -> a.origins().get(0))
            .map(o -> o.url() != null ? o.url() : o.path())
            .orElse("");
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
          System.err.printf("wrote %,d %s to %s%n", n, what.label(), out);
        }
      }
    }
    return ExitCodes.OK;
  }
}
