package org.annalist.model;

/**
 * One step of the pipeline: a pure function from an immutable input to an immutable output.
 *
 * <p>Implementations are thread-safe and hold no mutable state, so one instance can be shared by
 * every thread of a process and shipped to distributed executors.
 *
 * @param <I> what the stage reads
 * @param <O> what it gives
 */
@FunctionalInterface
public interface Stage<I, O> {
  /** Applies the stage; never returns null. */
  O apply(I input);
}
