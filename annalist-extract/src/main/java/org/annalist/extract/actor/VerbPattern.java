package org.annalist.extract.actor;

import java.util.List;
import java.util.Objects;

/**
 * A pattern line of a verb block: elements before and after the verb, and the code it yields.
 *
 * @param block the block's name (its first verb)
 * @param elements the elements in order, the verb included (exactly one {@link
 *     PatternElement.Kind#VERB})
 * @param code the code
 * @param source the file
 * @param line the line
 */
public record VerbPattern(
    String block, List<PatternElement> elements, VerbCode code, String source, int line) {
  public VerbPattern {
    Objects.requireNonNull(block, "block");
    elements = List.copyOf(elements);
    Objects.requireNonNull(code, "code");
  }

  /** Index of the verb in {@link #elements()}. */
  public int verbIndex() {
    for (int i = 0; i < elements.size(); i++) {
      if (elements.get(i).kind() == PatternElement.Kind.VERB) {
        return i;
      }
    }
    throw new IllegalStateException("pattern without a verb at line " + line);
  }

  /** Elements before the verb, nearest last. */
  public List<PatternElement> before() {
    return elements.subList(0, verbIndex());
  }

  /** Elements after the verb. */
  public List<PatternElement> after() {
    return elements.subList(verbIndex() + 1, elements.size());
  }
}
