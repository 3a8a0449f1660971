package org.annalist.extract.actor;

import java.util.List;
import java.util.Objects;

/**
 * A named set of words or phrases usable in patterns ({@code &CURRENCY}).
 *
 * @param name the name with its {@code &}, without a trailing underscore
 * @param phrases member phrases as token lists, generated plurals included
 * @param includes names of synsets listed as members ({@code +&TIETYPES}; TABARI allowed this,
 *     PETRARCH does not)
 * @param line where it is defined
 */
public record Synset(String name, List<List<String>> phrases, List<String> includes, int line) {
  public Synset {
    Objects.requireNonNull(name, "name");
    phrases = phrases.stream().map(List::copyOf).toList();
    includes = List.copyOf(includes);
  }
}
