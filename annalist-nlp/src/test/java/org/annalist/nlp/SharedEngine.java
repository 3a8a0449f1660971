package org.annalist.nlp;

/**
 * The one {@link CoreNlpEngine} (with {@link CoreNlpOptions#DEFAULTS}) shared by every test of the
 * JVM, loaded on first use: tests only, so the models load once per test run.
 */
final class SharedEngine {
  private SharedEngine() {}

  /** The shared engine. */
  static CoreNlpEngine get() {
    return Holder.ENGINE;
  }

  private static final class Holder {
    private static final CoreNlpEngine ENGINE = new CoreNlpEngine(CoreNlpOptions.DEFAULTS);
  }
}
