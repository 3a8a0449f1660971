package org.annalist.ingest.read;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the bytes of one document into text, shared by every reader.
 *
 * <ol>
 *   <li>A byte-order mark (UTF-8, UTF-16LE, UTF-16BE) decides the charset and is removed.
 *   <li>Without one, bytes with NUL or a high share of control characters in the first {@value
 *       #SNIFF_LENGTH} bytes are {@linkplain NotTextException.Kind#BINARY binary}.
 *   <li>A charset declared by the transport (HTTP {@code Content-Type}) is used as declared.
 *   <li>Valid UTF-8 is UTF-8. For HTML that is not valid UTF-8, a {@code <meta charset>} or {@code
 *       http-equiv} declaration in the first {@value #META_SCAN_LENGTH} bytes is honoured.
 *   <li>Otherwise: bytes with no valid multi-byte UTF-8 sequence (or fewer valid ones than invalid
 *       ones) are decoded with the fallback charset (windows-1252 unless configured); mostly valid
 *       UTF-8 is decoded as UTF-8 with U+FFFD for each invalid sequence and the problem note {@code
 *       invalid UTF-8 at byte N (K sequences replaced)}.
 *   <li>CRLF and lone CR become LF. Empty or whitespace-only text is {@linkplain
 *       NotTextException.Kind#EMPTY empty}.
 * </ol>
 *
 * <p>ISO-8859-1 and US-ASCII labels are read as windows-1252, as browsers do; windows-1252 is
 * decoded with the WHATWG table (the five undefined bytes become C1 controls, never an error).
 *
 * <p>Immutable and thread-safe.
 */
public final class TextDecoder {
  /** How many leading bytes are examined for binary content. */
  public static final int SNIFF_LENGTH = 8192;

  /** How many leading bytes of HTML are searched for a charset declaration. */
  public static final int META_SCAN_LENGTH = 4096;

  /** More than this share of control characters in the sniffed bytes means binary. */
  private static final double MAX_CONTROL_SHARE = 0.10;

  private static final String WINDOWS_1252 = "windows-1252";

  /** Windows-1252 bytes 0x80 to 0x9F (WHATWG index); other bytes map to the same code point. */
  private static final String CP1252_HIGH =
      "\u20AC\u0081\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u008D\u017D"
          + "\u008F\u0090\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153"
          + "\u009D\u017E\u0178";

  private static final Pattern META_CHARSET =
      Pattern.compile(
          "<meta\\b[^>]*?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_.:-]+)", Pattern.CASE_INSENSITIVE);

  private final Charset fallback;

  /** A decoder that falls back to {@code fallback} for text that is not UTF-8. */
  public TextDecoder(Charset fallback) {
    this.fallback = Objects.requireNonNull(fallback, "fallback");
  }

  /** A decoder with the windows-1252 fallback. */
  public static TextDecoder standard() {
    return new TextDecoder(ReadOptions.DEFAULTS.fallbackCharset());
  }

  /** Decodes plain text. */
  public DecodedText decodeText(byte[] bytes) throws NotTextException {
    return decode(bytes, bytes.length, false, null);
  }

  /**
   * Decodes an HTML page.
   *
   * @param declaredCharset the charset stated by the transport (HTTP {@code Content-Type}), or null
   */
  public DecodedText decodeHtml(byte[] bytes, String declaredCharset) throws NotTextException {
    return decode(bytes, bytes.length, true, declaredCharset);
  }

  /** True when {@code head} (the first bytes of a file) looks binary: see the class comment. */
  public static boolean looksBinary(byte[] head, int length) {
    if (bom(head, length) != null) {
      return false;
    }
    return looksBinary(head, 0, length);
  }

  /** {@code text} with CRLF and lone CR replaced by LF. */
  public static String normaliseLineEndings(String text) {
    if (text.indexOf('\r') < 0) {
      return text;
    }
    var out = new LineBuilder(text.length());
    out.append(text);
    return out.toString();
  }

  DecodedText decode(byte[] bytes, int length, boolean html, String declaredCharset)
      throws NotTextException {
    List<String> problems = new ArrayList<>();
    Bom bom = bom(bytes, length);
    int start = bom == null ? 0 : bom.length;
    if (bom == null && looksBinary(bytes, 0, Math.min(length, SNIFF_LENGTH))) {
      throw new NotTextException(NotTextException.Kind.BINARY);
    }
    Decoding result;
    if (bom != null) {
      result = decodeWith(bom.charset, bytes, start, length);
      if (bom.charset != StandardCharsets.UTF_8 && controlShare(result.text) > MAX_CONTROL_SHARE) {
        throw new NotTextException(NotTextException.Kind.BINARY);
      }
    } else {
      Charset declared = declaredCharset == null ? null : resolve(declaredCharset, problems);
      if (declared != null) {
        result = decodeWith(declared, bytes, start, length);
      } else {
        result = detect(bytes, start, length, html, problems);
      }
    }
    if (result.invalid > 0) {
      problems.add(
          "invalid "
              + result.charset
              + " at byte "
              + result.firstInvalid
              + " ("
              + result.invalid
              + (result.invalid == 1 ? " sequence" : " sequences")
              + " replaced)");
    }
    String text = result.text;
    if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
      text = text.substring(1);
    }
    if (text.isBlank()) {
      throw new NotTextException(NotTextException.Kind.EMPTY);
    }
    return new DecodedText(text, result.charset, problems);
  }

  private Decoding detect(
      byte[] bytes, int start, int length, boolean html, List<String> problems) {
    Decoding utf8 = decodeWith(StandardCharsets.UTF_8, bytes, start, length);
    if (utf8.invalid == 0) {
      return utf8;
    }
    if (html) {
      String label = metaCharset(bytes, start, length);
      Charset meta = label == null ? null : resolve(label, problems);
      if (meta != null && meta.name().startsWith("UTF-16")) {
        meta = StandardCharsets.UTF_8; // a meta tag cannot declare UTF-16 (HTML standard)
      }
      if (meta == StandardCharsets.UTF_8) {
        return utf8;
      }
      if (meta != null) {
        return decodeWith(meta, bytes, start, length);
      }
    }
    if (utf8.validMultiByte > 0 && utf8.validMultiByte >= utf8.invalid) {
      return utf8;
    }
    Decoding other = decodeWith(fallback, bytes, start, length);
    if (utf8.validMultiByte > 0) {
      problems.add(
          "mixed encodings: read as "
              + other.charset
              + " although "
              + utf8.validMultiByte
              + " byte sequences were valid UTF-8");
    }
    return other;
  }

  /** The charset named by {@code label}, or null (with a problem note) when unknown. */
  private static Charset resolve(String label, List<String> problems) {
    String name = label.strip().replace("\"", "").replace("'", "");
    String lower = name.toLowerCase(Locale.ROOT);
    if (Set.of("iso-8859-1", "latin1", "us-ascii", "ascii").contains(lower)) {
      return Charset.forName(WINDOWS_1252);
    }
    try {
      return Charset.forName(name);
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      problems.add("unknown charset '" + name + "' declared; detected instead");
      return null;
    }
  }

  private static String metaCharset(byte[] bytes, int start, int length) {
    int end = Math.min(length, start + META_SCAN_LENGTH);
    String head = new String(bytes, start, end - start, StandardCharsets.ISO_8859_1);
    Matcher m = META_CHARSET.matcher(head);
    return m.find() ? m.group(1) : null;
  }

  private static Decoding decodeWith(Charset charset, byte[] bytes, int start, int length) {
    String name = charset.name();
    if (name.equals(WINDOWS_1252)
        || name.equals(StandardCharsets.ISO_8859_1.name())
        || name.equals(StandardCharsets.US_ASCII.name())) {
      return decodeWindows1252(bytes, start, length);
    }
    CharsetDecoder decoder =
        charset
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, start, length - start);
    CharBuffer chunk = CharBuffer.allocate(SNIFF_LENGTH);
    var out = new LineBuilder(length - start);
    int invalid = 0;
    long firstInvalid = -1;
    long validMultiByte = 0;
    while (true) {
      CoderResult r = decoder.decode(in, chunk, true);
      if (r.isError()) {
        if (invalid == 0) {
          firstInvalid = in.position();
        }
        invalid++;
        in.position(in.position() + r.length());
        validMultiByte += flush(chunk, out);
        out.append('\uFFFD');
        continue;
      }
      validMultiByte += flush(chunk, out);
      if (r.isUnderflow()) {
        break;
      }
    }
    while (decoder.flush(chunk).isOverflow()) {
      validMultiByte += flush(chunk, out);
    }
    validMultiByte += flush(chunk, out);
    return new Decoding(out.toString(), charset.name(), invalid, firstInvalid, validMultiByte);
  }

  /** Appends the decoded chunk; returns how many non-ASCII characters it held. */
  private static long flush(CharBuffer chunk, LineBuilder out) {
    chunk.flip();
    long nonAscii = 0;
    while (chunk.hasRemaining()) {
      char c = chunk.get();
      if (c > 0x7F && !Character.isLowSurrogate(c)) {
        nonAscii++;
      }
      out.append(c);
    }
    chunk.clear();
    return nonAscii;
  }

  private static Decoding decodeWindows1252(byte[] bytes, int start, int length) {
    var out = new LineBuilder(length - start);
    for (int i = start; i < length; i++) {
      int b = bytes[i] & 0xFF;
      out.append(b >= 0x80 && b <= 0x9F ? CP1252_HIGH.charAt(b - 0x80) : (char) b);
    }
    return new Decoding(out.toString(), WINDOWS_1252, 0, -1, 0);
  }

  private static boolean looksBinary(byte[] bytes, int start, int end) {
    int controls = 0;
    for (int i = start; i < end; i++) {
      int b = bytes[i] & 0xFF;
      if (b == 0) {
        return true;
      }
      if (isControl(b)) {
        controls++;
      }
    }
    int n = end - start;
    return n > 0 && controls > n * MAX_CONTROL_SHARE;
  }

  private static double controlShare(String text) {
    int n = Math.min(text.length(), SNIFF_LENGTH);
    int controls = 0;
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c == 0 || isControl(c)) {
        controls++;
      }
    }
    return n == 0 ? 0 : (double) controls / n;
  }

  private static boolean isControl(int c) {
    return (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != 0x1B) || c == 0x7F;
  }

  private static Bom bom(byte[] b, int length) {
    if (length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
      return new Bom(StandardCharsets.UTF_8, 3);
    }
    if (length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
      return new Bom(StandardCharsets.UTF_16LE, 2);
    }
    if (length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
      return new Bom(StandardCharsets.UTF_16BE, 2);
    }
    return null;
  }

  /** Decodes one line of UTF-8 (JSON Lines); invalid sequences become U+FFFD with a note. */
  static String decodeUtf8Line(byte[] bytes, int length, List<String> problems) {
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes, 0, length))
          .toString();
    } catch (CharacterCodingException e) {
      Decoding d = decodeWith(StandardCharsets.UTF_8, bytes, 0, length);
      problems.add(
          "invalid UTF-8 at byte "
              + d.firstInvalid
              + " of the line ("
              + d.invalid
              + (d.invalid == 1 ? " sequence" : " sequences")
              + " replaced)");
      return d.text;
    }
  }

  private record Bom(Charset charset, int length) {}

  private record Decoding(
      String text, String charset, int invalid, long firstInvalid, long validMultiByte) {}

  /** A string builder that turns CRLF and lone CR into LF as characters arrive. */
  private static final class LineBuilder {
    private final StringBuilder out;
    private boolean afterCr;

    LineBuilder(int capacity) {
      out = new StringBuilder(Math.max(16, capacity));
    }

    void append(char c) {
      if (c == '\r') {
        out.append('\n');
        afterCr = true;
        return;
      }
      if (c != '\n' || !afterCr) {
        out.append(c);
      }
      afterCr = false;
    }

    void append(String s) {
      for (int i = 0; i < s.length(); i++) {
        append(s.charAt(i));
      }
    }

    @Override
    public String toString() {
      return out.toString();
    }
  }
}
