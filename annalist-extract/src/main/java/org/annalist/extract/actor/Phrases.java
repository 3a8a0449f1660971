package org.annalist.extract.actor;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Phrase normalisation shared by dictionaries and lookups: PETRARCH style upper-case tokens, where
 * spaces and underscores both separate words.
 */
public final class Phrases {
  private Phrases() {}

  /**
   * Splits a dictionary phrase ("PRESIDENT_GEORGE_W._BUSH", "Islamic State") into upper-case
   * tokens; empty pieces (a trailing underscore) are dropped and a possessive is split off as in
   * {@link #normalize(List)}, so dictionary phrases and text tokens agree.
   */
  public static List<String> split(String phrase) {
    return List.copyOf(normalize(List.of(phrase)));
  }

  /**
   * Tokens in lookup form ({@link #normalize(List)}) with each word that has an inner hyphen in its
   * parts ("AL-QAEDA" → AL, QAEDA): the readers also file a hyphenated name so, since the parser
   * splits "Al-Qaeda" into "Al", "-", "Qaeda" and the lone hyphen is dropped.
   */
  public static List<String> normalizeName(List<String> tokens) {
    List<String> out = new ArrayList<>();
    for (String w : normalize(tokens)) {
      int h = w.indexOf('-');
      if (h > 0 && w.lastIndexOf('-') < w.length() - 1) {
        for (String p : w.split("-+")) {
          if (!p.isEmpty()) {
            out.add(p);
          }
        }
      } else {
        out.add(w);
      }
    }
    return out;
  }

  /** One token in lookup form: upper case, typographic apostrophes and dashes made plain. */
  public static String token(String word) {
    return word.replace('\u2019', '\'')
        .replace('\u2018', '\'')
        .replace('\u2013', '-')
        .replace('\u2014', '-')
        .toUpperCase(Locale.ROOT);
  }

  /**
   * Text tokens in lookup form: each token upper-cased, a possessive "'s" or "'" split off as a
   * token of its own ("Pakistan's" → PAKISTAN, 'S), punctuation-only tokens other than "'S"
   * dropped.
   */
  public static List<String> normalize(List<String> tokens) {
    List<String> out = new ArrayList<>(tokens.size() + 2);
    for (String raw : tokens) {
      for (String piece : raw.trim().split("[\\s_]+")) {
        String t = token(piece);
        if (t.isEmpty()) {
          continue;
        }
        if (t.length() > 2 && t.endsWith("'S")) {
          out.add(t.substring(0, t.length() - 2));
          out.add("'S");
        } else if (t.length() > 1 && t.endsWith("'") && t.charAt(t.length() - 2) == 'S') {
          out.add(t.substring(0, t.length() - 1));
          out.add("'S");
        } else if ("'S".equals(t) || t.codePoints().anyMatch(Character::isLetterOrDigit)) {
          out.add(t);
        }
      }
    }
    return out;
  }

  /** Splits running text on white space and normalises it ({@link #normalize(List)}). */
  public static List<String> tokenize(String text) {
    String spaced = text.replaceAll("([,;:()\"?!])", " ");
    List<String> words = new ArrayList<>();
    for (String w : spaced.trim().split("\\s+")) {
      // a sentence-final full stop, but not the dots of "U.S."
      if (w.length() > 1 && w.endsWith(".") && w.indexOf('.') == w.length() - 1) {
        words.add(w.substring(0, w.length() - 1));
      } else {
        words.add(w);
      }
    }
    return normalize(words);
  }
}
