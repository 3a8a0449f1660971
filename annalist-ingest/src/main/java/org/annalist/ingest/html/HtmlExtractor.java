package org.annalist.ingest.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.annalist.model.Removed;
import org.annalist.model.Span;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Extracts the article body and metadata from one news HTML page, by general means only: the page
 * is rendered into text blocks, containers are scored readability-style, blocks are classified
 * jusText-style with context smoothing, furniture is recognised by semantic tags, class names and
 * wording, and a stated schema.org {@code articleBody} selects the blocks when the page agrees with
 * it.
 *
 * <p>Lenient: malformed HTML never throws; a page without an article gives an empty body. Immutable
 * and thread-safe; one instance may serve many threads.
 */
public final class HtmlExtractor {

  private final HtmlExtractorOptions options;

  /** An extractor with every signal on. */
  public HtmlExtractor() {
    this(HtmlExtractorOptions.defaults());
  }

  /** An extractor using the given signals. */
  public HtmlExtractor(HtmlExtractorOptions options) {
    this.options = Objects.requireNonNull(options, "options");
  }

  /**
   * Extracts the body, the removed blocks and the metadata of a page.
   *
   * @param html the page source (null is read as an empty page)
   * @param url the page address, used to resolve links and as the last resort for the outlet; may
   *     be null
   * @return the rendered page text, the body, every removed block with its span in the text and a
   *     reason, and the stated metadata
   */
  public HtmlPage extract(String html, String url) {
    Document doc = Jsoup.parse(html == null ? "" : html, url == null ? "" : url);
    JsonLd jsonLd = JsonLd.read(doc);
    HtmlMetadata metadata = MetadataReader.read(doc, jsonLd, url);
    PageRenderer.Rendered rendered = PageRenderer.render(doc.body());
    List<Block> blocks = rendered.blocks();
    String[] reasons =
        new BodySelector(options, blocks, metadata, jsonLd.articleText("articleBody"), doc.body())
            .select();
    StringBuilder body = new StringBuilder();
    List<Removed> removed = new ArrayList<>();
    for (Block b : blocks) {
      String reason = reasons[b.index()];
      if (reason == null) {
        if (!body.isEmpty()) {
          body.append("\n\n");
        }
        body.append(b.text());
      } else {
        removed.add(new Removed(new Span(b.start(), b.end()), reason, b.text()));
      }
    }
    return new HtmlPage(rendered.text(), body.toString(), removed, metadata);
  }
}
