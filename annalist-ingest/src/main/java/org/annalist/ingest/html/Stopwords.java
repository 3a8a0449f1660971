package org.annalist.ingest.html;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Small function-word lists for the stopword density of a block (jusText's measure of prose).
 * Immutable and thread-safe.
 */
final class Stopwords {

  private static final Map<String, String> LISTS =
      Map.of(
          "en",
          "a about above after again against all also am an and any are as at be because been"
              + " before being below between both but by can could did do does doing down during"
              + " each few for from further had has have having he her here hers herself him"
              + " himself his how i if in into is it its itself just me more most my myself no"
              + " nor not now of off on once only or other our ours out over own same she should"
              + " so some such than that the their theirs them themselves then there these they"
              + " this those through to too under until up very was we were what when where which"
              + " while who whom why will with would you your yours said says one two new like"
              + " many much may might must us who's it's that's don't can't didn't",
          "de",
          "der die das und in zu den von mit sich des auf für ist im dem nicht ein eine als auch"
              + " es an werden aus er hat dass daß sie nach wird bei einer um am sind noch wie"
              + " einem über einen so zum war haben nur oder aber vor zur bis mehr durch man"
              + " sein wurde sei ich wir ihr ihre wenn kann was schon diese dieser hier dann"
              + " unter sehr uns ob alle wieder keine doch",
          "fr",
          "le la les de des du un une et est en que qui dans pour pas au aux sur ce cette ces"
              + " il elle ils elles avec se sont par plus ne son sa ses ont été être a ou mais"
              + " comme on nous vous leur leurs y été fait tout tous aussi bien sans entre",
          "es",
          "el la los las de del y en que a un una es por con no para se su sus al lo como más"
              + " pero le ha me si sin sobre este esta ya entre cuando todo también fue había"
              + " muy hasta desde está son ser dos les ni otro otra donde",
          "pt",
          "o a os as de do da dos das e em no na nos nas um uma que é para com não por se mais"
              + " como mas foi ao aos ele ela seu sua seus suas ou ser quando muito já também só"
              + " pelo pela até isso entre depois sem mesmo está você são tem",
          "it",
          "il lo la i gli le di del della dei delle e è in che un una per con non si da al alla"
              + " sono come più ma anche nel nella ha sua suo dal dalla questo questa essere"
              + " stato fra tra quando ci se già",
          "nl",
          "de het een en van in is dat op te zijn met voor niet die aan er om ook als bij door"
              + " maar dan of wordt nog was naar uit heeft hij ze worden tot wel meer kan werd"
              + " geen deze dit over",
          "id",
          "yang dan di ke dari ini itu dengan untuk dalam tidak akan pada juga ada adalah"
              + " karena oleh sebagai mereka kita kami saya ia atau bisa sudah telah hanya"
              + " lebih seperti jika tersebut dapat harus orang saat namun bahwa",
          "ru",
          "и в во не что он на я с со как а то все она так его но да ты к у же вы за бы по"
              + " только ее мне было вот от меня еще нет о из ему теперь когда даже ну ли если"
              + " уже или быть был него до вас они это для при этом также может");

  private static final Map<String, Set<String>> SETS = build();

  private Stopwords() {}

  private static Map<String, Set<String>> build() {
    Map<String, Set<String>> sets = new java.util.HashMap<>();
    LISTS.forEach(
        (lang, words) -> sets.put(lang, Set.copyOf(new HashSet<>(List.of(words.split(" "))))));
    return Map.copyOf(sets);
  }

  /** Language codes that have a list. */
  static Set<String> languages() {
    return SETS.keySet();
  }

  /** The stopword set of {@code language}, or an empty set. */
  static Set<String> of(String language) {
    return SETS.getOrDefault(language, Set.of());
  }

  /** Lower-cases a word for look-up. */
  static String key(String word) {
    return word.toLowerCase(Locale.ROOT);
  }
}
