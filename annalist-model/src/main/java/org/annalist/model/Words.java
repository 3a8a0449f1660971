package org.annalist.model;

import java.util.ArrayList;
import java.util.List;

/**
 * Word tokens as Python's {@code re.findall(r'\w+', text)} gives them: maximal runs of letters,
 * numbers (Nd, Nl, No) and underscores, in any script. Stateless and thread-safe.
 */
public final class Words {
  private Words() {}

  /** Python's {@code \w} on str: letters, numbers (Nd, Nl, No) and the underscore. */
  public static boolean isWordChar(int cp) {
    if (cp == '_' || Character.isLetter(cp)) {
      return true;
    }
    int type = Character.getType(cp);
    return type == Character.DECIMAL_DIGIT_NUMBER
        || type == Character.LETTER_NUMBER
        || type == Character.OTHER_NUMBER;
  }

  /** The word tokens of {@code text}, in order. */
  public static List<String> tokens(String text) {
    List<String> out = new ArrayList<>();
    int i = 0;
    int n = text.length();
    while (i < n) {
      int cp = text.codePointAt(i);
      if (isWordChar(cp)) {
        int start = i;
        do {
          i += Character.charCount(cp);
          cp = i < n ? text.codePointAt(i) : -1;
        } while (cp >= 0 && isWordChar(cp));
        out.add(text.substring(start, i));
      } else {
        i += Character.charCount(cp);
      }
    }
    return out;
  }
}
