package org.annalist.ingest.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.annalist.ingest.meta.Dates;
import org.annalist.model.Removed;
import org.annalist.model.Span;

/**
 * Separates the article from site furniture in a plain-text page.
 *
 * <p>The method, in four steps, uses only the form of each block, never phrases of one site:
 *
 * <ol>
 *   <li>Split the text into blocks (lines, or blank-line paragraphs when the text is hard-wrapped).
 *   <li>Classify each block by length and function-word density (jusText), and by form: dates on
 *       their own, navigation trails, cross-link, share and credit idioms, truncated teasers, and
 *       headline-and-date lists.
 *   <li>Revise short and borderline blocks by their neighbours; a short line right before content
 *       is a subheading.
 *   <li>Take the best-scoring contiguous run of blocks as the article (content scores by length,
 *       furniture against), then drop the furniture inside it (captions, share prompts).
 * </ol>
 *
 * <p>Stateless and thread-safe.
 */
public final class TextCleaner {
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['’][\\p{L}]+)?");
  private static final Pattern NAV_SEPARATOR = Pattern.compile("\\s(?:/|>|»|›|\\||::)\\s");
  private static final Pattern TERMINAL = Pattern.compile("[.!?…:;][\"'”’»)]*\\s*$");
  private static final Pattern SENTENCE_START = Pattern.compile("[\"'“‘(]?[\\p{Lu}\\p{N}]");
  private static final Pattern TRUNCATED = Pattern.compile("(?:\\.\\.\\.|…)[.\"'”’]*\\s*$");
  private static final Pattern DATE_WORDS =
      Pattern.compile(
          "^(?:(?:updated|published|posted|last\\s+updated)\\s*:?\\s*)?(?:on\\s+)?"
              + "(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?,?\\s+)?",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern TIME_TAIL =
      Pattern.compile(
          "^[\\s,|·-]*(?:(?:at\\s+)?\\d{1,2}[:.]\\d{2}(?:\\s*[ap]\\.?m\\.?)?(?:\\s*[A-Z]{2,4})?)?"
              + "[\\s,|·-]*$",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern PUBLICATION_LINE =
      Pattern.compile(
          "^(?:first\\s+)?(?:published|posted|appeared|updated|last\\s+updated)\\b.*",
          Pattern.CASE_INSENSITIVE);

  private final CleanerOptions options;

  /** A cleaner with the given thresholds. */
  public TextCleaner(CleanerOptions options) {
    this.options = options;
  }

  /** A cleaner with {@link CleanerOptions#DEFAULTS}. */
  public TextCleaner() {
    this(CleanerOptions.DEFAULTS);
  }

  private enum Cls {
    GOOD,
    NEARGOOD,
    SHORT,
    BAD
  }

  /** Mutable per-call working state of one block; never escapes {@link #clean}. */
  private static final class Work {
    private final Block block;
    private final String reason;
    private final boolean inline;
    private final int chars;
    private Cls cls;
    private boolean heading;

    Work(Block block, Cls cls, String reason, boolean inline) {
      this.block = block;
      this.cls = cls;
      this.reason = reason;
      this.inline = inline;
      this.chars = block.text().length();
    }

    boolean furniture() {
      return reason != null;
    }
  }

  /**
   * Cleans {@code text}.
   *
   * @param text the page text, line breaks as {@code \n}
   * @param language ISO 639-1 code of the text (chooses the function words), or {@code und}
   * @return the body, the blocks kept, and everything removed with reasons; an empty body when the
   *     text holds no prose
   */
  public CleanedText clean(String text, String language) {
    List<Block> blocks = split(text);
    Set<String> stopwords = FunctionWords.of(language);
    double scale = FunctionWords.known(language) ? 1.0 : 0.6;
    List<Work> work = new ArrayList<>(blocks.size());
    for (Block b : blocks) {
      work.add(classify(b, stopwords, scale));
    }
    markHeadlineLists(work);
    revise(work);
    int[] range = bestRun(work);
    List<Block> kept = new ArrayList<>();
    List<Block> header = new ArrayList<>();
    List<Block> trailer = new ArrayList<>();
    List<Removed> removed = new ArrayList<>();
    for (int i = 0; i < work.size(); i++) {
      Work w = work.get(i);
      boolean inside = i >= range[0] && i < range[1];
      if (inside && w.cls == Cls.GOOD && !w.furniture()) {
        kept.add(w.block);
        continue;
      }
      if (i < range[0]) {
        header.add(w.block);
      } else if (i >= range[1]) {
        trailer.add(w.block);
      }
      String reason = w.furniture() ? w.reason : inside ? "not-prose" : "outside-main-content";
      removed.add(new Removed(w.block.span(), reason, w.block.text()));
    }
    StringBuilder body = new StringBuilder();
    for (Block b : kept) {
      if (body.length() > 0) {
        body.append("\n\n");
      }
      body.append(b.text());
    }
    return new CleanedText(body.toString(), kept, header, trailer, removed);
  }

  /** Splits into blocks: one per line, or one per paragraph when lines are hard-wrapped. */
  static List<Block> split(String text) {
    List<Span> lines = new ArrayList<>();
    int start = 0;
    for (int i = 0; i <= text.length(); i++) {
      if (i == text.length() || text.charAt(i) == '\n') {
        lines.add(new Span(start, i));
        start = i + 1;
      }
    }
    boolean wrapped = hardWrapped(text, lines);
    List<Block> out = new ArrayList<>();
    int i = 0;
    while (i < lines.size()) {
      Span line = trim(text, lines.get(i));
      if (line.length() == 0) {
        i++;
        continue;
      }
      if (!wrapped) {
        out.add(new Block(line, collapse(line.of(text))));
        i++;
        continue;
      }
      int first = line.start();
      int last = line.end();
      StringBuilder joined = new StringBuilder(line.of(text));
      i++;
      while (i < lines.size() && trim(text, lines.get(i)).length() > 0) {
        Span next = trim(text, lines.get(i));
        joined.append(' ').append(next.of(text));
        last = next.end();
        i++;
      }
      out.add(new Block(new Span(first, last), collapse(joined.toString())));
    }
    return out;
  }

  private static String collapse(String s) {
    return s.replaceAll("[\\s\\u00a0\\u2007\\u202f]+", " ").strip();
  }

  private static Span trim(String text, Span s) {
    int a = s.start();
    int b = s.end();
    while (a < b && blank(text.charAt(a))) {
      a++;
    }
    while (b > a && blank(text.charAt(b - 1))) {
      b--;
    }
    return new Span(a, b);
  }

  private static boolean blank(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }

  /** Hard-wrapped: blank-line paragraphs whose lines mostly end near one fixed width. */
  private static boolean hardWrapped(String text, List<Span> lines) {
    int nonBlank = 0;
    int nearWidth = 0;
    int blank = 0;
    int max = 0;
    for (Span s : lines) {
      int len = trim(text, s).length();
      if (len == 0) {
        blank++;
        continue;
      }
      nonBlank++;
      max = Math.max(max, len);
    }
    if (nonBlank < 8 || blank == 0 || max > 110) {
      return false;
    }
    for (Span s : lines) {
      int len = trim(text, s).length();
      if (len >= max - 20 && len > 0) {
        nearWidth++;
      }
    }
    return nearWidth >= nonBlank * 0.5 && nonBlank > blank * 1.5;
  }

  private Work classify(Block b, Set<String> stopwords, double scale) {
    String s = b.text();
    String reason = formReason(s);
    if (reason != null) {
      boolean inline = Furniture.inline(reason);
      return new Work(b, Cls.BAD, reason, inline);
    }
    Matcher m = WORD.matcher(s);
    int words = 0;
    int stops = 0;
    while (m.find()) {
      words++;
      if (stopwords.contains(m.group().toLowerCase(Locale.ROOT))) {
        stops++;
      }
    }
    double density = words == 0 ? 0 : (double) stops / words;
    Cls cls;
    if (s.length() < options.shortLength()) {
      cls = Cls.SHORT;
    } else if (density >= options.stopwordsHigh() * scale && s.length() > options.longLength()) {
      cls = Cls.GOOD;
    } else if (density >= options.stopwordsLow() * scale) {
      cls = Cls.NEARGOOD;
    } else {
      cls = Cls.BAD;
    }
    if ((cls == Cls.BAD || cls == Cls.SHORT) && sentence(s, words)) {
      cls = Cls.NEARGOOD; // name-heavy news prose has few function words but is still prose
    }
    return new Work(b, cls, null, false);
  }

  /** Sentence-shaped: starts with a capital or quote mark, ends a sentence, 8 words or more. */
  private static boolean sentence(String s, int words) {
    return words >= 8 && SENTENCE_START.matcher(s).lookingAt() && TERMINAL.matcher(s).find();
  }

  /** The furniture reason of a block judged by its form alone, or null. */
  private static String formReason(String s) {
    if (dateOnly(s)) {
      return "date-line";
    }
    if (PUBLICATION_LINE.matcher(s).matches() && s.length() < 160 && Dates.find(s).isPresent()) {
      return "publication-line";
    }
    if (navigationTrail(s)) {
      return "navigation";
    }
    Furniture.Kind k = Furniture.match(s);
    if (k != null) {
      return k.reason();
    }
    if (TRUNCATED.matcher(s).find() && s.length() < 400) {
      return "teaser";
    }
    return null;
  }

  /** A line that is a date and nothing else (perhaps "Updated", a weekday, a time). */
  static boolean dateOnly(String s) {
    if (s.length() > 60) {
      return false;
    }
    return Dates.find(s)
        .map(
            f -> {
              String before = s.substring(0, f.span().start());
              String after = s.substring(f.span().end());
              Matcher lead = DATE_WORDS.matcher(before);
              return lead.lookingAt()
                  && before.substring(lead.end()).isBlank()
                  && TIME_TAIL.matcher(after).matches();
            })
        .orElse(false);
  }

  /** "Home / World / Asia / Headline": several short parts between separators. */
  private static boolean navigationTrail(String s) {
    String[] parts = NAV_SEPARATOR.split(s);
    if (parts.length < 3) {
      return false;
    }
    for (int i = 0; i < parts.length - 1; i++) {
      if (parts[i].strip().split("\\s+").length > 5) {
        return false;
      }
    }
    return true;
  }

  /**
   * Headline-and-date lists (other stories with their dates): a short block next to a block that is
   * only a date, outside running prose, is a list item, and so is a teaser between two items.
   */
  private static void markHeadlineLists(List<Work> work) {
    for (int i = 0; i < work.size(); i++) {
      Work w = work.get(i);
      if (w.furniture() || w.cls == Cls.GOOD) {
        continue;
      }
      boolean prevDate = i > 0 && "date-line".equals(work.get(i - 1).reason);
      boolean nextDate = i + 1 < work.size() && "date-line".equals(work.get(i + 1).reason);
      if ((prevDate || nextDate) && dateLines(work) >= 2) {
        work.set(i, relabel(w, "headline-list"));
      }
    }
  }

  private static int dateLines(List<Work> work) {
    int n = 0;
    for (Work w : work) {
      if ("date-line".equals(w.reason)) {
        n++;
      }
    }
    return n;
  }

  private static Work relabel(Work w, String reason) {
    Work r = new Work(w.block, Cls.BAD, reason, false);
    r.heading = w.heading;
    return r;
  }

  /** jusText's context revision, with subheadings kept when content follows them closely. */
  private void revise(List<Work> work) {
    for (int i = 0; i < work.size(); i++) {
      Work w = work.get(i);
      if (w.furniture() || w.cls == Cls.GOOD || w.cls == Cls.BAD) {
        continue;
      }
      if (!TERMINAL.matcher(w.block.text()).find() && w.block.text().split("\\s+").length <= 20) {
        int distance = 0;
        for (int j = i + 1; j < work.size() && distance <= options.headingDistance(); j++) {
          Work n = work.get(j);
          if ((n.cls == Cls.GOOD || n.cls == Cls.NEARGOOD) && !n.furniture()) {
            w.heading = true;
            break;
          }
          if (!n.inline) {
            distance += n.chars;
          }
        }
      }
    }
    List<Cls> before = new ArrayList<>();
    boolean anyGood = false;
    for (Work w : work) {
      before.add(w.cls);
      anyGood |= w.cls == Cls.GOOD && !w.furniture();
    }
    if (!anyGood) {
      // A short article has no long paragraph to anchor on: its prose anchors itself.
      for (int i = 0; i < work.size(); i++) {
        if (before.get(i) == Cls.NEARGOOD && !work.get(i).furniture()) {
          before.set(i, Cls.GOOD);
          work.get(i).cls = Cls.GOOD;
        }
      }
    }
    for (int i = 0; i < work.size(); i++) {
      Work w = work.get(i);
      if (w.furniture() || before.get(i) == Cls.GOOD || before.get(i) == Cls.BAD) {
        continue;
      }
      Cls prev = neighbour(work, before, i, -1);
      Cls next = neighbour(work, before, i, +1);
      if (before.get(i) == Cls.NEARGOOD) {
        w.cls = prev == Cls.GOOD || next == Cls.GOOD ? Cls.GOOD : Cls.BAD;
      } else if (prev == Cls.GOOD && next == Cls.GOOD) {
        w.cls = Cls.GOOD;
      } else {
        w.cls = w.heading ? Cls.GOOD : Cls.BAD; // kept only inside the article's run
      }
    }
  }

  /** The nearest class in direction {@code step} that is not short and not inline furniture. */
  private static Cls neighbour(List<Work> work, List<Cls> cls, int i, int step) {
    for (int j = i + step; j >= 0 && j < work.size(); j += step) {
      Work n = work.get(j);
      if (n.inline || cls.get(j) == Cls.SHORT) {
        continue;
      }
      if (cls.get(j) == Cls.NEARGOOD) {
        continue;
      }
      return cls.get(j);
    }
    return Cls.BAD;
  }

  /** Maximum-sum contiguous run of block scores: {start, end} (end exclusive). */
  private static int[] bestRun(List<Work> work) {
    double best = 0;
    int bestStart = 0;
    int bestEnd = 0;
    double sum = 0;
    int start = 0;
    for (int i = 0; i < work.size(); i++) {
      sum += score(work.get(i));
      if (sum <= 0) {
        sum = 0;
        start = i + 1;
      } else if (sum > best) {
        best = sum;
        bestStart = start;
        bestEnd = i + 1;
      }
    }
    return new int[] {bestStart, bestEnd};
  }

  private static double score(Work w) {
    if (w.furniture()) {
      return w.inline ? -0.8 : -3.0;
    }
    if (w.cls == Cls.GOOD) {
      if (w.heading && w.chars < 120) {
        return -0.05; // a subheading belongs inside the article, never starts it
      }
      return 1.0 + Math.min(w.chars, 800) / 200.0;
    }
    return -1.0;
  }
}
