/**
 * Events: the CAMEO codebook ({@link org.annalist.extract.event.Cameo}), the CAMEO → PLOVER
 * correspondence ({@link org.annalist.extract.event.Plover}) and the event exports ({@link
 * org.annalist.extract.event.EventExports}: JSONL, GDELT 2.0, PLOVER). The event record itself is
 * {@link org.annalist.model.Event} in annalist-model.
 *
 * <p>Tables (tab-separated, user-readable, in this package's resources): {@code cameo.tsv} (CAMEO
 * 1.1b3 codes, names, Goldstein values pinned to GDELT's CAMEO→Goldstein table), {@code plover.tsv}
 * (openeventdata/PLOVER {@code CAMEO2PLOVER-2021.txt}, normalised to the 16-type ontology), {@code
 * actor-code-parts.tsv} (how actor-code blocks fill GDELT's actor columns).
 */
package org.annalist.extract.event;
