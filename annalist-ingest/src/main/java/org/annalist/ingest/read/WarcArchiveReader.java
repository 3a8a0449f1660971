package org.annalist.ingest.read;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.zip.ZipException;
import org.annalist.model.DocumentHints;
import org.annalist.model.Failure;
import org.annalist.model.Origin;
import org.annalist.model.RawDocument;
import org.annalist.model.SourceFormat;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.MessageBody;
import org.netpreserve.jwarc.ParsingException;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcConversion;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcTargetRecord;
import org.netpreserve.jwarc.WarcTruncationReason;

/**
 * Reads a WARC file ({@code .warc}, or {@code .warc.gz} compressed per record or as a whole),
 * streamed with jwarc.
 *
 * <p>Documents: {@code response} records whose HTTP payload is HTML (status 2xx), and {@code
 * resource} / {@code conversion} records of type {@code text/html}; each becomes an {@link
 * SourceFormat#HTML} document with origin {@code (path, WARC-Target-URI, WARC-Record-ID)}. The HTTP
 * payload is de-chunked and its {@code Content-Encoding} (gzip, deflate) undone; its charset is the
 * one in the HTTP {@code Content-Type}, else the page's meta declaration, else detected.
 *
 * <p>Every other record (requests, metadata, images, redirects, ...) is skipped and counted, and
 * reported once per file through {@link DocumentSink#skipped}. An HTML record that cannot be
 * decoded (empty, binary, bad content encoding, too large) is a {@link Failure} at {@code
 * path#record-id} and reading goes on. A corrupt or truncated WARC stops the file with a {@link
 * ReadException} naming the byte offset of the record (for compressed files, the compressed
 * offset); records before it stay delivered.
 *
 * <p>Immutable and thread-safe.
 */
public final class WarcArchiveReader implements DocumentReader {
  private final ReadOptions options;
  private final TextDecoder decoder;

  /** A reader with these options. */
  public WarcArchiveReader(ReadOptions options) {
    this.options = Objects.requireNonNull(options, "options");
    this.decoder = new TextDecoder(options.fallbackCharset());
  }

  @Override
  public void read(Path file, DocumentSink sink) throws ReadException {
    Inputs.checkFile(file);
    String where = file.toString();
    Map<String, Integer> skipped = new TreeMap<>();
    int records = 0;
    WarcReader warc = null;
    try {
      warc = open(file);
      while (true) {
        Optional<WarcRecord> next = nextRecord(warc, file, records);
        if (next.isEmpty()) {
          break;
        }
        records++;
        readRecord(file, next.get(), records, sink, skipped);
      }
    } catch (ReadException e) {
      reportSkipped(where, skipped, sink); // what was skipped before the damage still counts
      throw e;
    } finally {
      close(warc);
    }
    if (records == 0) {
      throw new ReadException(where, "not a WARC file (no records)");
    }
    reportSkipped(where, skipped, sink);
  }

  private static void reportSkipped(String where, Map<String, Integer> skipped, DocumentSink sink) {
    int total = skipped.values().stream().mapToInt(Integer::intValue).sum();
    if (total > 0) {
      var summary = new StringBuilder();
      skipped.forEach(
          (kind, n) ->
              summary.append(summary.length() == 0 ? "" : ", ").append(n).append(' ').append(kind));
      sink.skipped(
          where,
          total,
          "skipped " + total + " non-HTML WARC record" + (total == 1 ? "" : "s") + ": " + summary);
    }
  }

  private static WarcReader open(Path file) throws ReadException {
    FileChannel channel = null;
    try {
      channel = FileChannel.open(file);
      return new WarcReader(channel);
    } catch (EOFException e) {
      closeChannel(channel);
      throw new ReadException(file.toString(), "not a WARC file (too short)", e);
    } catch (IOException e) {
      closeChannel(channel);
      throw Inputs.failure(file, e, false);
    }
  }

  private static void closeChannel(FileChannel channel) {
    if (channel == null) {
      return;
    }
    try {
      channel.close();
    } catch (IOException ignored) {
      // already failing; the first error is the one reported
    }
  }

  private static Optional<WarcRecord> nextRecord(WarcReader warc, Path file, int index)
      throws ReadException {
    boolean gzip = warc.compression() == WarcCompression.GZIP;
    try {
      return warc.next();
    } catch (ParsingException e) {
      String what = index == 0 ? "not a WARC file or corrupt WARC record" : "corrupt WARC record";
      throw new ReadException(file.toString(), what + at(warc, index) + ": " + e.getMessage(), e);
    } catch (EOFException e) {
      String what = gzip ? "truncated gzip stream" : "truncated WARC record";
      throw new ReadException(file.toString(), what + at(warc, index), e);
    } catch (ZipException e) {
      throw new ReadException(
          file.toString(),
          "corrupt gzip stream" + at(warc, index) + " (" + e.getMessage() + ")",
          e);
    } catch (IllegalArgumentException e) {
      // jwarc throws this for unparsable header values, e.g. a Content-Length that is no number
      throw new ReadException(
          file.toString(), "corrupt WARC record" + at(warc, index) + ": " + e.getMessage(), e);
    } catch (IOException e) {
      throw Inputs.failure(file, e, gzip);
    }
  }

  /** Where reading stopped: the start of the record being read (compressed offset for gzip). */
  private static String at(WarcReader warc, int index) {
    return " at byte " + warc.position() + (index == 0 ? "" : " (after record " + index + ")");
  }

  /** The record's WARC-Record-ID without angle brackets, or {@code record N} when it has none. */
  private static String recordId(WarcRecord record, int index) {
    return record
        .headers()
        .first("WARC-Record-ID")
        .map(id -> id.strip().replaceAll("^<|>$", ""))
        .filter(id -> !id.isEmpty())
        .orElse("record " + index);
  }

  private void readRecord(
      Path file, WarcRecord record, int index, DocumentSink sink, Map<String, Integer> skipped)
      throws ReadException {
    String id = recordId(record, index);
    String location = file + "#" + id;
    try {
      Payload payload = payload(record, skipped);
      if (payload == null) {
        return;
      }
      long size = payload.declaredSize;
      if (size > options.maxDocumentBytes()) {
        sink.failure(
            new Failure(
                location,
                "record too large ("
                    + size
                    + " bytes > limit "
                    + options.maxDocumentBytes()
                    + ")"));
        return;
      }
      byte[] bytes = readBounded(payload.body);
      if (bytes == null) {
        sink.failure(
            new Failure(
                location,
                "record too large (decodes to more than "
                    + options.maxDocumentBytes()
                    + " bytes > limit "
                    + options.maxDocumentBytes()
                    + ")"));
        return;
      }
      DecodedText decoded;
      try {
        decoded = decoder.decodeHtml(bytes, payload.charset);
      } catch (NotTextException e) {
        String reason =
            e.kind() == NotTextException.Kind.EMPTY
                ? "empty HTML payload"
                : "binary HTML payload (not text)";
        sink.failure(new Failure(location, reason));
        return;
      }
      List<String> problems = new ArrayList<>(decoded.problems());
      truncation(record).ifPresent(problems::add);
      String url = record instanceof WarcTargetRecord t ? t.target() : null;
      sink.document(
          new RawDocument(
              new Origin(file.toString(), url, id),
              SourceFormat.HTML,
              decoded.text(),
              decoded.charset(),
              DocumentHints.NONE,
              problems));
    } catch (EOFException e) {
      throw new ReadException(file.toString(), "truncated WARC record " + id, e);
    } catch (ParsingException e) {
      sink.failure(new Failure(location, "invalid HTTP response: " + e.getMessage()));
    } catch (IOException e) {
      sink.failure(new Failure(location, "cannot decode the HTTP payload: " + e.getMessage()));
    } catch (IllegalArgumentException e) {
      sink.failure(new Failure(location, "invalid record headers: " + e.getMessage()));
    }
  }

  private static Optional<String> truncation(WarcRecord record) {
    Optional<String> header = record.headers().sole("WARC-Truncated");
    if (header.isEmpty()) {
      return Optional.empty();
    }
    try {
      return record.truncated() == WarcTruncationReason.NOT_TRUNCATED
          ? Optional.empty()
          : Optional.of("payload truncated by the crawler (WARC-Truncated: " + header.get() + ")");
    } catch (IllegalArgumentException e) {
      return Optional.of("payload truncated by the crawler (WARC-Truncated: " + header.get() + ")");
    }
  }

  /** The HTML payload of a record, or null when the record is not HTML (counted in skipped). */
  private static Payload payload(WarcRecord record, Map<String, Integer> skipped)
      throws IOException {
    if (record instanceof WarcResponse response) {
      MediaType blockType = response.contentType();
      if (!"application".equals(lower(blockType.type()))
          || !"http".equals(lower(blockType.subtype()))) {
        count(skipped, "response " + describe(blockType));
        return null;
      }
      HttpResponse http = response.http();
      MediaType type = http.contentType();
      if (!isHtml(type)) {
        count(skipped, "response " + describe(type));
        return null;
      }
      if (http.status() < 200 || http.status() > 299) {
        count(skipped, "response HTTP " + http.status());
        return null;
      }
      return new Payload(http.bodyDecoded(), http.body().size(), type.parameters().get("charset"));
    }
    if (record instanceof WarcResource || record instanceof WarcConversion) {
      MediaType type = record.contentType();
      if (!isHtml(type)) {
        count(skipped, type(record) + " " + describe(type));
        return null;
      }
      return new Payload(record.body(), record.body().size(), type.parameters().get("charset"));
    }
    count(skipped, type(record));
    return null;
  }

  private static String type(WarcRecord record) {
    return record.headers().first("WARC-Type").orElse("(no WARC-Type)");
  }

  /** The whole body, or null when it exceeds the limit. */
  private byte[] readBounded(MessageBody body) throws IOException {
    long limit = options.maxDocumentBytes();
    try (InputStream in = body.stream()) {
      byte[] bytes = in.readNBytes((int) Math.min(limit + 1, ReadOptions.MAX_LIMIT));
      return bytes.length > limit ? null : bytes;
    }
  }

  private static boolean isHtml(MediaType type) {
    String t = lower(type.type()) + "/" + lower(type.subtype());
    return "text/html".equals(t) || "application/xhtml+xml".equals(t);
  }

  private static String describe(MediaType type) {
    String t = lower(type.type());
    String sub = lower(type.subtype());
    return t.isEmpty() || sub.isEmpty() ? "(no media type)" : t + "/" + sub;
  }

  private static String lower(String s) {
    return s == null ? "" : s.toLowerCase(Locale.ROOT);
  }

  private static void count(Map<String, Integer> skipped, String kind) {
    skipped.merge(kind, 1, Integer::sum);
  }

  private static void close(WarcReader warc) {
    if (warc == null) {
      return;
    }
    try {
      warc.close();
    } catch (IOException ignored) {
      // reading is over; a close error changes nothing that was delivered
    }
  }

  private record Payload(MessageBody body, long declaredSize, String charset) {}
}
