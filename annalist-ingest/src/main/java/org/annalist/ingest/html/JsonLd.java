package org.annalist.ingest.html;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The schema.org article objects a page states in {@code <script type="application/ld+json">}
 * blocks, including those inside {@code @graph}. Immutable after construction; thread-safe. Blocks
 * that are not valid JSON are skipped (and counted in {@link #unreadable()}).
 */
final class JsonLd {

  private static final ObjectReader READER =
      JsonMapper.builder()
          .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS)
          .enable(JsonReadFeature.ALLOW_TRAILING_COMMA)
          .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS)
          .enable(JsonReadFeature.ALLOW_SINGLE_QUOTES)
          .enable(JsonReadFeature.ALLOW_BACKSLASH_ESCAPING_ANY_CHARACTER)
          .build()
          .reader();

  private static final Set<String> ARTICLE_TYPES =
      Set.of(
          "article",
          "newsarticle",
          "reportagenewsarticle",
          "analysisnewsarticle",
          "opinionnewsarticle",
          "reviewnewsarticle",
          "backgroundnewsarticle",
          "blogposting",
          "liveblogposting",
          "report",
          "techarticle",
          "scholarlyarticle",
          "socialmediaposting");

  private final List<JsonNode> articles;
  private final List<JsonNode> others;
  private final int unreadable;

  private JsonLd(List<JsonNode> articles, List<JsonNode> others, int unreadable) {
    this.articles = List.copyOf(articles);
    this.others = List.copyOf(others);
    this.unreadable = unreadable;
  }

  static JsonLd read(Document doc) {
    List<JsonNode> articles = new ArrayList<>();
    List<JsonNode> others = new ArrayList<>();
    int unreadable = 0;
    for (Element script : doc.select("script[type]")) {
      if (!script.attr("type").toLowerCase(Locale.ROOT).contains("ld+json")) {
        continue;
      }
      String json = script.data().strip();
      if (json.startsWith("<!--")) {
        json = json.substring(4);
      }
      if (json.endsWith("-->")) {
        json = json.substring(0, json.length() - 3);
      }
      json = json.replace("<![CDATA[", "").replace("]]>", "").strip();
      if (json.isEmpty()) {
        continue;
      }
      try {
        collect(READER.readTree(json), articles, others, 0);
      } catch (JsonProcessingException e) {
        unreadable++;
      }
    }
    return new JsonLd(articles, others, unreadable);
  }

  private static void collect(
      JsonNode node, List<JsonNode> articles, List<JsonNode> others, int depth) {
    if (node == null || depth > 6) {
      return;
    }
    if (node.isArray()) {
      for (JsonNode item : node) {
        collect(item, articles, others, depth + 1);
      }
      return;
    }
    if (!node.isObject()) {
      return;
    }
    if (node.has("@graph")) {
      collect(node.get("@graph"), articles, others, depth + 1);
    }
    if (isArticle(node.get("@type"))) {
      articles.add(node);
    } else {
      others.add(node);
      JsonNode main = node.get("mainEntity");
      if (main != null) {
        collect(main, articles, others, depth + 1);
      }
    }
  }

  private static boolean isArticle(JsonNode type) {
    if (type == null) {
      return false;
    }
    if (type.isArray()) {
      for (JsonNode t : type) {
        if (isArticle(t)) {
          return true;
        }
      }
      return false;
    }
    String name = type.asText().toLowerCase(Locale.ROOT);
    int slash = name.lastIndexOf('/');
    if (slash >= 0) {
      name = name.substring(slash + 1);
    }
    return ARTICLE_TYPES.contains(name);
  }

  /** Number of ld+json blocks that could not be parsed. */
  int unreadable() {
    return unreadable;
  }

  /** The first non-blank text of {@code field} over the article objects, or null. */
  String articleText(String field) {
    for (JsonNode article : articles) {
      String value = text(article.get(field));
      if (value != null) {
        return value;
      }
    }
    return null;
  }

  /** The article's publisher name, or a WebSite/Organization name stated beside it, or null. */
  String publisherName() {
    for (JsonNode article : articles) {
      String name = name(article.get("publisher"));
      if (name != null) {
        return name;
      }
    }
    for (JsonNode other : others) {
      JsonNode type = other.get("@type");
      String t = type == null ? "" : type.asText().toLowerCase(Locale.ROOT);
      if ("website".equals(t) || "newsmediaorganization".equals(t)) {
        String name = text(other.get("name"));
        if (name != null) {
          return name;
        }
      }
    }
    return null;
  }

  /** The article's author names joined with ", ", or null. */
  String authorNames() {
    for (JsonNode article : articles) {
      JsonNode author = article.get("author");
      if (author == null) {
        author = article.get("creator");
      }
      List<String> names = new ArrayList<>();
      if (author != null && author.isArray()) {
        for (JsonNode a : author) {
          String n = name(a);
          if (n != null && !names.contains(n)) {
            names.add(n);
          }
        }
      } else {
        String n = name(author);
        if (n != null) {
          names.add(n);
        }
      }
      if (!names.isEmpty()) {
        return String.join(", ", names);
      }
    }
    return null;
  }

  private static String name(JsonNode node) {
    if (node == null) {
      return null;
    }
    if (node.isArray()) {
      return node.isEmpty() ? null : name(node.get(0));
    }
    if (node.isTextual()) {
      String value = node.asText().strip();
      return value.isEmpty() || value.startsWith("http") ? null : value;
    }
    return text(node.get("name"));
  }

  private static String text(JsonNode node) {
    if (node == null || node.isNull()) {
      return null;
    }
    if (node.isArray()) {
      for (JsonNode item : node) {
        String value = text(item);
        if (value != null) {
          return value;
        }
      }
      return null;
    }
    if (node.isObject()) {
      return text(node.has("@value") ? node.get("@value") : node.get("@id"));
    }
    String value = node.asText().strip();
    return value.isEmpty() ? null : value;
  }
}
