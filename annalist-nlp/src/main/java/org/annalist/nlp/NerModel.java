package org.annalist.nlp;

import java.util.List;

/** Which of CoreNLP's statistical English NER models tag names. */
public enum NerModel {
  /**
   * CoreNLP's default combination: the 3-class model (PERSON, ORGANIZATION, LOCATION), then the MUC
   * 7-class model (adds DATE, TIME, MONEY, PERCENT), then the CoNLL 4-class model (adds MISC).
   */
  DEFAULT(
      "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz",
      "edu/stanford/nlp/models/ner/english.muc.7class.distsim.crf.ser.gz",
      "edu/stanford/nlp/models/ner/english.conll.4class.distsim.crf.ser.gz"),
  /** The default combination without the MUC model, whose labels (dates, money) we drop anyway. */
  THREE_CLASS_AND_CONLL(
      "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz",
      "edu/stanford/nlp/models/ner/english.conll.4class.distsim.crf.ser.gz"),
  /** The CoNLL 4-class model alone: PERSON, ORGANIZATION, LOCATION, MISC. */
  CONLL("edu/stanford/nlp/models/ner/english.conll.4class.distsim.crf.ser.gz");

  private final List<String> paths;

  NerModel(String... paths) {
    this.paths = List.of(paths);
  }

  /** The model files on the class path (the models jar), in the order CoreNLP applies them. */
  public List<String> paths() {
    return paths;
  }
}
