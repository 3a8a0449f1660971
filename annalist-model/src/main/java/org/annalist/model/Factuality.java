package org.annalist.model;

/** How the article presents an {@link Event}: as fact, as someone's claim, or as not (yet) real. */
public enum Factuality {
  /** Reported by the article as having happened. */
  ASSERTED,
  /** Reported as someone's claim ("the Taliban said the strikes violated the agreement"). */
  CLAIMED,
  /** Denied by the party said to have done it ("the ministry denied carrying out the raid"). */
  DENIED,
  /** Claimed by one side and contested by another ("a spokesman rejected the allegations"). */
  DISPUTED,
  /** Planned, promised or scheduled, not yet happened ("will meet on Monday"). */
  FUTURE,
  /** Conditional or possible only ("could impose sanctions if ..."). */
  HYPOTHETICAL,
  /** Said not to have happened by the article itself ("did not attack"). */
  NEGATED
}
