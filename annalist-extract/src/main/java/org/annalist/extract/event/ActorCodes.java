package org.annalist.extract.event;

import java.io.Reader;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Splits CAMEO actor codes into GDELT's country / known group / religion / type columns.
 *
 * <p>A code is read in 3-letter blocks. Blocks listed in the table ({@code actor-code-parts.tsv})
 * as {@code type} fill Type1–Type3 in order; {@code group} the known group, {@code religion} and
 * {@code religion2} the two religion columns (first wins for each); an unlisted first block is the
 * country or region code; unlisted later blocks are dropped. So {@code USAMIL} → USA + MIL, {@code
 * AFGINSTAL} → AFG + INS + group TAL, {@code IGOUNO} → type IGO + group UNO, {@code ---GOV} → type
 * GOV and no country, {@code TAL} → group TAL.
 *
 * <p>Immutable and thread-safe.
 */
public final class ActorCodes {
  private static final String RESOURCE = "actor-code-parts.tsv";
  private static final Set<String> KINDS = Set.of("type", "group", "religion", "religion2");
  private final Map<String, String> kinds;

  private ActorCodes(Map<String, String> kinds) {
    this.kinds = Collections.unmodifiableMap(kinds);
  }

  /** The bundled table. */
  public static ActorCodes load() {
    return read(Tables.resource(RESOURCE), RESOURCE);
  }

  /**
   * A table in the bundled format (block, kind).
   *
   * @throws CodebookFormatException on a malformed row or unknown kind
   */
  public static ActorCodes read(Reader in, String source) {
    Map<String, String> kinds = new HashMap<>();
    for (Tables.Row row : Tables.read(in, source, 2)) {
      String[] c = row.cells();
      if (!c[0].matches("[A-Z0-9]{3}") || !KINDS.contains(c[1])) {
        throw new CodebookFormatException(
            source, row.line(), "expected a 3-letter block and one of " + KINDS);
      }
      kinds.put(c[0], c[1]);
    }
    return new ActorCodes(kinds);
  }

  /** The parts of {@code code}; all null for a null or empty code. */
  public ActorCodeParts split(String code) {
    String country = null;
    String group = null;
    String religion1 = null;
    String religion2 = null;
    String[] types = new String[3];
    int nTypes = 0;
    if (code != null) {
      for (int i = 0; i + 3 <= code.length(); i += 3) {
        String block = code.substring(i, i + 3);
        String kind = kinds.get(block);
        if ("---".equals(block)) {
          continue; // PETRARCH's "no country or group" (---GOV): no country column
        } else if (kind == null) {
          if (i == 0) {
            country = block;
          }
        } else if ("type".equals(kind)) {
          if (nTypes < types.length) {
            types[nTypes++] = block;
          }
        } else if ("group".equals(kind)) {
          group = group == null ? block : group;
        } else if ("religion".equals(kind)) {
          religion1 = religion1 == null ? block : religion1;
        } else {
          religion2 = religion2 == null ? block : religion2;
        }
      }
    }
    return new ActorCodeParts(
        country, group, null, religion1, religion2, types[0], types[1], types[2]);
  }
}
