package org.annalist.eval;

import java.util.Objects;

/**
 * One benchmark page as handed to an extractor under evaluation. Immutable.
 *
 * @param id the benchmark's page id
 * @param url the page address the benchmark states, or null
 * @param html the decoded page source
 */
public record HtmlInput(String id, String url, String html) {
  public HtmlInput {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(html, "html");
  }
}
