package org.annalist.extract.event;

/**
 * A CAMEO actor code split into GDELT's actor columns; each part is a 3-letter block or null.
 *
 * @param country country or region code ({@code USA}, {@code AFG})
 * @param knownGroup a named group or organisation ({@code TAL}, {@code UNO})
 * @param ethnic an ethnic group (not split out yet: always null)
 * @param religion1 a primary religion ({@code MOS})
 * @param religion2 a branch or denomination ({@code SUN})
 * @param type1 first sector agent ({@code MIL})
 * @param type2 second sector agent
 * @param type3 third sector agent
 */
public record ActorCodeParts(
    String country,
    String knownGroup,
    String ethnic,
    String religion1,
    String religion2,
    String type1,
    String type2,
    String type3) {}
