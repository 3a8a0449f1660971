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

  private static final List<Kind> KINDS =
      List.of(
          new Kind(
              "reading-time",
              Placement.AROUND,
              Pattern.compile(
                  "^\\d{1,3}\\s*(?:min|mins|minutes?)\\.?\\s*(?:read|reading)\\b.*", I)),
          new Kind(
              "related-links",
              Placement.AROUND,
              Pattern.compile(
                  "^(?:also\\s+read|read\\s+(?:more|also|next)|related(?:\\s+(?:stories|articles|"
                      + "news|coverage|content|posts|topics))?|more\\s+(?:from|on|stories|news|in)"
                      + "|latest\\s+(?:from|news|stories)|recommended(?:\\s+for\\s+you)?"
                      + "|you\\s+(?:may|might)\\s+(?:also\\s+)?like|check\\s+also|see\\s+also"
                      + "|don['’]t\\s+miss|trending(?:\\s+now)?|most\\s+(?:read|popular|viewed)"
                      + "|top\\s+stories|(?:next|previous|prev)\\s+(?:story|article|post)"
                      + "|editor['’]s\\s+picks?|in\\s+other\\s+news|in\\s+case\\s+you\\s+missed)"
                      + "(?:\\s*$|\\s*[:»>|\\-–—].*|(?:\\s+\\S+){1,6}(?<![.!?\"”])\\s*$)",
                  I)),
          new Kind(
              "author-box",
              Placement.AROUND,
              Pattern.compile(
                  "^(?:about\\s+(?:the\\s+)?(?:author|writer|\\p{L}+)|more\\s+by\\s+.{1,40}"
                      + "|view\\s+all\\s+posts\\b.*)$",
                  I)),
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
                      + "|(?:click|tap)\\s+here\\b.*)[\\s:!.]*$",
                  I)),
          new Kind(
              "subscribe-prompt",
              Placement.AROUND,
              Pattern.compile(
                  "^.{0,60}\\b(?:subscribe|newsletter|sign\\s+up|sign\\s+in|log\\s+in"
                      + "|create\\s+an\\s+account)\\b.{0,60}$",
                  I)),
          new Kind(
              "caption",
              Placement.INLINE,
              Pattern.compile(
                  "^.{0,200}(?:\\((?:photo|pic|picture|image|file\\s+photo|photograph)\\b[^)]*\\)"
                      + "|\\b(?:photo|pic|picture|image)\\s+(?:credit|courtesy|by)\\b.*"
                      + "|^(?:photo|pic|picture|image|file\\s+photo|photograph)\\s*[:|/—–-].*)$",
                  I)),
          new Kind(
              "byline",
              Placement.INLINE,
              Pattern.compile(
                  "^(?i:by|written\\s+by|reporting\\s+by)\\s+\\p{Lu}[\\p{L}.'’-]+"
                      + "(?:\\s+(?:and\\s+)?\\p{Lu}[\\p{L}.'’-]+){0,5}(?:\\s*[,|]\\s*.{0,40})?$")));

  private Furniture() {}

  /** The kind of furniture {@code line} is, or null when its form is not furniture. */
  static Kind match(String line) {
    String s = line.strip();
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
