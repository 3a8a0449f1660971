package org.annalist.ingest.read;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import org.annalist.model.DocumentHints;
import org.annalist.model.Origin;
import org.annalist.model.RawDocument;
import org.annalist.model.SourceFormat;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * Reads an HTML file ({@code .html}, {@code .htm}, {@code .xhtml}, optionally {@code .gz}) as one
 * {@link SourceFormat#HTML} document. The markup is kept as is (cleaning is a later stage); the
 * bytes are decoded by {@link TextDecoder#decodeHtml} (a {@code <meta charset>} is honoured when
 * the bytes are not valid UTF-8). The origin's URL is the page's canonical link when it states an
 * absolute http(s) one. Immutable and thread-safe.
 */
public final class HtmlReader implements DocumentReader {
  /** How many leading characters are searched for the canonical link. */
  private static final int CANONICAL_SCAN_LENGTH = 64 * 1024;

  private final ReadOptions options;
  private final TextDecoder decoder;

  /** A reader with these options. */
  public HtmlReader(ReadOptions options) {
    this.options = Objects.requireNonNull(options, "options");
    this.decoder = new TextDecoder(options.fallbackCharset());
  }

  @Override
  public void read(Path file, DocumentSink sink) throws ReadException {
    byte[] bytes = Inputs.readAll(file, options.maxDocumentBytes());
    DecodedText decoded;
    try {
      decoded = decoder.decodeHtml(bytes, null);
    } catch (NotTextException e) {
      throw new ReadException(file.toString(), e.fileReason(), e);
    }
    sink.document(
        new RawDocument(
            new Origin(file.toString(), canonicalUrl(decoded.text()), null),
            SourceFormat.HTML,
            decoded.text(),
            decoded.charset(),
            DocumentHints.NONE,
            decoded.problems()));
  }

  /** The absolute http(s) canonical link of the page, or null. */
  static String canonicalUrl(String html) {
    String head =
        html.length() > CANONICAL_SCAN_LENGTH ? html.substring(0, CANONICAL_SCAN_LENGTH) : html;
    if (!head.toLowerCase(Locale.ROOT).contains("canonical")) {
      return null;
    }
    Element link = Jsoup.parse(head).selectFirst("link[rel~=(?i)^canonical$][href]");
    if (link == null) {
      return null;
    }
    String href = link.attr("href").strip();
    String lower = href.toLowerCase(Locale.ROOT);
    return lower.startsWith("http://") || lower.startsWith("https://") ? href : null;
  }
}
