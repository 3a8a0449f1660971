package org.annalist.time;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;

/** One call's text and reference date (null when unknown), with look-ups the rules share. */
record Context(String text, LocalDate ref) {
  private static final Set<String> PAST_PREPOSITIONS = Set.of("since", "ago");

  boolean anchored() {
    return ref != null;
  }

  /** The direction an underspecified expression at {@code [start, end)} points to. */
  Direction direction(int start, int end) {
    String prev = previousWord(start).toLowerCase(Locale.ROOT);
    if (PAST_PREPOSITIONS.contains(prev)) {
      return Direction.PAST;
    }
    return Tense.around(text, start, end);
  }

  /** The word before {@code pos} (letters only, as written), or "". */
  String previousWord(int pos) {
    int i = pos - 1;
    while (i >= 0 && !Character.isLetterOrDigit(text.charAt(i))) {
      if (text.charAt(i) == '\n' || text.charAt(i) == '.' && i < pos - 2) {
        return "";
      }
      i--;
    }
    int e = i + 1;
    while (i >= 0 && Character.isLetter(text.charAt(i))) {
      i--;
    }
    return text.substring(i + 1, e);
  }

  /** The word after {@code pos} (letters only, as written), or "". */
  String nextWord(int pos) {
    int i = pos;
    while (i < text.length() && text.charAt(i) == ' ') {
      i++;
    }
    int s = i;
    while (i < text.length() && Character.isLetter(text.charAt(i))) {
      i++;
    }
    return text.substring(s, i);
  }

  /** The character at {@code pos}, or a space outside the text. */
  char charAt(int pos) {
    return pos >= 0 && pos < text.length() ? text.charAt(pos) : ' ';
  }

  static boolean capitalised(String word) {
    return !word.isEmpty() && Character.isUpperCase(word.charAt(0));
  }
}
