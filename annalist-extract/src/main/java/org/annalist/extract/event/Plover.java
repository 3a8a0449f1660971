package org.annalist.extract.event;

import java.io.Reader;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * CAMEO → PLOVER: the PLOVER event type, mode and context of a CAMEO code.
 *
 * <p>{@link #load()} reads the bundled table ({@code plover.tsv}), transcribed from the Open Event
 * Data Alliance's {@code CAMEO2PLOVER-2021.txt} (openeventdata/PLOVER, 2021 revision, 16 event
 * types), with root 10 written REQUEST (the table's DEMAND is the earlier draft's name) and
 * Annalist rows for codes the table leaves out (CAMEO 01 and 02; 155, 176, 1834, 1951, 1952). CAMEO
 * 010–014 and 017 have no PLOVER event type.
 *
 * <p>Immutable and thread-safe.
 */
public final class Plover {
  /** The 16 PLOVER event types of the 2021 ontology, cooperative to conflictual. */
  public static final List<String> EVENT_TYPES =
      List.of(
          "AGREE",
          "CONSULT",
          "SUPPORT",
          "CONCEDE",
          "COOPERATE",
          "AID",
          "RETREAT",
          "REQUEST",
          "ACCUSE",
          "REJECT",
          "THREATEN",
          "PROTEST",
          "SANCTION",
          "MOBILIZE",
          "COERCE",
          "ASSAULT");

  private static final String RESOURCE = "plover.tsv";
  private final Map<String, PloverMapping> rows;

  private Plover(Map<String, PloverMapping> rows) {
    this.rows = Collections.unmodifiableMap(rows);
  }

  /** The bundled table. */
  public static Plover load() {
    return read(Tables.resource(RESOURCE), RESOURCE);
  }

  /**
   * A table in the bundled format (code, event type, mode or {@code -}, context or {@code -} with
   * {@code ;} between values, origin {@code T}/{@code N}/{@code A}).
   *
   * @throws CodebookFormatException on a malformed row or a duplicate code
   */
  public static Plover read(Reader in, String source) {
    Map<String, PloverMapping> rows = new LinkedHashMap<>();
    for (Tables.Row row : Tables.read(in, source, 5)) {
      String[] c = row.cells();
      PloverMapping m;
      try {
        m = new PloverMapping(c[0], c[1], dash(c[2]), contexts(c[3]), origin(c[4]));
      } catch (IllegalArgumentException e) {
        throw new CodebookFormatException(source, row.line(), e.getMessage());
      }
      if (rows.put(m.cameo(), m) != null) {
        throw new CodebookFormatException(source, row.line(), "duplicate code " + m.cameo());
      }
    }
    return new Plover(rows);
  }

  /**
   * The PLOVER reading of a CAMEO code: its own row, else (for a 4-digit code without one) its
   * 3-digit parent's, else empty (no PLOVER type, or not a CAMEO code).
   */
  public Optional<PloverMapping> of(String cameo) {
    if (cameo == null) {
      return Optional.empty();
    }
    PloverMapping m = rows.get(cameo);
    if (m == null && cameo.length() == 4) {
      m = rows.get(cameo.substring(0, 3));
    }
    return Optional.ofNullable(m);
  }

  /** Every row, in table order. */
  public List<PloverMapping> mappings() {
    return List.copyOf(rows.values());
  }

  private static String dash(String cell) {
    return "-".equals(cell) ? null : cell;
  }

  private static List<String> contexts(String cell) {
    return "-".equals(cell)
        ? List.of()
        : Arrays.stream(cell.split(";")).map(String::strip).toList();
  }

  private static PloverMapping.Origin origin(String cell) {
    switch (cell) {
      case "T":
        return PloverMapping.Origin.TABLE;
      case "N":
        return PloverMapping.Origin.NORMALISED;
      case "A":
        return PloverMapping.Origin.ADDED;
      default:
        throw new IllegalArgumentException("origin must be T, N or A: '" + cell + "'");
    }
  }
}
