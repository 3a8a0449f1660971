package org.annalist.ingest.html;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * What an element's class, id and itemprop names suggest about its content. Stateless and
 * thread-safe. The names are common web conventions, not rules for particular sites.
 */
final class ClassHints {

  private static final Pattern POSITIVE =
      Pattern.compile(
          "article|body|content|entry|hentry|h-entry|main|page|post|text|blog|story|prose"
              + "|paragraph");

  private static final Pattern NEGATIVE =
      Pattern.compile(
          "-ad-|hidden|^hid$| hid$| hid |^hid |banner|combx|comment|com-|contact|foot|footer"
              + "|footnote|gdpr|masthead|media|meta|outbrain|promo|related|scroll|share|shoutbox"
              + "|sidebar|skyscraper|sponsor|shopping|tags|tool|widget|taboola|newsletter|social"
              + "|subscribe|recommend|popular|trending|breadcrumb|byline|caption|credit|cookie");

  /** Negative names and the reason label they stand for, tried in order on each name token. */
  private static final String[][] REMOVAL_HINTS = {
    {"comment|comments|disqus|respond|replies", "comments"},
    {"share|sharing|sharebar|social|socials|sociallinks|share-buttons", "share"},
    {
      "related|relatedlinks|related-links|recommended|recommendations|recirc|recirculation|outbrain"
          + "|taboola|trending|popular|mostread|most-read|most-popular|more-stories|readmore"
          + "|read-more|also-read|morestories|more-from|up-next|upnext|teaser|teasers",
      "related-links"
    },
    {
      "newsletter|newsletters|subscribe|subscription|signup|sign-up|promo|promotion|cta"
          + "|paywall|membership|donate",
      "promo"
    },
    {
      "ad|ads|advert|adverts|advertisement|advertising|sponsor|sponsored|dfp|adslot|ad-slot",
      "advertisement"
    },
    {"caption|captions|credit|credits|wp-caption-text|image-credit|photo-credit", "caption"},
    {"breadcrumb|breadcrumbs|pagination|pager|nav|navbar|navigation|menu", "navigation"},
    {"sidebar|side-bar|rail|widget|widgets", "sidebar"},
    {"tags|tag-list|taglist|topics|keywords|categories", "tags"},
    {"author-bio|authorbio|bio|about-author|author-box|authorbox", "author-bio"},
    {
      "byline|dateline|timestamp|post-meta|entry-meta|article-meta|meta|published|updated",
      "article-meta"
    },
    {"cookie|cookies|consent|gdpr", "cookie-prompt"},
    {"modal|popup|overlay|lightbox", "dialog"},
    {"toolbar|tools|print|utility", "toolbar"},
    {"footer|site-footer", "footer"},
  };

  private static final Pattern[] REMOVAL_PATTERNS = new Pattern[REMOVAL_HINTS.length];

  static {
    for (int i = 0; i < REMOVAL_HINTS.length; i++) {
      REMOVAL_PATTERNS[i] = Pattern.compile("(?:" + REMOVAL_HINTS[i][0] + ")");
    }
  }

  private static final Pattern TOKEN_SPLIT = Pattern.compile("[\\s_]+|(?<=[a-z])(?=[A-Z])");

  private ClassHints() {}

  /** The element's class and id names, lower case, space separated. */
  static String names(Element element) {
    String cls = element.className();
    String id = element.id();
    if (cls.isEmpty() && id.isEmpty()) {
      return "";
    }
    return (cls + " " + id).toLowerCase(Locale.ROOT).strip();
  }

  /** Readability-style weight: +25 for content-like names, -25 for furniture-like names. */
  static int weight(Element element) {
    int weight = 0;
    if ("articleBody".equalsIgnoreCase(element.attr("itemprop"))) {
      weight += 50;
    }
    String cls = element.className().toLowerCase(Locale.ROOT);
    String id = element.id().toLowerCase(Locale.ROOT);
    weight += weightOf(cls) + weightOf(id);
    return weight;
  }

  private static int weightOf(String names) {
    if (names.isEmpty()) {
      return 0;
    }
    int w = 0;
    if (NEGATIVE.matcher(names).find()) {
      w -= 25;
    }
    if (POSITIVE.matcher(names).find()) {
      w += 25;
    }
    return w;
  }

  /**
   * The removal reason the element's names stand for, or null. A name counts only as a whole token
   * of a class or id (split at spaces, underscores and case changes) or as its dash-separated
   * prefix/suffix part, so {@code share-bar} and {@code articleShare} match but {@code shareholder}
   * does not.
   */
  static String removalReason(Element element) {
    if ("articleBody".equalsIgnoreCase(element.attr("itemprop"))) {
      return null;
    }
    String cls = element.className();
    String id = element.id();
    if (cls.isEmpty() && id.isEmpty()) {
      return null;
    }
    for (String raw : TOKEN_SPLIT.split(cls + " " + id)) {
      if (raw.isEmpty()) {
        continue;
      }
      String token = raw.toLowerCase(Locale.ROOT);
      String reason = reasonOfToken(token);
      if (reason != null) {
        return reason;
      }
      for (String part : token.split("-")) {
        if (!part.isEmpty() && !part.equals(token)) {
          reason = reasonOfPart(part);
          if (reason != null) {
            return reason;
          }
        }
      }
    }
    return null;
  }

  private static String reasonOfToken(String token) {
    for (int i = 0; i < REMOVAL_PATTERNS.length; i++) {
      Matcher m = REMOVAL_PATTERNS[i].matcher(token);
      if (m.matches()) {
        return REMOVAL_HINTS[i][1];
      }
    }
    return null;
  }

  private static String reasonOfPart(String part) {
    // single dash-separated parts: only the unambiguous furniture words
    return switch (part) {
      case "comment", "comments", "disqus" -> "comments";
      case "share", "sharing", "social" -> "share";
      case "related", "recommended", "outbrain", "taboola", "trending", "recirc" -> "related-links";
      case "newsletter", "subscribe", "promo", "paywall" -> "promo";
      case "ad", "ads", "advert", "advertisement", "sponsored", "dfp" -> "advertisement";
      case "caption", "credit" -> "caption";
      case "breadcrumb", "breadcrumbs", "pagination" -> "navigation";
      case "sidebar", "rail", "widget" -> "sidebar";
      case "tags", "topics" -> "tags";
      case "byline", "dateline", "timestamp", "meta" -> "article-meta";
      case "bio" -> "author-bio";
      case "cookie", "consent" -> "cookie-prompt";
      case "modal", "popup" -> "dialog";
      case "toolbar", "tools" -> "toolbar";
      case "footer" -> "footer";
      default -> null;
    };
  }
}
