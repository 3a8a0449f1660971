package org.annalist.extract.quote;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** The verbs that report speech, by lemma, with a lemmatiser for when the engine gives none. */
final class SpeechVerbs {
  static final Set<String> LEMMAS =
      Set.of(
          "say",
          "tell",
          "add",
          "stress",
          "insist",
          "accuse",
          "deny",
          "warn",
          "demand",
          "urge",
          "announce",
          "claim",
          "allege",
          "reiterate",
          "describe",
          "tweet",
          "retweet",
          "state",
          "note",
          "explain",
          "argue",
          "assert",
          "declare",
          "confirm",
          "report",
          "reply",
          "respond",
          "write",
          "ask",
          "suggest",
          "acknowledge",
          "admit",
          "promise",
          "vow",
          "pledge",
          "predict",
          "reject",
          "blame",
          "caution",
          "emphasize",
          "emphasise",
          "underline",
          "underscore",
          "maintain",
          "comment",
          "recall",
          "threaten",
          "criticize",
          "criticise",
          "condemn",
          "rebuke",
          "contend",
          "concede",
          "complain",
          "protest",
          "testify",
          "recount",
          "observe",
          "remark",
          "quote",
          "slam",
          "lash",
          "speak");

  private static final Map<String, String> IRREGULAR =
      Map.of("said", "say", "says", "say", "told", "tell", "wrote", "write", "written", "write");

  private SpeechVerbs() {}

  /** The lemma of a verb form: the engine's when given, else a rough English one. */
  static String lemma(String text, String engineLemma) {
    if (engineLemma != null && !engineLemma.isEmpty()) {
      return engineLemma.toLowerCase(Locale.ROOT);
    }
    String w = text.toLowerCase(Locale.ROOT);
    if (IRREGULAR.containsKey(w)) {
      return IRREGULAR.get(w);
    }
    for (String suffix : new String[] {"ing", "ied", "ies", "ed", "es", "s", "d"}) {
      if (w.endsWith(suffix) && w.length() > suffix.length() + 2) {
        String stem = w.substring(0, w.length() - suffix.length());
        if ("ied".equals(suffix) || "ies".equals(suffix)) {
          stem = stem + "y";
        }
        if (LEMMAS.contains(stem)) {
          return stem;
        }
        if (LEMMAS.contains(stem + "e")) {
          return stem + "e";
        }
        if (stem.length() > 2 && stem.charAt(stem.length() - 1) == stem.charAt(stem.length() - 2)) {
          String single = stem.substring(0, stem.length() - 1);
          if (LEMMAS.contains(single)) {
            return single;
          }
        }
      }
    }
    return w;
  }

  /** True when a token is a speech verb: a known lemma, tagged as a verb when the engine tags. */
  static boolean isSpeechVerb(String text, String engineLemma, String pos) {
    if (pos != null && !pos.isEmpty() && !pos.startsWith("VB")) {
      return false;
    }
    return LEMMAS.contains(lemma(text, engineLemma));
  }
}
