package org.annalist.extract.actor;

/**
 * A verb form found in a token list.
 *
 * @param form the form
 * @param start first token
 * @param length tokens matched
 */
public record VerbMatch(VerbForm form, int start, int length) {}
