package org.annalist.extract.entity;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Word lists behind the entity rules. Immutable constants only. */
final class Lexicon {
  private Lexicon() {}

  /** Courtesy titles: kept in alias forms ("Dr. Abdullah"), never as roles. */
  static final Set<String> COURTESY =
      Set.of(
          "mr",
          "mrs",
          "ms",
          "miss",
          "dr",
          "sir",
          "dame",
          "madam",
          "madame",
          "lady",
          "lord",
          "prof",
          "professor",
          "sheikh",
          "shaikh",
          "mullah",
          "maulvi",
          "maulana",
          "hajji",
          "haji");

  /** Military ranks: an alias form ("Col Sonny Leggett") and a role of their own ("Col"). */
  static final Set<String> MILITARY =
      Set.of(
          "col",
          "colonel",
          "gen",
          "general",
          "lt",
          "lieutenant",
          "maj",
          "major",
          "capt",
          "captain",
          "sgt",
          "sergeant",
          "adm",
          "admiral",
          "brig",
          "brigadier",
          "cmdr",
          "marshal");

  /** Offices written straight before a name: an alias form and part of the title before it. */
  static final Set<String> OFFICES =
      Set.of(
          "president",
          "vice",
          "ambassador",
          "senator",
          "sen",
          "governor",
          "gov",
          "king",
          "queen",
          "prince",
          "princess",
          "emir",
          "mayor",
          "judge",
          "justice",
          "pope",
          "chancellor",
          "premier",
          "rep");

  /** Abbreviated ranks and their full forms, for comparing roles across articles. */
  static final Map<String, String> EXPANSIONS =
      Map.ofEntries(
          Map.entry("col", "colonel"),
          Map.entry("gen", "general"),
          Map.entry("lt", "lieutenant"),
          Map.entry("maj", "major"),
          Map.entry("capt", "captain"),
          Map.entry("sgt", "sergeant"),
          Map.entry("adm", "admiral"),
          Map.entry("brig", "brigadier"),
          Map.entry("cmdr", "commander"),
          Map.entry("sen", "senator"),
          Map.entry("rep", "representative"),
          Map.entry("gov", "governor"),
          Map.entry("dr", "doctor"),
          Map.entry("prof", "professor"));

  /**
   * Nouns that name a role a person holds; a title or apposition must contain one. Synonyms share a
   * group (the value), which is how "the US envoy" finds a "Special Representative".
   */
  static final Map<String, String> ROLE_HEADS =
      Map.ofEntries(
          Map.entry("envoy", "envoy"),
          Map.entry("representative", "envoy"),
          Map.entry("ambassador", "envoy"),
          Map.entry("diplomat", "envoy"),
          Map.entry("emissary", "envoy"),
          Map.entry("negotiator", "negotiator"),
          Map.entry("mediator", "negotiator"),
          Map.entry("spokesman", "spokesman"),
          Map.entry("spokeswoman", "spokesman"),
          Map.entry("spokesperson", "spokesman"),
          Map.entry("minister", "minister"),
          Map.entry("secretary", "secretary"),
          Map.entry("president", "president"),
          Map.entry("premier", "premier"),
          Map.entry("pm", "premier"),
          Map.entry("chancellor", "chancellor"),
          Map.entry("chief", "chief"),
          Map.entry("head", "head"),
          Map.entry("leader", "leader"),
          Map.entry("commander", "commander"),
          Map.entry("general", "general"),
          Map.entry("colonel", "colonel"),
          Map.entry("admiral", "admiral"),
          Map.entry("officer", "officer"),
          Map.entry("director", "director"),
          Map.entry("chairman", "chairman"),
          Map.entry("chairwoman", "chairman"),
          Map.entry("chairperson", "chairman"),
          Map.entry("governor", "governor"),
          Map.entry("senator", "senator"),
          Map.entry("lawmaker", "lawmaker"),
          Map.entry("mayor", "mayor"),
          Map.entry("adviser", "adviser"),
          Map.entry("advisor", "adviser"),
          Map.entry("official", "official"),
          Map.entry("deputy", "deputy"),
          Map.entry("king", "king"),
          Map.entry("queen", "queen"),
          Map.entry("prince", "prince"),
          Map.entry("emir", "emir"),
          Map.entry("judge", "judge"),
          Map.entry("prosecutor", "prosecutor"),
          Map.entry("founder", "founder"),
          Map.entry("coordinator", "coordinator"),
          Map.entry("delegate", "delegate"));

  /** Lower-case words that may stand inside a title before a name ("US special envoy for ..."). */
  static final Set<String> TITLE_WORDS =
      Set.of(
          "special",
          "deputy",
          "foreign",
          "presidential",
          "press",
          "senior",
          "top",
          "former",
          "acting",
          "interim",
          "defence",
          "defense",
          "state",
          "peace",
          "affairs",
          "military",
          "national",
          "security",
          "political",
          "chief",
          "vice",
          "prime",
          "army",
          "navy",
          "ministry",
          "ministry's",
          "government",
          "veteran",
          "assistant",
          "executive",
          "general",
          "regional",
          "provincial",
          "district",
          "interior",
          "finance",
          "media",
          "reconciliation",
          "armed",
          "forces",
          "joint",
          "staff",
          "high",
          "supreme",
          "council");

  /** Words that join the parts of a title ("Chief of the Army Staff"). */
  static final Set<String> CONNECTORS = Set.of("of", "for", "the", "and", "in", "on", "to", "'s");

  /** Function words an acronym may skip ("Islamic Emirate of Afghanistan" = IEA). */
  static final Set<String> ACRONYM_SKIPPABLE =
      Set.of("of", "the", "and", "for", "in", "on", "de", "la", "du", "des", "del", "&", "to");

  /**
   * Heads of organisation names that read both ways: "Department of State" = "State Department".
   */
  static final Set<String> INVERTIBLE_HEADS =
      Set.of(
          "department",
          "ministry",
          "office",
          "bureau",
          "agency",
          "council",
          "commission",
          "committee",
          "service",
          "services",
          "court");

  /** Words that make a phrase an organisation ("spokesman for US forces in Afghanistan"). */
  static final Set<String> ORG_HEADS =
      Set.of(
          "forces",
          "force",
          "government",
          "ministry",
          "department",
          "council",
          "party",
          "committee",
          "commission",
          "office",
          "agency",
          "embassy",
          "police",
          "military",
          "movement",
          "front",
          "army",
          "troops");

  /** Country names folded to one key; a short, fixed list of well-known equivalents. */
  static final Map<String, String> COUNTRY_FOLDS =
      Map.ofEntries(
          Map.entry("u.s.", "us"),
          Map.entry("u.s", "us"),
          Map.entry("u.s.a.", "us"),
          Map.entry("usa", "us"),
          Map.entry("united states", "us"),
          Map.entry("united states of america", "us"),
          Map.entry("u.k.", "uk"),
          Map.entry("united kingdom", "uk"),
          Map.entry("u.n.", "un"),
          Map.entry("united nations", "un"));

  /** All-caps words that are not acronyms of organisations. */
  static final Set<String> NOT_ACRONYMS =
      Set.of(
          "I",
          "A",
          "OK",
          "TV",
          "AM",
          "PM",
          "CEO",
          "COVID",
          "GMT",
          "UTC",
          "AD",
          "BC",
          "II",
          "III",
          "IV",
          "VI",
          "VII",
          "VIII",
          "IX",
          "XI",
          "XII",
          "PDF",
          "URL",
          "FAQ",
          "ALSO",
          "READ",
          "THE",
          "AND",
          "AFTER",
          "THAT",
          "WITH",
          "NEW",
          "UPDATE",
          "UPDATED",
          "BREAKING",
          "ET",
          "EST",
          "PST",
          "CET");

  static final Set<String> MALE = Set.of("he", "him", "his", "himself");
  static final Set<String> FEMALE = Set.of("she", "her", "hers", "herself");
  static final Set<String> FEMALE_TITLES =
      Set.of("mrs", "ms", "miss", "madam", "madame", "lady", "dame", "queen", "princess");
  static final Set<String> MALE_TITLES = Set.of("mr", "sir", "lord", "king", "prince");

  /** Lower case, without a trailing full stop: the form the word lists hold. */
  static String word(String token) {
    String w = token.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
    return w.endsWith(".") && w.length() > 1 ? w.substring(0, w.length() - 1) : w;
  }

  static boolean isMilitary(String token) {
    return Character.isUpperCase(token.charAt(0)) && MILITARY.contains(word(token));
  }

  static boolean isOffice(String token) {
    return Character.isUpperCase(token.charAt(0)) && OFFICES.contains(word(token));
  }

  static boolean isCourtesy(String token) {
    return Character.isUpperCase(token.charAt(0)) && COURTESY.contains(word(token));
  }

  static boolean isHonorific(String token) {
    return isMilitary(token) || isOffice(token) || isCourtesy(token);
  }

  /** The synonym group of a role head, or null. */
  static String roleGroup(String token) {
    return ROLE_HEADS.get(word(token));
  }
}
