package org.annalist.model;

/**
 * One edge of a sentence's dependency tree (Universal Dependencies relation names).
 *
 * @param relation e.g. {@code nsubj}, {@code obj}, {@code obl}, {@code ccomp}, {@code nmod:poss}
 * @param governor token index of the head in the sentence, or -1 for the root
 * @param dependent token index of the dependent in the sentence
 */
public record Dependency(String relation, int governor, int dependent) {}
