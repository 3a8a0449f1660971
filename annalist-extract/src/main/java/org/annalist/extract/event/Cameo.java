package org.annalist.extract.event;

import java.io.Reader;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The CAMEO event codebook: names, Goldstein values and QuadClass of every code.
 *
 * <p>{@link #load()} reads the bundled table ({@code cameo.tsv}): CAMEO 1.1b3 (Schrodt 2012), all
 * 20 roots, all 3-digit and the 4-digit codes; Goldstein values pinned to the CAMEO→Goldstein table
 * distributed with GDELT ({@code CAMEO.goldsteinscale.txt}); the five codes newer than that table
 * take their parent's value. QuadClass follows the GDELT convention from the root: 01–05 verbal
 * cooperation (1), 06–08 material cooperation (2), 09–13 verbal conflict (3), 14–20 material
 * conflict (4).
 *
 * <p>Immutable and thread-safe. Load once and share.
 */
public final class Cameo {
  private static final String RESOURCE = "cameo.tsv";
  private final Map<String, CameoCode> codes;

  private Cameo(Map<String, CameoCode> codes) {
    this.codes = Collections.unmodifiableMap(codes);
  }

  /** The bundled codebook. */
  public static Cameo load() {
    return read(Tables.resource(RESOURCE), RESOURCE);
  }

  /**
   * A codebook in the bundled format (code, goldstein, origin {@code G}/{@code P}, name).
   *
   * @throws CodebookFormatException on a malformed row, a duplicate code, or a code whose root or
   *     3-digit parent is missing
   */
  public static Cameo read(Reader in, String source) {
    Map<String, CameoCode> codes = new LinkedHashMap<>();
    for (Tables.Row row : Tables.read(in, source, 4)) {
      String[] c = row.cells();
      CameoCode code;
      try {
        if (!"G".equals(c[2]) && !"P".equals(c[2])) {
          throw new IllegalArgumentException("origin must be G or P: '" + c[2] + "'");
        }
        code = new CameoCode(c[0], c[3], Double.parseDouble(c[1]), "P".equals(c[2]));
        quadOfRoot(code.root());
      } catch (IllegalArgumentException e) {
        throw new CodebookFormatException(source, row.line(), e.getMessage());
      }
      String parent = c[0].length() == 4 ? c[0].substring(0, 3) : c[0].substring(0, 2);
      if (!code.isRoot() && !codes.containsKey(parent)) {
        throw new CodebookFormatException(source, row.line(), "parent " + parent + " not above");
      }
      if (codes.put(code.code(), code) != null) {
        throw new CodebookFormatException(source, row.line(), "duplicate code " + code.code());
      }
    }
    return new Cameo(codes);
  }

  /** The entry for {@code code}, or empty when it is not a code of this codebook (or null). */
  public Optional<CameoCode> code(String code) {
    return Optional.ofNullable(code == null ? null : codes.get(code));
  }

  /** Whether {@code code} is a code (or root) of this codebook. */
  public boolean isKnown(String code) {
    return code != null && codes.containsKey(code);
  }

  /** Every entry, in codebook order (each root before its codes). */
  public List<CameoCode> codes() {
    return List.copyOf(codes.values());
  }

  /** The root categories, 01 to 20. */
  public List<CameoCode> roots() {
    List<CameoCode> roots = new ArrayList<>();
    for (CameoCode c : codes.values()) {
      if (c.isRoot()) {
        roots.add(c);
      }
    }
    return roots;
  }

  /**
   * The root of any 2–4 digit code, known or not ({@code "1121"} → {@code "11"}).
   *
   * @throws IllegalArgumentException when {@code code} is not 2–4 digits
   */
  public String root(String code) {
    if (code == null || !code.matches("[0-9]{2,4}")) {
      throw new IllegalArgumentException("CAMEO code must be 2-4 digits: '" + code + "'");
    }
    return code.substring(0, 2);
  }

  /**
   * The Goldstein value of a known code.
   *
   * @throws UnknownCameoCodeException when the code is not in this codebook
   */
  public double goldstein(String code) {
    return known(code).goldstein();
  }

  /**
   * The name of a known code.
   *
   * @throws UnknownCameoCodeException when the code is not in this codebook
   */
  public String name(String code) {
    return known(code).name();
  }

  /**
   * The QuadClass of any code whose root is 01–20 (known or not: it follows from the root).
   *
   * @throws IllegalArgumentException when the code is malformed or its root is not 01–20
   */
  public int quad(String code) {
    return quadOfRoot(root(code));
  }

  static int quadOfRoot(String root) {
    int r;
    try {
      r = Integer.parseInt(root);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("not a CAMEO root: '" + root + "'", e);
    }
    if (r >= 1 && r <= 5) {
      return 1;
    } else if (r <= 8 && r >= 6) {
      return 2;
    } else if (r >= 9 && r <= 13) {
      return 3;
    } else if (r >= 14 && r <= 20) {
      return 4;
    }
    throw new IllegalArgumentException("CAMEO roots run from 01 to 20: '" + root + "'");
  }

  private CameoCode known(String code) {
    CameoCode c = code == null ? null : codes.get(code);
    if (c == null) {
      throw new UnknownCameoCodeException(code);
    }
    return c;
  }
}
