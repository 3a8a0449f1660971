package org.annalist.extract.entity;

import org.annalist.nlp.CoreNlpEngine;
import org.annalist.nlp.CoreNlpOptions;

/** The one CoreNLP engine shared by every models test of the JVM, loaded on first use. */
final class SharedEngine {
  private SharedEngine() {}

  static CoreNlpEngine get() {
    return Holder.ENGINE;
  }

  private static final class Holder {
    private static final CoreNlpEngine ENGINE = new CoreNlpEngine(CoreNlpOptions.DEFAULTS);
  }
}
