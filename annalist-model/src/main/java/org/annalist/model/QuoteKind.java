package org.annalist.model;

/** How a quote reports speech. */
public enum QuoteKind {
  /** Whole sentences in quotation marks. */
  DIRECT,
  /** A quoted fragment inside the reporter's own sentence. */
  PARTIAL,
  /** Reported speech without quotation marks ("X said the Taliban had ..."). */
  INDIRECT
}
