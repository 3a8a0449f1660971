package org.annalist.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Content identity of an article: the same body read from two places gets the same id.
 *
 * <p>The body is normalised (Unicode NFKC, lower case, typographic quotes and dashes folded, runs
 * of whitespace collapsed) and hashed with SHA-256; the id is the first 20 hex digits (80 bits).
 */
public final class ArticleId {
  private ArticleId() {}

  /** The id of an article with this body. */
  public static String of(String body) {
    byte[] digest = sha256(normalise(body).getBytes(StandardCharsets.UTF_8));
    return HexFormat.of().formatHex(digest).substring(0, 20);
  }

  /** The normalised form that identity is computed from. */
  public static String normalise(String body) {
    String s = Normalizer.normalize(body, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    s = s.replaceAll("[\u2018\u2019\u201a\u201b\u2032`]", "'");
    s = s.replaceAll("[\u201c\u201d\u201e\u201f\u2033]", "\"");
    s = s.replaceAll("[\u2010-\u2015\u2212]", "-");
    return s.replaceAll("\\s+", " ").strip();
  }

  private static byte[] sha256(byte[] bytes) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(bytes);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every Java runtime", e);
    }
  }
}
