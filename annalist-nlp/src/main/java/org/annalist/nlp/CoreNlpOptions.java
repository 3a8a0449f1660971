package org.annalist.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;

/**
 * What the CoreNLP pipeline runs: typed switches for the choices that matter for speed and quality,
 * plus a few other CoreNLP properties from an allow-list. Immutable; validated when built.
 *
 * <p>The pipeline is always {@code tokenize,ssplit,pos,lemma,ner} (entity mentions on), with {@code
 * depparse} when {@link #dependencies()} is set. CoreNLP silently ignores misspelled property keys;
 * these options reject them instead ({@link NlpOptionsException} with the key).
 *
 * @param nerModel which statistical NER models tag names
 * @param fineGrained CoreNLP's fine-grained NER (a large gazetteer: CITY, COUNTRY, NATIONALITY,
 *     RELIGION, TITLE...); off, names keep the coarse PERSON/ORGANIZATION/LOCATION/MISC tags
 * @param sutime CoreNLP's time tagger SUTime (needs {@code numericClassifiers})
 * @param numericClassifiers CoreNLP's number, money and date taggers
 * @param dependencies run the neural dependency parser (Universal Dependencies)
 * @param properties other CoreNLP properties; every key must be in {@link #ALLOWED_PROPERTIES}
 */
public record CoreNlpOptions(
    NerModel nerModel,
    boolean fineGrained,
    boolean sutime,
    boolean numericClassifiers,
    boolean dependencies,
    Map<String, String> properties) {

  /** CoreNLP property keys that {@link #properties()} may set. */
  public static final Set<String> ALLOWED_PROPERTIES =
      Set.of(
          "tokenize.options",
          "ssplit.newlineIsSentenceBreak",
          "ssplit.boundaryTokenRegex",
          "pos.model",
          "pos.maxlen",
          "ner.maxlen",
          "ner.maxtime",
          "ner.combinationMode",
          "ner.useNERSpecificTokenization",
          "ner.fine.regexner.mapping",
          "ner.fine.regexner.ignorecase",
          "ner.additional.regexner.mapping",
          "ner.additional.regexner.ignorecase",
          "depparse.model");

  /** Keys the typed fields set, with the field to use instead. */
  private static final Map<String, String> TYPED =
      Map.of(
          "annotators", "dependencies",
          "ner.model", "nerModel",
          "ner.applyFineGrained", "fineGrained",
          "ner.useSUTime", "sutime",
          "ner.applyNumericClassifiers", "numericClassifiers",
          "ner.buildEntityMentions", "(always on: mentions are part of the annotation)");

  /**
   * Annalist's default, chosen by measurement (docs/nlp.md): the 3-class and CoNLL NER models (the
   * same PERSON, ORGANIZATION and LOCATION names as CoreNLP's default on our articles; the CoNLL
   * model alone loses half the organisations), no fine-grained NER, no SUTime or numeric taggers
   * (our own time tagger handles time), and the dependency parser. A blank line (paragraph break)
   * always ends a sentence.
   */
  public static final CoreNlpOptions DEFAULTS =
      new CoreNlpOptions(
          NerModel.THREE_CLASS_AND_CONLL,
          false,
          false,
          false,
          true,
          Map.of("ssplit.newlineIsSentenceBreak", "two"));

  /** CoreNLP's default NER pipeline ({@code tokenize,ssplit,pos,lemma,ner}, its own defaults). */
  public static final CoreNlpOptions CORENLP_DEFAULT_NER =
      new CoreNlpOptions(NerModel.DEFAULT, true, true, true, false, Map.of());

  /** Validates; see the class comment. */
  public CoreNlpOptions {
    Objects.requireNonNull(nerModel, "nerModel");
    if (sutime && !numericClassifiers) {
      throw new NlpOptionsException(
          "sutime needs numericClassifiers (CoreNLP runs it inside them)");
    }
    Map<String, String> sorted = new TreeMap<>();
    for (Map.Entry<String, String> e :
        Objects.requireNonNull(properties, "properties").entrySet()) {
      String key = Objects.requireNonNull(e.getKey(), "property key");
      if (TYPED.containsKey(key)) {
        throw new NlpOptionsException(
            "CoreNLP property " + key + " is set by the typed option " + TYPED.get(key));
      }
      if (!ALLOWED_PROPERTIES.contains(key)) {
        throw new NlpOptionsException(
            "unknown or unsupported CoreNLP property: "
                + key
                + " (allowed: "
                + String.join(", ", sortedAllowed())
                + ")");
      }
      if (e.getValue() == null) {
        throw new NlpOptionsException("CoreNLP property " + key + " has no value");
      }
      sorted.put(key, e.getValue());
    }
    properties = Map.copyOf(sorted);
  }

  private static List<String> sortedAllowed() {
    return ALLOWED_PROPERTIES.stream().sorted().toList();
  }

  /** These options with another NER model. */
  public CoreNlpOptions withNerModel(NerModel model) {
    return new CoreNlpOptions(
        model, fineGrained, sutime, numericClassifiers, dependencies, properties);
  }

  /** These options with fine-grained NER on or off. */
  public CoreNlpOptions withFineGrained(boolean on) {
    return new CoreNlpOptions(nerModel, on, sutime, numericClassifiers, dependencies, properties);
  }

  /** These options with SUTime on or off. */
  public CoreNlpOptions withSutime(boolean on) {
    return new CoreNlpOptions(
        nerModel, fineGrained, on, numericClassifiers, dependencies, properties);
  }

  /** These options with the numeric classifiers on or off (off also turns SUTime off). */
  public CoreNlpOptions withNumericClassifiers(boolean on) {
    return new CoreNlpOptions(nerModel, fineGrained, sutime && on, on, dependencies, properties);
  }

  /** These options with the dependency parser on or off. */
  public CoreNlpOptions withDependencies(boolean on) {
    return new CoreNlpOptions(nerModel, fineGrained, sutime, numericClassifiers, on, properties);
  }

  /** These options with one more allowed CoreNLP property. */
  public CoreNlpOptions withProperty(String key, String value) {
    Map<String, String> more = new TreeMap<>(properties);
    more.put(key, value);
    return new CoreNlpOptions(
        nerModel, fineGrained, sutime, numericClassifiers, dependencies, more);
  }

  /** The annotator list, e.g. {@code tokenize,ssplit,pos,lemma,ner,depparse}. */
  public String annotators() {
    return dependencies
        ? "tokenize,ssplit,pos,lemma,ner,depparse"
        : "tokenize,ssplit,pos,lemma,ner";
  }

  /**
   * The CoreNLP properties: the annotators, every setting that differs from CoreNLP's default, and
   * {@link #properties()}. {@link #CORENLP_DEFAULT_NER} gives the annotators only.
   */
  public Properties toProperties() {
    Properties p = new Properties();
    changedSettings().forEach(p::setProperty);
    return p;
  }

  /** {@link #toProperties()} as a sorted map, annotators first. */
  public Map<String, String> changedSettings() {
    Map<String, String> out = new java.util.LinkedHashMap<>();
    out.put("annotators", annotators());
    if (nerModel != NerModel.DEFAULT) {
      out.put("ner.model", String.join(",", nerModel.paths()));
    }
    if (!fineGrained) {
      out.put("ner.applyFineGrained", "false");
    }
    if (!sutime) {
      out.put("ner.useSUTime", "false");
    }
    if (!numericClassifiers) {
      out.put("ner.applyNumericClassifiers", "false");
    }
    out.putAll(properties);
    return out;
  }

  /** A one-line summary for reports. */
  public String describe() {
    List<String> parts = new ArrayList<>();
    parts.add(annotators());
    parts.add("ner=" + nerModel.name().toLowerCase(java.util.Locale.ROOT));
    parts.add("fine-grained " + (fineGrained ? "on" : "off"));
    parts.add("SUTime " + (sutime ? "on" : "off"));
    parts.add("numeric " + (numericClassifiers ? "on" : "off"));
    properties.forEach((k, v) -> parts.add(k + "=" + v));
    return String.join("; ", parts);
  }
}
