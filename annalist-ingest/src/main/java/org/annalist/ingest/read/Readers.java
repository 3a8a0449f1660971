package org.annalist.ingest.read;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.annalist.model.Failure;
import org.annalist.model.RawDocument;

/**
 * The readers' front door: reads files and folders into {@link RawDocument}s.
 *
 * <pre>{@code
 * ReadSummary summary = Readers.standard().read(List.of(Path.of("news")), sink);
 * }</pre>
 *
 * <p>Folders are walked recursively in sorted name order, skipping hidden entries (names starting
 * with a dot). Each file is read by the reader its extension names ({@link FileFormat#byName}); a
 * file with an unknown extension is sniffed ({@link FileFormat#bySniffing}) and fails with {@code
 * not a supported format} when binary. Every file-level problem becomes a {@link Failure} and the
 * batch goes on; nothing is thrown for bad input.
 *
 * <p>Immutable and thread-safe; the sink is called on the calling thread.
 */
public final class Readers implements DocumentReader {
  private final PlainTextReader text;
  private final HtmlReader html;
  private final JsonLinesReader jsonLines;
  private final WarcArchiveReader warc;

  /** Readers with these options. */
  public Readers(ReadOptions options) {
    Objects.requireNonNull(options, "options");
    this.text = new PlainTextReader(options);
    this.html = new HtmlReader(options);
    this.jsonLines = new JsonLinesReader(options);
    this.warc = new WarcArchiveReader(options);
  }

  /** Readers with {@link ReadOptions#DEFAULTS}. */
  public static Readers standard() {
    return new Readers(ReadOptions.DEFAULTS);
  }

  /**
   * Reads every file of {@code paths} (files, or folders walked recursively) in order.
   *
   * @return what was visited; every problem went to {@code sink} as a failure
   */
  public ReadSummary read(List<Path> paths, DocumentSink sink) {
    var counting = new CountingSink(Objects.requireNonNull(sink, "sink"));
    Set<Path> visitedDirectories = new HashSet<>();
    for (Path path : paths) {
      visit(path, counting, visitedDirectories);
    }
    return counting.summary();
  }

  /**
   * Reads one file with the reader for its format (by extension, else by content).
   *
   * @throws ReadException when the file cannot be read at all, or its format is not supported
   */
  @Override
  public void read(Path file, DocumentSink sink) throws ReadException {
    readerFor(file).read(file, sink);
  }

  /** The reader for {@code file}: by extension, else by sniffing its first bytes. */
  public DocumentReader readerFor(Path file) throws ReadException {
    Optional<FileFormat> format = FileFormat.byName(file);
    if (format.isEmpty()) {
      byte[] head = Inputs.head(file, TextDecoder.SNIFF_LENGTH);
      format = FileFormat.bySniffing(head);
    }
    if (format.isEmpty()) {
      throw new ReadException(
          file.toString(), "not a supported format (unknown extension and binary content)");
    }
    return switch (format.get()) {
      case TEXT -> text;
      case HTML -> html;
      case JSON_LINES -> jsonLines;
      case WARC -> warc;
    };
  }

  private void visit(Path path, CountingSink sink, Set<Path> visitedDirectories) {
    if (Files.isDirectory(path)) {
      walk(path, sink, visitedDirectories);
    } else if (Files.isRegularFile(path)) {
      sink.files++;
      try {
        read(path, sink);
      } catch (ReadException e) {
        sink.failure(e.toFailure());
      }
    } else if (Files.exists(path)) {
      sink.failure(new Failure(path.toString(), "not a regular file"));
    } else {
      sink.failure(new Failure(path.toString(), "file not found"));
    }
  }

  private void walk(Path dir, CountingSink sink, Set<Path> visitedDirectories) {
    List<Path> children = new ArrayList<>();
    try {
      if (!visitedDirectories.add(dir.toRealPath())) {
        return; // reached again through a symbolic link
      }
      try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
        for (Path child : entries) {
          if (!hidden(child)) {
            children.add(child);
          }
        }
      }
    } catch (IOException e) {
      sink.failure(Inputs.failure(dir, e, false).toFailure());
      return;
    }
    children.sort(Comparator.comparing(p -> p.getFileName().toString()));
    for (Path child : children) {
      visit(child, sink, visitedDirectories);
    }
  }

  private static boolean hidden(Path path) {
    Path name = path.getFileName();
    return name != null && name.toString().startsWith(".");
  }

  /** Passes everything on and counts it. */
  private static final class CountingSink implements DocumentSink {
    private final DocumentSink sink;
    private int files;
    private int documents;
    private int failures;
    private int skipped;

    CountingSink(DocumentSink sink) {
      this.sink = sink;
    }

    @Override
    public void document(RawDocument doc) {
      documents++;
      sink.document(doc);
    }

    @Override
    public void failure(Failure failure) {
      failures++;
      sink.failure(failure);
    }

    @Override
    public void skipped(String location, int count, String summary) {
      skipped += count;
      sink.skipped(location, count, summary);
    }

    ReadSummary summary() {
      return new ReadSummary(files, documents, failures, skipped);
    }
  }
}
