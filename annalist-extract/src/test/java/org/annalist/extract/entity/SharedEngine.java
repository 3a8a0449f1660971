package org.annalist.extract.entity;

import org.annalist.nlp.CoreNlpEngine;

/** The one CoreNLP engine shared by every models test of the JVM, loaded on first use. */
final class SharedEngine {
  private SharedEngine() {}

  static CoreNlpEngine get() {
    return org.annalist.extract.TestEngines.standard();
  }
}
