package org.annalist.ingest.read;

import java.nio.file.Path;
import java.util.Objects;
import org.annalist.model.DocumentHints;
import org.annalist.model.Origin;
import org.annalist.model.RawDocument;
import org.annalist.model.SourceFormat;

/**
 * Reads a plain-text file ({@code .txt}, {@code .text}, optionally {@code .gz}) as one {@link
 * SourceFormat#TEXT} document, decoded by {@link TextDecoder}. Immutable and thread-safe.
 */
public final class PlainTextReader implements DocumentReader {
  private final ReadOptions options;
  private final TextDecoder decoder;

  /** A reader with these options. */
  public PlainTextReader(ReadOptions options) {
    this.options = Objects.requireNonNull(options, "options");
    this.decoder = new TextDecoder(options.fallbackCharset());
  }

  @Override
  public void read(Path file, DocumentSink sink) throws ReadException {
    byte[] bytes = Inputs.readAll(file, options.maxDocumentBytes());
    DecodedText decoded;
    try {
      decoded = decoder.decodeText(bytes);
    } catch (NotTextException e) {
      throw new ReadException(file.toString(), e.fileReason(), e);
    }
    sink.document(
        new RawDocument(
            Origin.file(file.toString()),
            SourceFormat.TEXT,
            decoded.text(),
            decoded.charset(),
            DocumentHints.NONE,
            decoded.problems()));
  }
}
