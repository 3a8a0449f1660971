package org.annalist.ingest.clean;

import java.util.Map;
import java.util.Set;

/** Function words (stop words) per language, for telling prose from furniture. Immutable. */
final class FunctionWords {
  private static final Set<String> ENGLISH =
      Set.of(
          ("a about above after again against all also am an and any are as at be because been"
                  + " before being below between both but by can could did do does doing down"
                  + " during each either even ever every few for from further had has have"
                  + " having he her here hers herself him himself his how however i if in into is"
                  + " it its itself just least less like many may me might more most much must my"
                  + " myself neither no nor not now of off on once one only or other others our"
                  + " ours ourselves out over own per rather same several shall she should since"
                  + " so some such than that the their theirs them themselves then there these"
                  + " they this those though through thus to too toward towards under until up"
                  + " upon us very via was we were what whatever when where whether which while"
                  + " who whom whose why will with within without would yet you your yours"
                  + " yourself said says say told according amid among across already still"
                  + " two three four five first last next new including")
              .split(" "));

  private static final Map<String, Set<String>> OTHERS =
      Map.of(
          "es",
          Set.of(
              ("a al algo ante antes como con contra cual cuando de del desde donde durante e el"
                      + " ella ellas ellos en entre era es esa ese eso esta este esto fue fueron"
                      + " ha han hasta hay la las le les lo los más me mi muy no nos o otra otro"
                      + " para pero por porque que quien se sea ser si sin sobre su sus también"
                      + " tras un una uno unos y ya dijo según")
                  .split(" ")),
          "fr",
          Set.of(
              ("à au aux avec ce ces cette dans de des du elle en est et été il ils la le les"
                      + " leur lui mais ne ni nous on ou par pas plus pour qu que qui sa se ses"
                      + " son sont sur un une vous a selon")
                  .split(" ")));

  private FunctionWords() {}

  /** The function words of {@code language} (ISO 639-1); English when it has no list. */
  static Set<String> of(String language) {
    return OTHERS.getOrDefault(language, ENGLISH);
  }

  /** True when {@code language} has its own list (else density thresholds are less reliable). */
  static boolean known(String language) {
    return "en".equals(language) || OTHERS.containsKey(language);
  }
}
