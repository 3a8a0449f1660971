package org.annalist.extract.actor;

import java.util.List;
import java.util.Objects;

/**
 * A verb block ({@code --- AGREE [081] ---}): synonymous verbs sharing patterns.
 *
 * @param name the block's key: its first verb (PETRARCH files the patterns under it)
 * @param title the text of the header ("AGREE")
 * @param code the block's default code
 * @param patterns its pattern lines in file order
 * @param line the header line
 */
public record VerbBlock(
    String name, String title, VerbCode code, List<VerbPattern> patterns, int line) {
  public VerbBlock {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(code, "code");
    patterns = List.copyOf(patterns);
  }
}
