package org.annalist.ingest.html;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * Which signals {@link HtmlExtractor} combines to find the article body. Immutable; {@link
 * #defaults()} turns every signal on. Switching signals off is meant for measuring what each one
 * contributes.
 *
 * @param signals the signals in use
 */
public record HtmlExtractorOptions(Set<Signal> signals) {

  /** A general signal the body extraction can use. */
  public enum Signal {
    /** Score containers readability-style and keep only blocks in the best one (and its kin). */
    CONTAINER_SCORING,
    /** Classify blocks by length, stopword density and link density, jusText-style. */
    BLOCK_CLASSIFICATION,
    /** Let short blocks and subheadings take the class of the good paragraphs around them. */
    CONTEXT_SMOOTHING,
    /** Drop blocks under class/id names such as share, related, newsletter, caption, comment. */
    CLASS_HINTS,
    /** Drop lines that are site furniture by their wording (share prompts, credit lines, ...). */
    BOILERPLATE_LINES,
    /** Use schema.org JSON-LD {@code articleBody} to select blocks when it agrees with the page. */
    STRUCTURED_BODY
  }

  public HtmlExtractorOptions {
    Objects.requireNonNull(signals, "signals");
    signals = signals.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(signals));
  }

  /** Every signal on. */
  public static HtmlExtractorOptions defaults() {
    return new HtmlExtractorOptions(EnumSet.allOf(Signal.class));
  }

  /** These options without {@code signal}. */
  public HtmlExtractorOptions without(Signal signal) {
    EnumSet<Signal> copy = EnumSet.allOf(Signal.class);
    copy.retainAll(signals);
    copy.remove(signal);
    return new HtmlExtractorOptions(copy);
  }

  /** Whether {@code signal} is on. */
  public boolean uses(Signal signal) {
    return signals.contains(signal);
  }
}
