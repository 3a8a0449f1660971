package org.annalist.extract.actor;

import java.util.List;
import java.util.Objects;

/**
 * A dictionary and the problems met while reading it.
 *
 * @param <T> the dictionary type
 * @param value the dictionary (never null, possibly empty)
 * @param problems lines skipped or read leniently, in file order
 */
public record Loaded<T>(T value, List<LoadProblem> problems) {
  public Loaded {
    Objects.requireNonNull(value, "value");
    problems = List.copyOf(problems);
  }

  /** Problems of kind {@link LoadProblem.Kind#SKIPPED}. */
  public List<LoadProblem> skipped() {
    return problems.stream().filter(p -> p.kind() == LoadProblem.Kind.SKIPPED).toList();
  }
}
