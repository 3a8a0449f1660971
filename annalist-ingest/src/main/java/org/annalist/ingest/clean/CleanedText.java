package org.annalist.ingest.clean;

import java.util.List;
import org.annalist.model.Removed;

/**
 * What {@link TextCleaner} makes of a text.
 *
 * @param body the article body: the kept blocks joined by blank lines
 * @param kept the blocks that form the body, in order
 * @param header the blocks before the body (headline, date, outlet lines live here)
 * @param trailer the blocks after the body (publication lines, cross-links)
 * @param removed every block left out of the body, with the reason, in source order
 */
public record CleanedText(
    String body, List<Block> kept, List<Block> header, List<Block> trailer, List<Removed> removed) {
  public CleanedText {
    kept = List.copyOf(kept);
    header = List.copyOf(header);
    trailer = List.copyOf(trailer);
    removed = List.copyOf(removed);
  }
}
