package org.annalist.ingest.clean;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Recognises lines that are site furniture by their form: the idioms that news sites in general use
 * for navigation, sharing, cross-links, credits and page chrome (not phrases of any one site). Each
 * match gives a stable reason label, and whether the furniture also occurs inside article bodies
 * (captions, share prompts) or marks the end of one (related links, publication lines).
 *
 * <p>Stateless and thread-safe.
 */
final class Furniture {
  /** Where a kind of furniture stands relative to the article text. */
  enum Placement {
    /** Occurs between paragraphs of the article (captions, share prompts): cheap to bridge. */
    INLINE,
    /** Occurs around the article (cross-links, publication lines): a strong boundary. */
    AROUND
  }

  /** A recognised kind of furniture. */
  record Kind(String reason, Placement placement, Pattern pattern) {}

  private static final int I = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

  /** Cross-link idioms: "Read more", "Related stories", "Also on Site", "Next story", ... */
  private static final String CROSS_LINK_CUE =
      "^(?:also\\s+read|read\\s+(?:more|also|next)|related(?:\\s+(?:stories|articles|"
          + "news|coverage|content|posts|topics))?|more\\s+(?:from|on|stories|news|in)"
          + "|latest\\s+(?:from|news|stories)|recommended(?:\\s+for\\s+you)?"
          + "|you\\s+(?:may|might)\\s+(?:also\\s+)?like|check\\s+also|see\\s+also"
          + "|don['’]t\\s+miss|trending(?:\\s+now)?|most\\s+(?:read|popular|viewed)"
          + "|top\\s+stories|(?:next|previous|prev)\\s+(?:story|article|post)"
          + "|editor['’]s\\s+picks?|also\\s+(?:on|in)|in\\s+other\\s+news"
          + "|in\\s+case\\s+you\\s+missed)";

  private static final Pattern LEADING_SYMBOLS =
      Pattern.compile("^[\\p{So}\\p{Sm}\\p{Pd}•·»›>*|\\uFFFD]+\\s*");

  private static final List<Kind> KINDS =
      List.of(
          new Kind(
              "reading-time",
              Placement.AROUND,
              Pattern.compile(
                  "^\\d{1,3}\\s*(?:min|mins|minutes?)\\.?\\s*(?:read|reading)\\b.*", I)),
          new Kind(
              "related-link",
              Placement.INLINE,
              Pattern.compile(
                  CROSS_LINK_CUE + "(?:\\s+[^\\s:»>|–—]+){0,6}\\s*[:»>|–—-]\\s*\\S.{0,200}$", I)),
          new Kind(
              "related-links",
              Placement.AROUND,
              Pattern.compile(CROSS_LINK_CUE + "(?:\\s*$|(?:\\s+\\S+){1,6}(?<![.!?\"”])\\s*$)", I)),
          new Kind(
              "author-box",
              Placement.AROUND,
              Pattern.compile(
                  "^(?:about\\s+(?:the\\s+)?(?:author|writer|\\p{L}+)|more\\s+by\\s+.{1,40}"
                      + "|view\\s+all\\s+posts\\b.*)$",
                  I)),
          new Kind(
              "syndication-credit",
              Placement.AROUND,
              Pattern.compile(
                  "^(?:this\\s+(?:article|story|report|piece)\\s+(?:was|is|has\\s+been)\\s+"
                      + "(?:originally\\s+|first\\s+)?(?:published|written|produced|reproduced)"
                      + "\\b.{0,200}|\\(?(?:with\\s+)?(?:additional\\s+)?reporting\\s+by\\b.{0,120})$",
                  I)),
          new Kind(
              "correction-note",
              Placement.AROUND,
              Pattern.compile(
                  "^(?:correction|clarification|editor['’]s\\s+note)\\s*[:.—–-].{0,400}"
                      + "|^an\\s+earlier\\s+version\\s+of\\s+this\\s+(?:article|story|report)\\b.{0,400}$",
                  I)),
          new Kind(
              "author-bio",
              Placement.AROUND,
              Pattern.compile(
                  "^\\p{Lu}[\\p{L}'’.-]+(?:\\s+\\p{Lu}[\\p{L}'’.-]+){1,3}\\s+is\\s+(?:a|an|the)"
                      + "\\s+(?:[\\p{L}-]+\\s+){0,3}(?:reporter|correspondent|editor|writer|journalist"
                      + "|columnist|contributor|producer|photographer)\\b.{0,200}$")),
          new Kind(
              "page-chrome",
              Placement.AROUND,
              Pattern.compile(
                  "^(?:(?:go|back|return|scroll)\\s*to\\s*(?:the\\s+)?top|skip\\s+to\\s+"
                      + "(?:main\\s+)?content|(?:©|\\(c\\)|copyright)\\s*.*|.*all\\s+rights\\s+"
                      + "reserved\\.?|advertisement|sponsored(?:\\s+content)?|comments?\\s*\\(?\\d*"
                      + "\\)?|leave\\s+a\\s+(?:comment|reply)|tags?\\s*:.*|filed\\s+under\\s*:?.*"
                      + "|home|menu|search|close|loading\\.*)$",
                  I)),
          new Kind(
              "share-prompt",
              Placement.INLINE,
              Pattern.compile(
                  "^(?:share(?:\\s+(?:this|on|via)\\b.*)?|tweet|print|e-?mail|whatsapp|facebook"
                      + "|twitter|linkedin|telegram|copy\\s+link|follow\\s+us\\b.*"
                      + "|(?:click|tap)\\s+here\\b.*"
                      + "|.{0,60}\\b(?:share|copy|forward)\\s+(?:this|the)\\s+(?:article|story|page|link)\\b.{0,60}"
                      + "|.{0,40}\\bfollow\\s+(?:us|\\p{Lu}[\\p{L}&' ]{0,40}?)\\s+on\\b.{0,60})[\\s:!.]*$",
                  I)),
          new Kind(
              "subscribe-prompt",
              Placement.AROUND,
              Pattern.compile(
                  "^.{0,80}\\b(?:subscribe|newsletter|sign\\s+up|sign\\s+in|log\\s+in"
                      + "|create\\s+an\\s+account|donate|become\\s+a\\s+(?:member|subscriber|supporter)"
                      + "|support\\s+(?:our|independent|us|quality)\\b|get\\s+the\\s+.{1,40}\\sapp)\\b.{0,80}$",
                  I)),
          new Kind(
              "caption",
              Placement.INLINE,
              Pattern.compile(
                  "^.{0,200}(?:\\((?:photo|pic|picture|image|file\\s+photo|photograph)\\b[^)]*\\)"
                      + "|\\b(?:photo|pic|picture|image)\\s+(?:credit|courtesy|by)\\b.*"
                      + "|^(?:photo|pic|picture|image|file\\s+photo|photograph)\\s*[:|/—–-].*"
                      + "|.*[.!?]\\s+(?:file\\s+)?(?:photo|pic|picture|image|photograph)"
                      + "(?:\\s+credit)?\\s*[:/]\\s*[^.]{1,60})$",
                  I)),
          new Kind(
              "byline",
              Placement.INLINE,
              Pattern.compile(
                  "^(?i:by|written\\s+by|reporting\\s+by|por|par|von|di|door|av)\\s+\\p{Lu}[\\p{L}.'’-]+"
                      + "(?:\\s+(?:(?i:and|y|et|und|e|en|och)\\s+)?\\p{Lu}[\\p{L}.'’-]+){0,5}"
                      + "(?:\\s*[,|·•]\\s*.{0,60})?$")));

  private Furniture() {}

  /** True when furniture with this reason also occurs between an article's paragraphs. */
  static boolean inline(String reason) {
    for (Kind k : KINDS) {
      if (k.reason().equals(reason)) {
        return k.placement() == Placement.INLINE;
      }
    }
    return false;
  }

  /** The kind of furniture {@code line} is, or null when its form is not furniture. */
  static Kind match(String line) {
    String s = LEADING_SYMBOLS.matcher(line.strip()).replaceFirst("");
    if (s.length() > 240) {
      return null;
    }
    for (Kind k : KINDS) {
      if (k.pattern().matcher(s).matches()) {
        return k;
      }
    }
    return null;
  }
}
