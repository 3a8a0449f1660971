package org.annalist.ingest.lang;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Identifies the language of a text: by writing system first (Arabic, Cyrillic, Han, Kana, Hangul,
 * Devanagari, Greek, Hebrew, Thai), then, for Latin script, by which language's most frequent
 * function words cover the text best. Returns ISO 639-1 codes, or {@code und} when the text is too
 * short or matches no profile well enough.
 *
 * <p>Good for news-length texts (a paragraph or more); not meant for single words. Stateless and
 * thread-safe.
 */
public final class LanguageIdentifier {
  /** The code returned when the language cannot be told. */
  public static final String UNDETERMINED = "und";

  private static final Pattern WORD = Pattern.compile("\\p{L}+(?:['’]\\p{L}+)?");
  private static final int MIN_WORDS = 8;

  private final Map<String, Set<String>> profiles;

  /** An identifier with the built-in function-word profiles. */
  public LanguageIdentifier() {
    Map<String, Set<String>> p = new HashMap<>();
    p.put(
        "en",
        words(
            "the of and to a in is that for it was on with as he be by at from his an have are"
                + " this not but had has they were which will said its been their who would"));
    p.put(
        "es",
        words(
            "de la que el en y los del se las por un para con una su al lo como más pero sus le"
                + " ha fue este entre cuando muy sin sobre también dijo está"));
    p.put(
        "fr",
        words(
            "de la le et les des en du un une que est pour qui dans par pas au sur plus il ne se"
                + " ce sont avec elle été aux ont mais ses cette"));
    p.put(
        "de",
        words(
            "der die und in den von zu das mit sich des auf für ist im dem nicht ein eine als auch"
                + " es an er hat aus bei sind nach wird wie über"));
    p.put(
        "it",
        words(
            "di e il la che in per un del non una della le si con al sono da gli dei più ha anche"
                + " nel alla come ma è stato questo delle"));
    p.put(
        "pt",
        words(
            "de a o que e do da em um para com não uma os no se na por mais as dos como mas foi ao"
                + " ele das tem à seu sua ou ser"));
    p.put(
        "nl",
        words(
            "de van een het en in is dat op te zijn met voor niet aan er om ook als bij door maar"
                + " uit dan nog heeft werd wordt naar"));
    p.put(
        "sv",
        words(
            "och i att det som en på är av för med till den har de inte om ett var men sig från"
                + " vid kan ska också efter"));
    p.put(
        "tr",
        words(
            "ve bir bu da de için ile olarak çok daha en gibi ne ama olan sonra kadar değil her"
                + " ise ancak göre şu"));
    p.put(
        "id",
        words(
            "yang dan di ini itu dengan untuk tidak dari dalam akan pada juga ke karena ada"
                + " mereka oleh kami bahwa atau sudah"));
    p.put(
        "pl",
        words(
            "i w nie na się z do że to jest o jak po co ale przez od za tak już jego dla"
                + " był są tylko"));
    this.profiles = Map.copyOf(p);
  }

  private static Set<String> words(String list) {
    return Set.of(list.split(" "));
  }

  /** The language of {@code text}: an ISO 639-1 code or {@link #UNDETERMINED}. */
  public String identify(String text) {
    String script = dominantScript(text);
    if (script != null) {
      return script;
    }
    List<String> tokens = tokens(text);
    if (tokens.size() < MIN_WORDS) {
      return UNDETERMINED;
    }
    String best = UNDETERMINED;
    double bestScore = 0;
    for (var e : profiles.entrySet()) {
      int hits = 0;
      for (String t : tokens) {
        if (e.getValue().contains(t)) {
          hits++;
        }
      }
      double score = (double) hits / tokens.size();
      if (score > bestScore) {
        bestScore = score;
        best = e.getKey();
      }
    }
    // Running text in any of these languages has well over 15% function words.
    return bestScore >= 0.12 ? best : UNDETERMINED;
  }

  private static List<String> tokens(String text) {
    Matcher m = WORD.matcher(text.length() > 20_000 ? text.substring(0, 20_000) : text);
    List<String> out = new java.util.ArrayList<>();
    while (m.find()) {
      out.add(m.group().toLowerCase(Locale.ROOT));
    }
    return out;
  }

  /** Non-Latin writing systems decide the language on their own; null for Latin or mixed text. */
  private static String dominantScript(String text) {
    int letters = 0;
    Map<Character.UnicodeScript, Integer> counts = new HashMap<>();
    int limit = Math.min(text.length(), 20_000);
    boolean persian = false;
    boolean urdu = false;
    boolean ukrainian = false;
    for (int i = 0; i < limit; ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      if (!Character.isLetter(cp)) {
        continue;
      }
      letters++;
      counts.merge(Character.UnicodeScript.of(cp), 1, Integer::sum);
      persian |= cp == 'پ' || cp == 'چ' || cp == 'ژ' || cp == 'گ';
      urdu |= cp == 'ٹ' || cp == 'ڈ' || cp == 'ڑ' || cp == 'ں' || cp == 'ے';
      ukrainian |= cp == 'і' || cp == 'ї' || cp == 'є' || cp == 'ґ';
    }
    if (letters == 0) {
      return null;
    }
    var top = counts.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow();
    if (top.getValue() < letters * 0.5) {
      return null;
    }
    int kana =
        counts.getOrDefault(Character.UnicodeScript.HIRAGANA, 0)
            + counts.getOrDefault(Character.UnicodeScript.KATAKANA, 0);
    switch (top.getKey()) {
      case ARABIC:
        return urdu ? "ur" : persian ? "fa" : "ar";
      case CYRILLIC:
        return ukrainian ? "uk" : "ru";
      case HAN:
        return kana > letters * 0.05 ? "ja" : "zh";
      case HIRAGANA:
      case KATAKANA:
        return "ja";
      case HANGUL:
        return "ko";
      case DEVANAGARI:
        return "hi";
      case GREEK:
        return "el";
      case HEBREW:
        return "he";
      case THAI:
        return "th";
      default:
        return null;
    }
  }
}
