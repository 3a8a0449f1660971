/**
 * Throughput benchmarks of pipeline stages ({@link org.annalist.nlp.bench.Bench}) and of CoreNLP
 * configurations ({@link org.annalist.nlp.bench.ConfigurationSweep}). Reports, never asserts.
 */
package org.annalist.nlp.bench;
