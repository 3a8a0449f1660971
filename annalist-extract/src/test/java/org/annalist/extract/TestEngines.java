package org.annalist.extract;

import org.annalist.nlp.CoreNlpEngine;
import org.annalist.nlp.CoreNlpOptions;

/** The one CoreNLP engine every test of this module's JVM shares (loaded on first use). */
public final class TestEngines {
  private TestEngines() {}

  /** The shared engine with the project's default options. */
  public static CoreNlpEngine standard() {
    return Holder.ENGINE;
  }

  private static final class Holder {
    private static final CoreNlpEngine ENGINE = new CoreNlpEngine(CoreNlpOptions.DEFAULTS);
  }
}
