package org.annalist.ingest.html;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Renders the visible part of a page body into text blocks, one DOM pass. Not thread-safe: one
 * instance renders one page.
 */
final class PageRenderer implements NodeFilter {

  static final Set<String> BLOCK_TAGS =
      Set.of(
          "address",
          "article",
          "aside",
          "blockquote",
          "body",
          "center",
          "dd",
          "details",
          "dialog",
          "dir",
          "div",
          "dl",
          "dt",
          "fieldset",
          "figcaption",
          "figure",
          "footer",
          "form",
          "h1",
          "h2",
          "h3",
          "h4",
          "h5",
          "h6",
          "header",
          "hgroup",
          "hr",
          "li",
          "main",
          "menu",
          "nav",
          "ol",
          "p",
          "pre",
          "section",
          "summary",
          "table",
          "tbody",
          "thead",
          "tfoot",
          "tr",
          "ul",
          "caption",
          "noscript",
          "button",
          "legend",
          "option",
          "html");

  private static final Set<String> INVISIBLE_TAGS =
      Set.of(
          "script",
          "style",
          "template",
          "svg",
          "math",
          "head",
          "title",
          "meta",
          "link",
          "object",
          "embed",
          "video",
          "audio",
          "canvas",
          "map",
          "iframe",
          "frame",
          "frameset",
          "select",
          "input",
          "textarea",
          "datalist",
          "picture",
          "source",
          "track",
          "param",
          "base");

  private static final Set<String> HIDDEN_CLASSES =
      Set.of(
          "hidden",
          "hide",
          "sr-only",
          "visually-hidden",
          "visuallyhidden",
          "screen-reader-text",
          "screen-reader-only",
          "sr-text",
          "offscreen",
          "element-invisible",
          "u-hidden",
          "is-hidden");

  /** Marks a blockquote: text quoted inside a figure is content, not a caption. */
  private static final String QUOTE = "";

  private final StringBuilder page = new StringBuilder();
  private final StringBuilder current = new StringBuilder();
  private final List<Block> blocks = new ArrayList<>();
  private final Deque<Element> blockStack = new ArrayDeque<>();
  private final Deque<Element> zoneElements = new ArrayDeque<>();
  private final Deque<String> zoneReasons = new ArrayDeque<>();
  private int linkDepth;
  private int preDepth;
  private int listDepth;
  private int currentLinkChars;
  private Element currentOwner;
  private String currentZone;
  private Element currentZoneElement;
  private int currentHeading;
  private boolean currentList;

  /** The rendered page: its text and its blocks. */
  record Rendered(String text, List<Block> blocks) {}

  static Rendered render(Element body) {
    PageRenderer renderer = new PageRenderer();
    if (body != null) {
      renderer.blockStack.push(body);
      NodeTraversor.filter(renderer, body);
      renderer.flush();
    }
    return new Rendered(renderer.page.toString(), List.copyOf(renderer.blocks));
  }

  @Override
  public FilterResult head(Node node, int depth) {
    if (node instanceof TextNode textNode) {
      appendText(textNode);
      return FilterResult.CONTINUE;
    }
    if (!(node instanceof Element element)) {
      return FilterResult.SKIP_ENTIRELY;
    }
    String tag = element.normalName();
    if (isInvisible(element, tag)) {
      return FilterResult.SKIP_ENTIRELY;
    }
    if (("td".equals(tag) || "th".equals(tag)) && current.length() > 0) {
      current.append(' ');
    }
    if ("br".equals(tag)) {
      current.append('\n');
      return FilterResult.CONTINUE;
    }
    if (BLOCK_TAGS.contains(tag) && element != blockStack.peek()) {
      flush();
      blockStack.push(element);
    }
    String zone = zoneOf(element, tag);
    if (zone != null) {
      zoneElements.push(element);
      zoneReasons.push(zone);
    }
    switch (tag) {
      case "a" -> {
        if (element.hasAttr("href")) {
          linkDepth++;
        }
      }
      case "pre" -> preDepth++;
      case "li", "dd", "dt" -> listDepth++;
      default -> {
        // no counter for other tags
      }
    }
    return FilterResult.CONTINUE;
  }

  @Override
  public FilterResult tail(Node node, int depth) {
    if (!(node instanceof Element element)) {
      return FilterResult.CONTINUE;
    }
    String tag = element.normalName();
    if (BLOCK_TAGS.contains(tag) && element == blockStack.peek() && blockStack.size() > 1) {
      flush();
      blockStack.pop();
    }
    if (!zoneElements.isEmpty() && zoneElements.peek() == element) {
      zoneElements.pop();
      zoneReasons.pop();
    }
    switch (tag) {
      case "a" -> {
        if (element.hasAttr("href") && linkDepth > 0) {
          linkDepth--;
        }
      }
      case "pre" -> preDepth = Math.max(0, preDepth - 1);
      case "li", "dd", "dt" -> listDepth = Math.max(0, listDepth - 1);
      default -> {
        // no counter for other tags
      }
    }
    return FilterResult.CONTINUE;
  }

  private void appendText(TextNode textNode) {
    String raw = textNode.getWholeText();
    if (raw.isEmpty()) {
      return;
    }
    if (current.length() == 0 || current.toString().isBlank()) {
      currentOwner = blockStack.peek();
      currentLinkChars = 0;
      captureZone();
      currentHeading = headingOf(currentOwner);
      currentList = listDepth > 0;
    }
    int before = current.length();
    if (preDepth > 0) {
      current.append(raw.replace('\u00a0', ' '));
    } else {
      appendCollapsed(raw);
    }
    if (linkDepth > 0) {
      for (int i = before; i < current.length(); i++) {
        if (!Character.isWhitespace(current.charAt(i))) {
          currentLinkChars++;
        }
      }
    }
  }

  private void appendCollapsed(String raw) {
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (Character.isWhitespace(c) || c == '\u00a0' || c == '\u200b' || c == '\ufeff') {
        int len = current.length();
        if (len > 0 && current.charAt(len - 1) != ' ' && current.charAt(len - 1) != '\n') {
          current.append(' ');
        }
      } else {
        current.append(c);
      }
    }
  }

  private void captureZone() {
    currentZone = null;
    currentZoneElement = null;
    boolean quoted = false;
    var elements = zoneElements.iterator();
    var reasons = zoneReasons.iterator();
    while (elements.hasNext()) {
      Element element = elements.next();
      String reason = reasons.next();
      if (QUOTE.equals(reason)) {
        quoted = true;
      } else if (!(quoted && "caption".equals(reason))) {
        currentZone = reason;
        currentZoneElement = element;
        return;
      }
    }
  }

  private void flush() {
    if (current.length() == 0) {
      return;
    }
    String text = normalise(current);
    current.setLength(0);
    if (text.isEmpty()) {
      return;
    }
    if (!page.isEmpty()) {
      page.append("\n\n");
    }
    int start = page.length();
    page.append(text);
    int links = Math.min(currentLinkChars, text.length());
    blocks.add(
        new Block(
            blocks.size(),
            text,
            start,
            currentOwner,
            links,
            currentZone,
            currentZoneElement,
            currentHeading,
            currentList));
  }

  private static int headingOf(Element owner) {
    String tag = owner == null ? "" : owner.normalName();
    return tag.length() == 2 && tag.charAt(0) == 'h' && tag.charAt(1) >= '1' && tag.charAt(1) <= '6'
        ? tag.charAt(1) - '0'
        : 0;
  }

  /** Trims every line, drops empty lines, keeps single line breaks. */
  private static String normalise(CharSequence raw) {
    StringBuilder out = new StringBuilder(raw.length());
    for (String line : raw.toString().split("\n", -1)) {
      String trimmed = line.strip();
      if (!trimmed.isEmpty()) {
        if (!out.isEmpty()) {
          out.append('\n');
        }
        out.append(trimmed);
      }
    }
    return out.toString();
  }

  static boolean isInvisible(Element element, String tag) {
    if (INVISIBLE_TAGS.contains(tag)) {
      return true;
    }
    if (element.hasAttr("hidden")) {
      return true;
    }
    String type = element.attr("type");
    if ("hidden".equalsIgnoreCase(type)) {
      return true;
    }
    String style = element.attr("style");
    if (!style.isEmpty()) {
      String compact = style.toLowerCase(Locale.ROOT).replace(" ", "");
      if (compact.contains("display:none") || compact.contains("visibility:hidden")) {
        return true;
      }
    }
    for (String name : element.classNames()) {
      if (HIDDEN_CLASSES.contains(name.toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  /** The hard zone an element opens by its tag or role, or null. */
  private static String zoneOf(Element element, String tag) {
    String role = element.attr("role").toLowerCase(Locale.ROOT);
    switch (tag) {
      case "nav", "menu" -> {
        return "navigation";
      }
      case "aside" -> {
        return "sidebar";
      }
      case "footer" -> {
        return "footer";
      }
      case "header" -> {
        return "header";
      }
      case "form" -> {
        return "form";
      }
      case "figure", "figcaption", "caption" -> {
        return "caption";
      }
      case "button", "label", "option", "legend" -> {
        return "control";
      }
      case "noscript" -> {
        return "noscript";
      }
      case "dialog" -> {
        return "dialog";
      }
      case "blockquote" -> {
        return QUOTE;
      }
      default -> {
        // decided by role below
      }
    }
    return switch (role) {
      case "navigation", "menu", "menubar", "tablist" -> "navigation";
      case "complementary" -> "sidebar";
      case "contentinfo" -> "footer";
      case "banner" -> "header";
      case "dialog", "alertdialog" -> "dialog";
      default -> null;
    };
  }
}
