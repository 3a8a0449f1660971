package org.annalist.ingest.meta;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.annalist.ingest.clean.Block;
import org.annalist.ingest.clean.CleanedText;
import org.annalist.model.Removed;

/**
 * Reads metadata off a cleaned plain-text page: the headline and date lines above the body, an
 * outlet line under the headline, "Published in Outlet, date" lines, a "reports Outlet" credit, the
 * dateline that opens the body, and a "By ..." byline. Only what the page states; nothing is
 * guessed. Stateless and thread-safe.
 */
public final class TextMetadata {
  private static final Pattern PUBLISHED_IN =
      Pattern.compile(
          "^(?:first\\s+)?(?:published|appeared)\\s+in\\s+(.+?)\\s*[,–—-]\\s*.*$",
          Pattern.CASE_INSENSITIVE);
  private static final String NAME_WORD = "\\p{Lu}[\\p{L}\\p{M}.&'’-]*";
  private static final Pattern REPORTS_CREDIT =
      Pattern.compile(
          "(?:^|[,.;]\\s*|\\s)reports\\s+(" + NAME_WORD + "(?:\\s+" + NAME_WORD + "){0,4})\\s*$");
  private static final Pattern DATELINE =
      Pattern.compile(
          "^(\\p{Lu}[\\p{Lu}\\p{M}.'’ -]{1,30}?)(?:,\\s*[\\p{L}. ]{2,25}?)?\\s*"
              + "(?:\\(([^)]{2,40})\\))?\\s*(?::|—|–|--?)\\s+\\S");
  private static final Pattern CAPS_LINE = Pattern.compile("^\\p{Lu}[\\p{Lu}\\p{M}.'’ -]{2,30}$");
  private static final Pattern OUTLET_LINE =
      Pattern.compile("^" + NAME_WORD + "(?:\\s+" + NAME_WORD + "){0,3}$");
  private static final Pattern BYLINE =
      Pattern.compile(
          "^(?:by|written\\s+by|reporting\\s+by|por|par|von|di|door|av)\\s+(\\p{Lu}.+?)"
              + "(?:\\s*[,|·•]\\s*.*)?$",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern DATE_PREFIX_WORDS =
      Pattern.compile(
          "^\\s*(?:date[d]?|published|posted|updated)?\\s*:?\\s*(?:on\\s+)?",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern MASTHEAD_SEPARATOR =
      Pattern.compile("\\s+(?:/|>|»|›|\\||::|—|–|·|-)\\s+");
  private static final Pattern TRAILING_DOT = Pattern.compile("(?<=\\p{L}{3})\\.$");
  private static final Pattern AFTER_DATE = Pattern.compile("^\\s*[|,:·–—-]?\\s*");

  private TextMetadata() {}

  /** The metadata {@code cleaned} states. */
  public static Metadata find(CleanedText cleaned) {
    Map<String, String> how = new LinkedHashMap<>();
    String title = null;
    LocalDate published = null;
    String outlet = null;
    String dateline = null;
    String byline = null;

    List<Block> header = cleaned.header();
    // The headline: the most substantial headline-shaped line above the body (nearest wins ties).
    int titleIndex = -1;
    for (int i = header.size() - 1; i >= 0; i--) {
      String s = header.get(i).text();
      Optional<DatePrefixed> dp = datePrefixed(s);
      if (dp.isPresent()) {
        if (published == null) {
          published = dp.get().date();
          how.put("published", "text:date-before-headline");
        }
        s = dp.get().rest();
      }
      if (headline(s)
          && reasonOf(cleaned, header.get(i)) == null
          && (title == null || s.length() > title.length())) {
        title = s;
        titleIndex = i;
        how.put("title", "text:headline-line");
      }
    }
    for (Block b : header) {
      String reason = reasonOf(cleaned, b);
      if (published == null && "date-line".equals(reason)) {
        published = Dates.find(b.text()).map(Dates.Found::date).orElse(null);
        how.put("published", "text:date-line");
      }
      if (byline == null && "byline".equals(reason)) {
        byline = credited(b.text());
        if (byline != null) {
          how.put("byline", "text:by-line");
        }
      }
    }
    if (!header.isEmpty() && titleIndex != 0) {
      // A masthead: the page's first line names the outlet, alone above the headline, or as the
      // head of a trail ("Outlet | World | Asia", "Outlet — Europe desk") when the page names
      // it again elsewhere (a brand repeats; a section name does not).
      String first = header.get(0).text();
      String head = MASTHEAD_SEPARATOR.split(first)[0].strip();
      if (titleIndex > 0
          && OUTLET_LINE.matcher(first).matches()
          && reasonOf(cleaned, header.get(0)) == null) {
        outlet = first;
        how.put("outlet", "text:masthead-line");
      } else if (!head.equals(first)
          && head.contains(" ")
          && OUTLET_LINE.matcher(head).matches()
          && namedElsewhere(cleaned, head, header.get(0))) {
        outlet = head;
        how.put("outlet", "text:masthead-line");
      }
    }
    if (outlet == null && titleIndex >= 0 && titleIndex + 1 < header.size()) {
      String next = header.get(titleIndex + 1).text();
      if (OUTLET_LINE.matcher(next).matches()
          && reasonOf(cleaned, header.get(titleIndex + 1)) == null
          && !CAPS_LINE.matcher(next).matches()) {
        outlet = next;
        how.put("outlet", "text:line-under-headline");
      }
    }
    for (Removed r : cleaned.removed()) {
      if (!"publication-line".equals(r.reason())) {
        continue;
      }
      Matcher m = PUBLISHED_IN.matcher(r.text());
      if (outlet == null && m.matches() && !Dates.find(m.group(1)).isPresent()) {
        outlet = m.group(1);
        how.put("outlet", "text:published-in-line");
      }
      if (published == null) {
        published = Dates.find(r.text()).map(Dates.Found::date).orElse(null);
        how.put("published", "text:publication-line");
      }
    }
    List<Block> kept = cleaned.kept();
    for (int i = 0; i < Math.min(2, kept.size()) && dateline == null; i++) {
      // the opening paragraph, or the one after a standfirst
      Matcher m = DATELINE.matcher(kept.get(i).text());
      if (m.find() && m.group(1).strip().codePoints().filter(Character::isUpperCase).count() >= 3) {
        dateline = TRAILING_DOT.matcher(m.group(1).strip()).replaceFirst("");
        how.put("dateline", "text:opening-dateline");
        if (outlet == null && m.group(2) != null && OUTLET_LINE.matcher(m.group(2)).matches()) {
          outlet = m.group(2).strip();
          how.put("outlet", "text:dateline-credit");
        }
      }
    }
    if (dateline == null && !header.isEmpty()) {
      String last = header.get(header.size() - 1).text();
      if (CAPS_LINE.matcher(last).matches() && !last.equals(title)) {
        dateline = last.strip();
        how.put("dateline", "text:dateline-line");
      }
    }
    for (int i = 0; i < Math.min(2, kept.size()) && outlet == null; i++) {
      Matcher m = REPORTS_CREDIT.matcher(kept.get(i).text());
      if (m.find()) {
        outlet = m.group(1);
        how.put("outlet", "text:reports-credit");
      }
    }
    return new Metadata(title, published, outlet, dateline, byline, how);
  }

  /**
   * The name(s) a by-line credits ("By A and B · 5 May 2021" gives "A and B"; also "Por", "Par",
   * "Von", ...), or null when {@code line} is not a by-line.
   */
  public static String credited(String line) {
    if (line.length() > 160) {
      return null;
    }
    Matcher m = BYLINE.matcher(line.strip());
    if (!m.matches()) {
      return null;
    }
    String names = m.group(1).strip();
    var date = Dates.find(names);
    if (date.isPresent()) {
      names = names.substring(0, date.get().span().start()).replaceAll("[\\s,;:]+$", "");
    }
    return names.isEmpty() || names.split("\\s+").length > 10 ? null : names;
  }

  /** True when {@code name} also occurs in some other removed block (a brand repeats). */
  private static boolean namedElsewhere(CleanedText cleaned, String name, Block except) {
    for (Removed r : cleaned.removed()) {
      if (!r.span().equals(except.span())
          && r.text().toLowerCase(Locale.ROOT).contains(name.toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  private record DatePrefixed(LocalDate date, String rest) {}

  /** "date 2021-01-05 Headline": a date at the very start of a line, then more text. */
  private static Optional<DatePrefixed> datePrefixed(String s) {
    return Dates.find(s)
        .flatMap(
            f -> {
              Matcher lead = DATE_PREFIX_WORDS.matcher(s.substring(0, f.span().start()));
              if (!lead.matches()) {
                return Optional.empty();
              }
              String rest = s.substring(f.span().end());
              Matcher sep = AFTER_DATE.matcher(rest);
              sep.lookingAt();
              rest = rest.substring(sep.end()).strip();
              return rest.isEmpty()
                  ? Optional.empty()
                  : Optional.of(new DatePrefixed(f.date(), rest));
            });
  }

  /** Headline-shaped: 4 to 30 words, not a sentence ending in a full stop, not all capitals. */
  private static boolean headline(String s) {
    String[] words = s.strip().split("\\s+");
    return words.length >= 4
        && words.length <= 30
        && s.length() <= 250
        && !s.strip().endsWith(".")
        && !CAPS_LINE.matcher(s).matches();
  }

  private static String reasonOf(CleanedText cleaned, Block b) {
    for (Removed r : cleaned.removed()) {
      if (r.span().equals(b.span())) {
        return "outside-main-content".equals(r.reason()) || "not-prose".equals(r.reason())
            ? null
            : r.reason();
      }
    }
    return null;
  }
}
