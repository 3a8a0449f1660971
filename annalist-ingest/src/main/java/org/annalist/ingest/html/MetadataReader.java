package org.annalist.ingest.html;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Reads what a page states about its article: JSON-LD, OpenGraph and other meta tags, {@code
 * <time>}, {@code <h1>}, {@code <title>}, byline elements, and the URL host for the outlet as a
 * last resort. Stateless and thread-safe.
 */
final class MetadataReader {

  private static final Pattern TITLE_SEPARATOR = Pattern.compile("\\s+[|\\-–—:·•»]\\s+");
  private static final Pattern BY_PREFIX = Pattern.compile("(?i)^by[:\\s]\\s*");

  private static final Pattern CREDIT_SEPARATOR = Pattern.compile("\\s*[·•|]\\s*|\\s+[–—-]\\s+");

  private MetadataReader() {}

  /**
   * The names a byline element credits: its text without "By", dates, times and whatever follows a
   * separator ("By A and B · 5 May 2021" gives "A and B"); null when that leaves no name.
   */
  static String creditedName(Element el) {
    Element copy = el.clone();
    copy.select("time, script, style, [class*=date], [class*=time]").remove();
    String text = copy.text().strip();
    if (text.isEmpty() || text.length() > 120) {
      return null;
    }
    text = BY_PREFIX.matcher(text).replaceFirst("");
    text = CREDIT_SEPARATOR.split(text, 2)[0];
    var date = org.annalist.ingest.meta.Dates.find(text);
    if (date.isPresent()) {
      text = text.substring(0, date.get().span().start());
    }
    text = text.replaceAll("[\\s,;:]+$", "").strip();
    int words = text.isEmpty() ? 0 : text.split("\\s+").length;
    return words == 0 || words > 10 || !Character.isLetter(text.charAt(0)) ? null : text;
  }

  static HtmlMetadata read(Document doc, JsonLd jsonLd, String url) {
    Map<String, String> how = new LinkedHashMap<>();

    String outlet = found(how, "outlet", jsonLd.publisherName(), "html:json-ld publisher");
    outlet = orMeta(doc, how, outlet, "outlet", "og:site_name", "application-name");
    String host = host(url);
    if (outlet == null && host != null) {
      outlet = found(how, "outlet", host, "url:host");
    }

    String title = found(how, "title", jsonLd.articleText("headline"), "html:json-ld headline");
    title = orMeta(doc, how, title, "title", "og:title", "twitter:title");
    if (title == null) {
      Element h1 = doc.selectFirst("h1");
      if (h1 != null) {
        title = found(how, "title", leadingText(h1), "html:h1");
      }
    }
    if (title == null) {
      title = found(how, "title", doc.title(), "html:title");
    }
    if (title != null) {
      title = stripSiteName(title, outlet, host);
    }

    String published =
        found(
            how, "publishedRaw", jsonLd.articleText("datePublished"), "html:json-ld datePublished");
    published =
        orMeta(
            doc,
            how,
            published,
            "publishedRaw",
            "article:published_time",
            "og:article:published_time",
            "datePublished",
            "pubdate",
            "publishdate",
            "publish-date",
            "date",
            "dc.date",
            "dc.date.issued",
            "dcterms.created",
            "sailthru.date",
            "parsely-pub-date",
            "article.published",
            "cxenseparse:recs:publishtime");
    if (published == null) {
      Element time =
          doc.selectFirst(
              "time[pubdate][datetime], time[itemprop=datePublished][datetime],"
                  + " [itemprop=datePublished][content]");
      if (time != null) {
        String value = time.hasAttr("datetime") ? time.attr("datetime") : time.attr("content");
        published = found(how, "publishedRaw", value, "html:itemprop datePublished");
      }
    }
    if (published == null) {
      Element time = doc.selectFirst("article time[datetime], main time[datetime]");
      if (time == null) {
        time = doc.selectFirst("time[datetime]");
      }
      if (time != null) {
        published = found(how, "publishedRaw", time.attr("datetime"), "html:time datetime");
      }
    }

    // As credited on the page first; then structured data; then meta tags.
    String byline = null;
    for (Element el :
        doc.select(
            "[rel=author], [itemprop=author], .byline, .author-name, .article-byline,"
                + " .byline-name, [class*=byline], [class~=^(?:author|authors|story-author)$]")) {
      String credited = creditedName(el);
      if (credited != null) {
        byline = found(how, "byline", credited, "html:byline element");
        break;
      }
    }
    if (byline == null) {
      byline = found(how, "byline", jsonLd.authorNames(), "html:json-ld author");
    }
    byline =
        orMeta(
            doc,
            how,
            byline,
            "byline",
            "author",
            "article:author",
            "parsely-author",
            "dc.creator",
            "byl",
            "sailthru.author");

    String canonical = null;
    Element link = doc.selectFirst("link[rel=canonical][href]");
    if (link != null) {
      canonical =
          found(
              how,
              "canonicalUrl",
              link.absUrl("href").isEmpty() ? link.attr("href") : link.absUrl("href"),
              "html:link canonical");
    }
    canonical = orMeta(doc, how, canonical, "canonicalUrl", "og:url");

    String language = null;
    Element html = doc.selectFirst("html");
    if (html != null) {
      language = found(how, "language", html.attr("lang"), "html:lang");
      if (language == null) {
        language = found(how, "language", html.attr("xml:lang"), "html:xml:lang");
      }
    }
    if (language == null) {
      language =
          found(how, "language", jsonLd.articleText("inLanguage"), "html:json-ld inLanguage");
    }
    if (language == null) {
      Element meta = doc.selectFirst("meta[http-equiv~=(?i)content-language][content]");
      if (meta != null) {
        language = found(how, "language", meta.attr("content"), "html:meta content-language");
      }
    }
    return new HtmlMetadata(title, published, outlet, byline, canonical, language, how);
  }

  /** The element's text up to its first block-level child (an unclosed heading swallows more). */
  static String leadingText(Element element) {
    StringBuilder out = new StringBuilder();
    for (Node child : element.childNodes()) {
      if (child instanceof TextNode text) {
        out.append(text.text());
      } else if (child instanceof Element e) {
        if (PageRenderer.BLOCK_TAGS.contains(e.normalName())) {
          break;
        }
        out.append(e.text());
      }
    }
    return out.toString();
  }

  private static String found(Map<String, String> how, String field, String value, String source) {
    if (value == null) {
      return null;
    }
    String clean = value.replaceAll("\\s+", " ").strip();
    if (clean.isEmpty()) {
      return null;
    }
    how.put(field, source);
    return clean;
  }

  /** Keeps {@code current} when set, else the first named meta tag (name, property, itemprop). */
  private static String orMeta(
      Document doc, Map<String, String> how, String current, String field, String... names) {
    if (current != null) {
      return current;
    }
    for (String name : names) {
      for (Element meta : doc.select("meta[content]")) {
        String key =
            meta.hasAttr("property")
                ? meta.attr("property")
                : meta.hasAttr("name") ? meta.attr("name") : meta.attr("itemprop");
        if (key.equalsIgnoreCase(name)) {
          String value = meta.attr("content");
          if ("byline".equals(field) && value.startsWith("http")) {
            continue;
          }
          String result = found(how, field, value, "html:" + name);
          if (result != null) {
            return result;
          }
        }
      }
    }
    return null;
  }

  static String host(String url) {
    if (url == null || url.isBlank()) {
      return null;
    }
    try {
      String host = new URI(url.strip()).getHost();
      if (host == null || host.isEmpty()) {
        return null;
      }
      host = host.toLowerCase(Locale.ROOT);
      return host.startsWith("www.") ? host.substring(4) : host;
    } catch (URISyntaxException e) {
      return null;
    }
  }

  /** Strips a trailing " | Site Name" when it names the outlet or the host. */
  static String stripSiteName(String title, String outlet, String host) {
    var m = TITLE_SEPARATOR.matcher(title);
    int lastStart = -1;
    int lastEnd = -1;
    while (m.find()) {
      lastStart = m.start();
      lastEnd = m.end();
    }
    if (lastStart <= 0) {
      return title;
    }
    String suffix = squash(title.substring(lastEnd));
    if (suffix.isEmpty()) {
      return title;
    }
    boolean names =
        (outlet != null && (squash(outlet).equals(suffix) || squash(outlet).contains(suffix)))
            || (host != null && squash(host).contains(suffix));
    return names ? title.substring(0, lastStart).strip() : title;
  }

  private static String squash(String s) {
    return s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
  }
}
