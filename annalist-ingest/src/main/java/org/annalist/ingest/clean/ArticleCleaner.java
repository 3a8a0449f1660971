package org.annalist.ingest.clean;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.annalist.ingest.html.HtmlExtractor;
import org.annalist.ingest.html.HtmlMetadata;
import org.annalist.ingest.html.HtmlPage;
import org.annalist.ingest.lang.LanguageIdentifier;
import org.annalist.ingest.meta.Dates;
import org.annalist.ingest.meta.Metadata;
import org.annalist.ingest.meta.TextMetadata;
import org.annalist.model.Article;
import org.annalist.model.ArticleId;
import org.annalist.model.DocumentHints;
import org.annalist.model.RawDocument;
import org.annalist.model.Removed;
import org.annalist.model.SourceFormat;
import org.annalist.model.Stage;

/**
 * The cleaning stage: a read document in, a cleaned {@link Article} out (body, metadata with
 * provenance, language, removed spans). Metadata stated by the container (JSON Lines fields) wins
 * over what the page states, which wins over nothing: fields stay null rather than guessed.
 *
 * <p>The article's body may be empty when the document holds no prose; callers treat that as a
 * failure to report. Stateless and thread-safe.
 */
public final class ArticleCleaner implements Stage<RawDocument, Article> {
  private final TextCleaner textCleaner;
  private final HtmlExtractor htmlExtractor;
  private final LanguageIdentifier languages;

  /** A cleaner with default options. */
  public ArticleCleaner() {
    this(new TextCleaner(), new HtmlExtractor(), new LanguageIdentifier());
  }

  /** A cleaner from its parts. */
  public ArticleCleaner(
      TextCleaner textCleaner, HtmlExtractor htmlExtractor, LanguageIdentifier languages) {
    this.textCleaner = textCleaner;
    this.htmlExtractor = htmlExtractor;
    this.languages = languages;
  }

  @Override
  public Article apply(RawDocument doc) {
    if (doc.format() == SourceFormat.HTML) {
      HtmlPage page = htmlExtractor.extract(doc.text(), doc.origin().url());
      // The page's structured metadata first; then what the body's own text states.
      CleanedText bodyText = textCleaner.clean(page.body(), languages.identify(page.body()));
      Metadata fromBody = TextMetadata.find(bodyText);
      Metadata fromBodyLines =
          new Metadata(
              null, null, null, fromBody.dateline(), fromBody.byline(), onlyFrom(fromBody));
      Metadata meta =
          hints(doc.hints())
              .orElse(fromHtml(page.metadata()))
              .orElse(fromBodyLines)
              .orElse(bylineLine(page.removed()));
      return assemble(doc, page.body(), page.removed(), meta);
    }
    String pageLanguage = languages.identify(doc.text());
    CleanedText cleaned = textCleaner.clean(doc.text(), pageLanguage);
    Metadata found = TextMetadata.find(cleaned);
    return assemble(doc, cleaned.body(), cleaned.removed(), hints(doc.hints()).orElse(found));
  }

  /** A by-line among the blocks the extractor left out ("By A · date", "Por B"), if any. */
  private static Metadata bylineLine(List<Removed> removed) {
    for (Removed r : removed) {
      String names = TextMetadata.credited(r.text());
      if (names != null) {
        return new Metadata(null, null, null, null, names, Map.of("byline", "html:by-line text"));
      }
    }
    return Metadata.EMPTY;
  }

  private static Map<String, String> onlyFrom(Metadata m) {
    Map<String, String> how = new LinkedHashMap<>();
    for (String f : new String[] {"dateline", "byline"}) {
      if (m.how().containsKey(f)) {
        how.put(f, m.how().get(f));
      }
    }
    return how;
  }

  private static Metadata fromHtml(HtmlMetadata m) {
    Map<String, String> how = new LinkedHashMap<>(m.how());
    var published = Dates.parse(m.publishedRaw());
    if (published.isEmpty()) {
      how.remove("publishedRaw");
    } else {
      how.put("published", how.getOrDefault("publishedRaw", "html"));
      how.remove("publishedRaw");
    }
    how.keySet().retainAll(java.util.Set.of("title", "published", "outlet", "byline"));
    return new Metadata(m.title(), published.orElse(null), m.outlet(), null, m.byline(), how);
  }

  private Article assemble(RawDocument doc, String body, List<Removed> removed, Metadata meta) {
    String language = body.isBlank() ? LanguageIdentifier.UNDETERMINED : languages.identify(body);
    Map<String, String> provenance = new LinkedHashMap<>(meta.how());
    provenance.put("language", "body:function-words");
    List<String> notes = new ArrayList<>(doc.problems());
    if (doc.charset() != null && !"UTF-8".equalsIgnoreCase(doc.charset())) {
      notes.add("decoded as " + doc.charset());
    }
    return new Article(
        ArticleId.of(body),
        List.of(doc.origin()),
        meta.outlet(),
        meta.title(),
        meta.published(),
        meta.dateline(),
        meta.byline(),
        language,
        body,
        removed,
        provenance,
        notes);
  }

  private static Metadata hints(DocumentHints hints) {
    Map<String, String> how = new LinkedHashMap<>();
    if (hints.title() != null) {
      how.put("title", "source:stated");
    }
    var published = Dates.parse(hints.published());
    if (published.isPresent()) {
      how.put("published", "source:stated");
    }
    if (hints.outlet() != null) {
      how.put("outlet", "source:stated");
    }
    return new Metadata(
        blankToNull(hints.title()),
        published.orElse(null),
        blankToNull(hints.outlet()),
        null,
        null,
        how);
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
