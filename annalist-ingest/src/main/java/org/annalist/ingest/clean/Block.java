package org.annalist.ingest.clean;

import org.annalist.model.Span;

/**
 * One paragraph-like unit of a source text, with where it stands.
 *
 * @param span the block's characters in the source text
 * @param text the block's text (wrapped lines joined by single spaces)
 */
public record Block(Span span, String text) {}
