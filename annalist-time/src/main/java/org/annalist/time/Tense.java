package org.annalist.time;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A token-level guess of the tense around an expression: the nearest verb form in the same sentence
 * that marks the past ("said", "-ed", "was") or the future ("will", "would", "due to", "to meet").
 * Stateless.
 */
final class Tense {
  private Tense() {}

  private static final int WINDOW = 12;

  /** Modals before a participle make it future or hypothetical ("should be freed by ..."). */
  private static final Set<String> MODALS =
      Set.of("will", "would", "shall", "ll", "should", "must", "might", "can");

  private static final Set<String> FUTURE =
      Set.of(
          "will",
          "ll",
          "shall",
          "would",
          "should",
          "must",
          "might",
          "can",
          "going",
          "due",
          "scheduled",
          "expected",
          "upcoming",
          "plans",
          "planned",
          "intends",
          "aims",
          "hopes",
          "set",
          "tomorrow",
          "next",
          "coming");

  private static final Set<String> PAST =
      Set.of(
          "was",
          "were",
          "had",
          "did",
          "said",
          "told",
          "went",
          "came",
          "met",
          "left",
          "took",
          "gave",
          "made",
          "began",
          "held",
          "saw",
          "spoke",
          "wrote",
          "sent",
          "found",
          "fell",
          "rose",
          "won",
          "lost",
          "brought",
          "thought",
          "paid",
          "ran",
          "sold",
          "struck",
          "became",
          "got",
          "knew",
          "led",
          "stood",
          "kept",
          "felt",
          "heard",
          "meant",
          "flew",
          "drove",
          "broke",
          "chose",
          "grew",
          "threw",
          "wore",
          "drew",
          "fled",
          "fought",
          "bought",
          "caught",
          "taught",
          "sought",
          "built",
          "spent",
          "lent",
          "shot",
          "sat",
          "laid",
          "swore",
          "woke",
          "forgot",
          "understood",
          "withdrew",
          "arose",
          "ago",
          "yesterday",
          "last",
          "since",
          "earlier",
          "been");

  private static final Set<String> NOT_PAST =
      Set.of(
          "need",
          "speed",
          "seed",
          "feed",
          "bed",
          "red",
          "hundred",
          "shed",
          "indeed",
          "proceed",
          "succeed",
          "exceed",
          "breed",
          "greed",
          "weed",
          "creed",
          "deed",
          "wed",
          "embed",
          "united",
          "based",
          "armed",
          "concerned",
          "related",
          "limited",
          "detailed",
          "advanced",
          "sacred",
          "naked",
          "wicked",
          "ragged",
          "rugged",
          "beloved",
          "alleged",
          "so-called");

  private static final Set<String> NOT_VERB_AFTER_TO =
      Set.of(
          "the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "this", "that",
          "these", "those", "some", "all", "any", "what", "which", "whom", "him", "them", "us",
          "me", "it", "date", "day", "be-", "and", "or", "about", "around", "more", "less", "one",
          "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "power", "war",
          "peace", "office", "court", "prison", "school", "work", "death", "life");

  /** The direction suggested by the sentence around {@code [start, end)} of {@code text}. */
  static Direction around(CharSequence text, int start, int end) {
    String[] before = wordsBefore(text, start);
    String[] after = wordsAfter(text, end);
    // first the words before and those after up to a comma (the expression's own clause, mostly),
    // then the words after the comma ("on Monday, officials said")
    int clause = clauseEnd(text, end, after.length);
    for (int d = 0; d < WINDOW; d++) {
      Direction b = d < before.length ? classify(before, before.length - 1 - d, true) : null;
      if (b != null) {
        return b;
      }
      Direction a = d < clause ? classify(after, d, false) : null;
      if (a != null) {
        return a;
      }
    }
    for (int d = clause; d < Math.min(after.length, clause + WINDOW); d++) {
      Direction a = classify(after, d, false);
      if (a != null) {
        return a;
      }
    }
    return Direction.UNKNOWN;
  }

  /**
   * The marker {@code words[i]} stands for, or null; {@code words} runs in text order, {@code
   * beforeExpression} says whether they precede the expression.
   */
  private static Direction classify(String[] words, int i, boolean beforeExpression) {
    String w = words[i];
    if (w.isEmpty() || Character.isUpperCase(w.charAt(0)) && i > 0) {
      return null;
    }
    String lw = w.toLowerCase(Locale.ROOT);
    if ("to".equals(lw) && !beforeExpression) {
      // an infinitive after the expression is a purpose clause ("met on Monday to end the
      // strike", "on May 7 for his efforts to end ..."): the tense is the main verb's
      return null;
    }
    if ("to".equals(lw) && i + 1 < words.length) {
      String next = words[i + 1];
      if (i > 0 && isPastForm(words[i - 1]) && !FUTURE.contains(words[i - 1])) {
        // "agreed to sell ... in October", "promised to meet on Thursday": either way
        return Direction.UNKNOWN;
      }
      if (!next.isEmpty()
          && Character.isLowerCase(next.charAt(0))
          && !NOT_VERB_AFTER_TO.contains(next)
          && !next.endsWith("ed")
          && !next.endsWith("ing")
          && !next.endsWith("s")) {
        return Direction.FUTURE;
      }
      return null;
    }
    if ("won".equals(lw) && i + 1 < words.length && "t".equals(words[i + 1])) {
      return Direction.FUTURE;
    }
    if (FUTURE.contains(lw)) {
      if ("due".equals(lw)
          && i + 2 < words.length
          && "to".equals(words[i + 1])
          && NOT_VERB_AFTER_TO.contains(words[i + 2].toLowerCase(Locale.ROOT))) {
        return null; // "due to the weather": a cause
      }
      if ("set".equals(lw) || "going".equals(lw)) {
        return i + 1 < words.length && "to".equals(words[i + 1]) ? Direction.FUTURE : null;
      }
      if (("next".equals(lw) || "coming".equals(lw) || "tomorrow".equals(lw))
          && !beforeExpression) {
        return null;
      }
      return Direction.FUTURE;
    }
    boolean past = PAST.contains(lw) || isPastForm(w);
    if (!past) {
      return null;
    }
    if (("last".equals(lw) || "earlier".equals(lw) || "since".equals(lw)) && !beforeExpression) {
      return null;
    }
    // a participle after a modal or "to be" ("will be held", "expected to be signed") is future
    for (int k = i - 1; k >= Math.max(0, i - 3); k--) {
      String p = words[k].toLowerCase(Locale.ROOT);
      if (MODALS.contains(p)) {
        return Direction.FUTURE;
      }
      if ("be".equals(p) && k > 0 && words[k - 1].equalsIgnoreCase("to")) {
        return Direction.FUTURE;
      }
    }
    return Direction.PAST;
  }

  /** A lower-case "-ed" form or an irregular past ("agreed", "said"). */
  private static boolean isPastForm(String w) {
    String lw = w.toLowerCase(Locale.ROOT);
    return w.equals(lw)
        && (lw.length() > 3 && lw.endsWith("ed") && !NOT_PAST.contains(lw)
            || PAST.contains(lw) && !NOT_GOVERNING.contains(lw));
  }

  private static final Set<String> NOT_GOVERNING =
      Set.of("ago", "yesterday", "last", "since", "earlier", "been");

  /** How many of the words after {@code end} come before the next comma. */
  private static int clauseEnd(CharSequence text, int end, int words) {
    int count = 0;
    boolean inWord = false;
    for (int i = end; i < text.length() && count < words; i++) {
      char c = text.charAt(i);
      if (c == ',' || sentenceEnd(text, i)) {
        return count;
      }
      boolean letter = Character.isLetter(c) || c == '-' && inWord;
      if (letter && !inWord) {
        count++;
      }
      inWord = letter;
    }
    return count;
  }

  private static boolean sentenceEnd(CharSequence text, int i) {
    char c = text.charAt(i);
    if (c == '!' || c == '?' || c == ';' || c == '\n') {
      return true;
    }
    if (c == '.') {
      // "Feb. 28", "p.m." and "U.S." do not end a sentence; ". The" does
      return i + 2 < text.length()
          && Character.isWhitespace(text.charAt(i + 1))
          && Character.isUpperCase(text.charAt(i + 2))
          && i > 2
          && Character.isLowerCase(text.charAt(i - 1))
          && Character.isLowerCase(text.charAt(i - 2))
          && Character.isLowerCase(text.charAt(i - 3));
    }
    return false;
  }

  private static String[] wordsBefore(CharSequence text, int start) {
    int from = start;
    int limit = Math.max(0, start - 200);
    while (from > limit && !sentenceEnd(text, from - 1)) {
      from--;
    }
    return words(text, from, start);
  }

  private static String[] wordsAfter(CharSequence text, int end) {
    int to = end;
    int limit = Math.min(text.length(), end + 200);
    while (to < limit && !sentenceEnd(text, to)) {
      to++;
    }
    return words(text, end, to);
  }

  private static String[] words(CharSequence text, int from, int to) {
    List<String> out = new ArrayList<>();
    int i = from;
    while (i < to) {
      while (i < to && !Character.isLetter(text.charAt(i))) {
        i++;
      }
      int s = i;
      while (i < to && (Character.isLetter(text.charAt(i)) || text.charAt(i) == '-')) {
        i++;
      }
      if (i > s) {
        out.add(text.subSequence(s, i).toString());
      }
    }
    return out.toArray(new String[0]);
  }
}
