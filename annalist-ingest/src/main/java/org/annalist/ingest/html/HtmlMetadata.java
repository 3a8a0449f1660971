package org.annalist.ingest.html;

import java.util.Map;

/**
 * Article metadata as an HTML page states it. Immutable. Each field is null when the page does not
 * state it; nothing is guessed.
 *
 * @param title the headline
 * @param publishedRaw the publication date or date-time exactly as found (not parsed)
 * @param outlet the publishing outlet (site name; the URL host as a last resort)
 * @param byline the author(s) as credited
 * @param canonicalUrl the page's canonical URL
 * @param language the language the page declares (the {@code lang} attribute, e.g. {@code en})
 * @param how field name to how it was found, e.g. {@code title -> html:og:title}, {@code outlet ->
 *     url:host}; only non-null fields appear
 */
public record HtmlMetadata(
    String title,
    String publishedRaw,
    String outlet,
    String byline,
    String canonicalUrl,
    String language,
    Map<String, String> how) {
  /** Metadata of a page that states nothing. */
  public static final HtmlMetadata NONE =
      new HtmlMetadata(null, null, null, null, null, null, Map.of());

  public HtmlMetadata {
    how = Map.copyOf(how);
  }
}
