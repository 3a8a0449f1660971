package org.annalist.extract.actor;

import java.util.List;
import java.util.Objects;

/**
 * One surface form of a verb ("BROKE", "CORDONED OFF"), pointing to its block.
 *
 * @param words the form's words (several for a multi-word verb)
 * @param verbIndex which word the parser will tag as the verb
 * @param code the verb's code when it occurs without a matching pattern
 * @param block the name of the block whose patterns apply
 * @param source the file
 * @param line the line that defined it
 */
public record VerbForm(
    List<String> words, int verbIndex, VerbCode code, String block, String source, int line) {
  public VerbForm {
    words = List.copyOf(words);
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(block, "block");
    if (verbIndex < 0 || verbIndex >= words.size()) {
      throw new IllegalArgumentException("verb index " + verbIndex + " outside " + words);
    }
  }
}
