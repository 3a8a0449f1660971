package org.annalist.eval.event;

import java.util.Objects;

/**
 * One event of the event gold (docs/formats.md, "Event gold"): who did what to whom in the sentence
 * that holds {@code fragment}.
 *
 * @param file the article, relative to the corpus root: {@code path} or {@code path#record}
 * @param source the source's CAMEO actor code
 * @param target the target's code, or null where the event has none
 * @param code the CAMEO event code (2-4 digits)
 * @param factuality asserted, claimed, denied, disputed, future, hypothetical or negated
 * @param fragment a short quote of the article from the sentence that holds the trigger
 * @param note the annotator's note, or null
 */
public record GoldEvent(
    String file,
    String source,
    String target,
    String code,
    String factuality,
    String fragment,
    String note) {
  public GoldEvent {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(fragment, "fragment");
    if (!code.matches("[0-9]{2,4}")) {
      throw new IllegalArgumentException("CAMEO code must be 2-4 digits: '" + code + "'");
    }
    if (fragment.isBlank()) {
      throw new IllegalArgumentException("empty fragment in " + file);
    }
    factuality = factuality == null ? "asserted" : factuality;
  }

  /** The CAMEO root: the code's first two digits. */
  public String root() {
    return code.substring(0, 2);
  }

  /** {@code SOURCE -> TARGET CODE (factuality)}, for listings. */
  public String triple() {
    return source + " -> " + (target == null ? "-" : target) + " " + code + " (" + factuality + ")";
  }
}
