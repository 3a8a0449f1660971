package org.annalist.ingest.read;

import java.util.List;
import java.util.Objects;

/**
 * Text decoded by {@link TextDecoder}.
 *
 * @param text the text: no byte-order mark, line breaks {@code \n}, never blank
 * @param charset the charset it was decoded from ({@code UTF-8}, {@code windows-1252}, ...)
 * @param problems what was noticed but read through (e.g. invalid bytes replaced), never null
 */
public record DecodedText(String text, String charset, List<String> problems) {
  public DecodedText {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(charset, "charset");
    problems = problems == null ? List.of() : List.copyOf(problems);
  }
}
