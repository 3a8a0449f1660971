package org.annalist.ingest.html;

import org.jsoup.nodes.Element;

/**
 * One rendered text block of a page: the text of a block-level element up to the next block
 * boundary. Immutable; the elements are only read.
 *
 * @param index position among the page's blocks
 * @param text the block's text (lines joined by a single line break)
 * @param start offset of the text in the rendered page text
 * @param owner the block-level element holding the text
 * @param linkChars non-space characters of the text inside links
 * @param zone the semantic zone (navigation, sidebar, footer, caption, ...) it lies in, or null
 * @param zoneElement the element opening that zone, or null
 * @param headingLevel 1-6 inside a heading, else 0
 * @param listItem whether it lies in a list item
 */
record Block(
    int index,
    String text,
    int start,
    Element owner,
    int linkChars,
    String zone,
    Element zoneElement,
    int headingLevel,
    boolean listItem) {

  int end() {
    return start + text.length();
  }

  int length() {
    return text.length();
  }

  double linkDensity() {
    return text.isEmpty() ? 0 : Math.min(1.0, (double) linkChars / text.length());
  }
}
