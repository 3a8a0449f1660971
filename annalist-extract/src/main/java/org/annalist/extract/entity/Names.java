package org.annalist.extract.entity;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Name forms: folding for comparison, transliteration variants, full-name compatibility of people,
 * comparison keys of organisations and places, and acronym/expansion matching. Stateless but for a
 * cache of transliterated tokens (thread-safe).
 */
final class Names {

  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern PUNCTUATION = Pattern.compile("[-'.]");
  private static final Pattern DOUBLED = Pattern.compile("(.)\\1+");

  /**
   * Tokens already transliterated: {@link #sameToken} compares each with many (cleared at 100k).
   */
  private static final Map<String, String> TRANSLIT = new ConcurrentHashMap<>();

  /** A whole-word replacement of {@link Lexicon#COUNTRY_FOLDS}, compiled once. */
  private record Fold(Pattern pattern, String replacement) {}

  private static final Pattern POSSESSIVE = Pattern.compile("'s$");
  private static final Pattern THE = Pattern.compile("^the ");
  private static final Pattern SPACES = Pattern.compile("\\s+");

  /** The folds in the map's iteration order (the order they were applied in one by one). */
  private static final List<Fold> FOLDS =
      Lexicon.COUNTRY_FOLDS.entrySet().stream()
          .map(
              e ->
                  new Fold(
                      Pattern.compile(
                          "(?<![\\p{L}.])" + Pattern.quote(e.getKey()) + "(?![\\p{L}])"),
                      Matcher.quoteReplacement(e.getValue())))
          .toList();

  private Names() {}

  /** Lower case, no diacritics, typographic apostrophes folded, spaces collapsed. */
  static String fold(String s) {
    String n = MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFKD)).replaceAll("");
    n = n.replace('\u2019', '\'').replace('\u2018', '\'').toLowerCase(Locale.ROOT);
    return SPACES.matcher(n).replaceAll(" ").strip();
  }

  /** The words of a name: split on spaces, possessive endings dropped. */
  static List<String> words(String name) {
    List<String> out = new ArrayList<>();
    for (String w : name.strip().split("\\s+")) {
      String t = stripPossessive(w);
      if (!t.isEmpty()) {
        out.add(t);
      }
    }
    return out;
  }

  /** "Leggett's" and "Zabihullah'" to "Leggett", "Zabihullah". */
  static String stripPossessive(String w) {
    String t = w.replace('\u2019', '\'');
    if (t.endsWith("'s") || t.endsWith("'S")) {
      return w.substring(0, w.length() - 2);
    }
    if (t.endsWith("'") && t.length() > 1) {
      return w.substring(0, w.length() - 1);
    }
    return w;
  }

  /**
   * A token folded for transliteration variants: kh/k, gh/g, dh/d, th/t, ph/f, q/k, ou/u, oo/u,
   * ee/i, y/i, doubled letters single, hyphens and apostrophes dropped ("Zalmai" = "Zalmay").
   */
  static String translit(String token) {
    String t = TRANSLIT.get(token);
    if (t == null) {
      t = transliterate(token);
      if (TRANSLIT.size() >= 100_000) {
        TRANSLIT.clear();
      }
      TRANSLIT.put(token, t);
    }
    return t;
  }

  private static String transliterate(String token) {
    String t = PUNCTUATION.matcher(fold(token)).replaceAll("");
    t = t.replace("kh", "k").replace("gh", "g").replace("dh", "d").replace("th", "t");
    t = t.replace("ph", "f").replace('q', 'k').replace("ou", "u").replace("oo", "u");
    t = t.replace("ee", "i").replace('y', 'i');
    return DOUBLED.matcher(t).replaceAll("$1");
  }

  /** Consonants of a transliterated token, for vowel-only variants ("Mohammed" / "Muhammad"). */
  static String skeleton(String translit) {
    return translit.charAt(0) + translit.substring(1).replaceAll("[aeiouw]", "");
  }

  /** True when two name tokens are spellings of the same name. */
  static boolean sameToken(String a, String b) {
    String x = translit(a);
    String y = translit(b);
    if (x.isEmpty() || y.isEmpty()) {
      return false;
    }
    if (x.equals(y)) {
      return true;
    }
    if (x.charAt(0) != y.charAt(0)) {
      return false;
    }
    if (Math.min(x.length(), y.length()) >= 5 && editDistance(x, y) <= 1) {
      return true;
    }
    String sx = skeleton(x);
    return sx.length() >= 3 && sx.equals(skeleton(y));
  }

  /** "J." or "J" abbreviates "John". */
  static boolean initialOf(String initial, String name) {
    String i = initial.replace(".", "");
    return i.length() == 1
        && name.length() > 1
        && Character.toLowerCase(i.charAt(0)) == Character.toLowerCase(name.charAt(0));
  }

  private static boolean sameOrInitial(String a, String b) {
    return sameToken(a, b) || initialOf(a, b) || initialOf(b, a);
  }

  /**
   * Full-name compatibility of two people's names (honorifics already removed): both have two or
   * more words, the last words are the same name, the first words are the same name (or one is the
   * other's initial), and the middle words of the shorter name appear, in order, in the longer.
   */
  static boolean compatiblePersons(List<String> a, List<String> b) {
    if (a.size() < 2 || b.size() < 2) {
      return false;
    }
    if (!sameToken(a.get(a.size() - 1), b.get(b.size() - 1))) {
      return false;
    }
    if (!sameOrInitial(a.get(0), b.get(0))) {
      return false;
    }
    List<String> shorter = a.size() <= b.size() ? a : b;
    List<String> longer = shorter == a ? b : a;
    int j = 1;
    for (int i = 1; i < shorter.size() - 1; i++) {
      String w = shorter.get(i);
      while (j < longer.size() - 1 && !sameOrInitial(w, longer.get(j))) {
        j++;
      }
      if (j >= longer.size() - 1) {
        return false;
      }
      j++;
    }
    return true;
  }

  /** Levenshtein distance. */
  static int editDistance(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }

  /**
   * Comparison keys of an organisation, place or other non-person name: case-folded, leading "the"
   * and possessive dropped, "U.S."/"United States" folded to "us" (a short fixed list), and for
   * "Department of State" also the inverted "state department" (heads in {@link
   * Lexicon#INVERTIBLE_HEADS}).
   */
  static Set<String> keys(String name) {
    String k = THE.matcher(POSSESSIVE.matcher(fold(name)).replaceAll("")).replaceAll("");
    for (Fold f : FOLDS) {
      k = f.pattern().matcher(k).replaceAll(f.replacement());
    }
    k = SPACES.matcher(k.replace(".", "")).replaceAll(" ").strip();
    Set<String> out = new LinkedHashSet<>();
    out.add(k);
    String[] w = k.split(" ");
    for (int i = 0; i + 2 < w.length; i++) {
      if (Lexicon.INVERTIBLE_HEADS.contains(w[i]) && "of".equals(w[i + 1])) {
        StringBuilder b = new StringBuilder();
        for (int j = 0; j < i; j++) {
          b.append(w[j]).append(' ');
        }
        for (int j = i + 2; j < w.length; j++) {
          b.append(w[j]).append(' ');
        }
        out.add(b.append(w[i]).toString());
        break;
      }
    }
    return out;
  }

  /** An all-capital token of 2 to 8 letters (digits and "&" allowed after the first). */
  static boolean looksLikeAcronym(String token) {
    return token.matches("\\p{Lu}[\\p{Lu}&\\d]{1,7}") && !Lexicon.NOT_ACRONYMS.contains(token);
  }

  /**
   * Where the expansion of {@code acronym} starts among {@code words} so that the expansion runs to
   * the last word, or -1. Each content word gives the acronym its first letter and maybe further
   * letters from inside it ("General Headquarters" = GHQ); function words may be skipped.
   */
  static int expansionStart(String acronym, List<String> words) {
    String acr = acronym.replace("&", "").toLowerCase(Locale.ROOT);
    int maxWords = acr.length() + 4;
    for (int start = words.size() - 1; start >= Math.max(0, words.size() - maxWords); start--) {
      if (matches(acr, 0, words, start, words.size())
          && Character.isUpperCase(words.get(start).charAt(0))) {
        return start;
      }
    }
    return -1;
  }

  /** True when all of {@code words} spell {@code acronym} (see {@link #expansionStart}). */
  static boolean spells(String acronym, List<String> words) {
    return !words.isEmpty()
        && matches(acronym.replace("&", "").toLowerCase(Locale.ROOT), 0, words, 0, words.size());
  }

  private static boolean matches(String acr, int a, List<String> words, int w, int end) {
    if (w == end) {
      return a == acr.length();
    }
    String word = fold(words.get(w)).replaceAll("[^\\p{L}\\d-]", "");
    if (word.isEmpty()) {
      return matches(acr, a, words, w + 1, end);
    }
    boolean skippable = Lexicon.ACRONYM_SKIPPABLE.contains(word);
    if (skippable && matches(acr, a, words, w + 1, end)) {
      return true;
    }
    // hyphenated words ("Inter-Services") are several words for the acronym
    String[] parts = word.split("-");
    return matchParts(acr, a, parts, 0, words, w, end);
  }

  private static boolean matchParts(
      String acr, int a, String[] parts, int p, List<String> words, int w, int end) {
    if (p == parts.length) {
      return matches(acr, a, words, w + 1, end);
    }
    String part = parts[p];
    if (part.isEmpty()) {
      return matchParts(acr, a, parts, p + 1, words, w, end);
    }
    if (a >= acr.length() || part.charAt(0) != acr.charAt(a)) {
      return false;
    }
    // the first letter, then 0..n further letters from inside the part, in order
    return inside(acr, a + 1, part, 1, parts, p, words, w, end);
  }

  private static boolean inside(
      String acr,
      int a,
      String part,
      int from,
      String[] parts,
      int p,
      List<String> words,
      int w,
      int end) {
    if (matchParts(acr, a, parts, p + 1, words, w, end)) {
      return true;
    }
    if (a >= acr.length()) {
      return false;
    }
    for (int i = from; i < part.length(); i++) {
      if (part.charAt(i) == acr.charAt(a)
          && inside(acr, a + 1, part, i + 1, parts, p, words, w, end)) {
        return true;
      }
    }
    return false;
  }
}
