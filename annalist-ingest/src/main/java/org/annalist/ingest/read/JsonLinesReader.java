package org.annalist.ingest.read;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.annalist.model.DocumentHints;
import org.annalist.model.Failure;
import org.annalist.model.Origin;
import org.annalist.model.RawDocument;
import org.annalist.model.SourceFormat;

/**
 * Reads a JSON Lines file ({@code .jsonl}, {@code .ndjson}, optionally {@code .gz}): one article
 * per line, streamed.
 *
 * <p>Each line is a JSON object with {@code text} or {@code html} (at least one, non-blank; {@code
 * html} wins when both are given) and optionally {@code url}, {@code id}, {@code title}, {@code
 * published}, {@code outlet}. The origin is {@code (path, url, id or "line N")}; title, published
 * and outlet become {@link DocumentHints}. Blank lines are skipped. A line that is not a JSON
 * object, has no text, or is larger than the size limit is reported as a {@link Failure} at {@code
 * path#line N} and the next line is read. Lines are UTF-8; invalid bytes become U+FFFD with a
 * problem note.
 *
 * <p>Immutable and thread-safe.
 */
public final class JsonLinesReader implements DocumentReader {
  private static final int MAX_REASON_DETAIL = 200;

  private final ReadOptions options;
  private final ObjectMapper mapper;

  /** A reader with these options. */
  public JsonLinesReader(ReadOptions options) {
    this.options = Objects.requireNonNull(options, "options");
    JsonFactory factory =
        JsonFactory.builder()
            .streamReadConstraints(
                StreamReadConstraints.builder()
                    .maxStringLength((int) options.maxDocumentBytes())
                    .build())
            .build();
    this.mapper =
        JsonMapper.builder(factory).enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();
  }

  @Override
  public void read(Path file, DocumentSink sink) throws ReadException {
    Inputs.checkFile(file);
    String where = file.toString();
    boolean any = false;
    try (InputStream in = Inputs.open(file)) {
      in.mark(TextDecoder.SNIFF_LENGTH);
      byte[] head = in.readNBytes(TextDecoder.SNIFF_LENGTH);
      in.reset();
      if (TextDecoder.looksBinary(head, head.length)) {
        throw new ReadException(where, "binary file (not text)");
      }
      var lines = new LineReader(in, options.maxDocumentBytes());
      while (lines.next()) {
        int number = lines.number();
        if (lines.tooLong()) {
          any = true;
          sink.failure(
              new Failure(
                  where + "#line " + number,
                  "line too large (more than " + options.maxDocumentBytes() + " bytes)"));
          continue;
        }
        List<String> problems = new ArrayList<>();
        String line = TextDecoder.decodeUtf8Line(lines.bytes(), lines.length(), problems);
        if (number == 1 && line.startsWith("\uFEFF")) {
          line = line.substring(1);
        }
        if (line.isBlank()) {
          continue;
        }
        any = true;
        try {
          sink.document(document(file, number, line, problems));
        } catch (ReadException e) {
          sink.failure(e.toFailure());
        }
      }
    } catch (IOException e) {
      throw Inputs.failure(file, e, Inputs.gzipped(file));
    }
    if (!any) {
      throw new ReadException(where, "empty file");
    }
  }

  private RawDocument document(Path file, int number, String line, List<String> problems)
      throws ReadException {
    String where = file + "#line " + number;
    JsonNode node;
    try {
      node = mapper.readTree(line);
    } catch (JsonProcessingException e) {
      throw new ReadException(where, "line is not JSON: " + shorten(e.getOriginalMessage()), e);
    }
    if (node == null || !node.isObject()) {
      throw new ReadException(where, "line is not a JSON object (found " + kind(node) + ")");
    }
    String html = field(node, "html", problems);
    String text = field(node, "text", problems);
    boolean hasHtml = html != null && !html.isBlank();
    boolean hasText = text != null && !text.isBlank();
    if (!hasHtml && !hasText) {
      throw new ReadException(where, "no text: the line has neither a non-empty 'text' nor 'html'");
    }
    if (hasHtml && hasText) {
      problems.add("both 'text' and 'html' given; 'html' used");
    }
    String body = TextDecoder.normaliseLineEndings(hasHtml ? html : text);
    if (body.startsWith("\uFEFF")) {
      body = body.substring(1);
    }
    String id = field(node, "id", problems);
    return new RawDocument(
        new Origin(
            file.toString(), field(node, "url", problems), id != null ? id : "line " + number),
        hasHtml ? SourceFormat.HTML : SourceFormat.TEXT,
        body,
        "UTF-8",
        new DocumentHints(
            field(node, "title", problems),
            field(node, "published", problems),
            field(node, "outlet", problems)),
        problems);
  }

  /** A scalar field as a string, or null when absent or null; non-scalars are noted and ignored. */
  private static String field(JsonNode node, String name, List<String> problems) {
    JsonNode value = node.get(name);
    if (value == null || value.isNull()) {
      return null;
    }
    if (!value.isValueNode()) {
      problems.add("field '" + name + "' ignored: not a string but " + kind(value));
      return null;
    }
    return value.asText();
  }

  private static String kind(JsonNode node) {
    if (node == null || node.isMissingNode()) {
      return "nothing";
    }
    return switch (node.getNodeType()) {
      case ARRAY -> "an array";
      case OBJECT -> "an object";
      case STRING -> "a string";
      case NUMBER -> "a number";
      case BOOLEAN -> "a boolean";
      case NULL -> "null";
      default -> node.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
    };
  }

  private static String shorten(String s) {
    String one = s == null ? "" : s.replaceAll("\\s+", " ").strip();
    return one.length() <= MAX_REASON_DETAIL ? one : one.substring(0, MAX_REASON_DETAIL) + "...";
  }

  /** Splits a byte stream at LF (dropping a CR before it), keeping at most {@code limit} bytes. */
  private static final class LineReader {
    private final InputStream in;
    private final long limit;
    private byte[] buf = new byte[8192];
    private int length;
    private int number;
    private boolean tooLong;
    private boolean done;

    LineReader(InputStream in, long limit) {
      this.in = in;
      this.limit = limit;
    }

    /**
     * Reads the next line; false at the end. A last line without a final LF counts as a line; a
     * read error (e.g. truncated gzip) propagates and the partial line is dropped.
     */
    boolean next() throws IOException {
      if (done) {
        return false;
      }
      length = 0;
      tooLong = false;
      boolean sawAny = false;
      while (true) {
        int b = in.read();
        if (b < 0) {
          done = true;
          if (!sawAny) {
            return false;
          }
          break;
        }
        sawAny = true;
        if (b == '\n') {
          break;
        }
        if (tooLong) {
          continue;
        }
        if (length >= limit) {
          tooLong = true;
          continue;
        }
        if (length == buf.length) {
          buf = Arrays.copyOf(buf, (int) Math.min(limit, (long) buf.length * 2));
        }
        buf[length++] = (byte) b;
      }
      if (length > 0 && buf[length - 1] == '\r') {
        length--;
      }
      number++;
      return true;
    }

    int number() {
      return number;
    }

    byte[] bytes() {
      return buf;
    }

    int length() {
      return length;
    }

    boolean tooLong() {
      return tooLong;
    }
  }
}
