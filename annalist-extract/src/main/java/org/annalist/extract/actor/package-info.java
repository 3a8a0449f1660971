/**
 * Actor, agent, verb and discard dictionaries for the event coder, their readers for the
 * TABARI/PETRARCH text formats, the project's own dictionaries, and {@link
 * org.annalist.extract.actor.ActorResolver}, which turns a phrase and a date into a CAMEO actor
 * code.
 *
 * <p>Every dictionary is immutable and thread-safe once built. Phrases are matched as upper-case
 * token sequences ({@link org.annalist.extract.actor.Phrases}), longest match first, in time
 * proportional to the phrase length (a token trie). Readers never throw on odd lines: they return
 * the dictionary and the list of {@link org.annalist.extract.actor.LoadProblem}s.
 */
package org.annalist.extract.actor;
