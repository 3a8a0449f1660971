package org.annalist.cli;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.function.IntConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.annalist.model.Article;
import org.annalist.model.ArticleEntity;
import org.annalist.model.ArticleId;
import org.annalist.model.Event;
import org.annalist.model.EventActor;
import org.annalist.model.Extraction;
import org.annalist.model.Origin;
import org.annalist.model.Quote;
import org.annalist.model.Span;
import org.annalist.model.Speaker;
import org.annalist.model.TimeExpression;
import org.annalist.store.RunCounts;
import org.annalist.store.Store;
import org.annalist.store.WriteResult;

/**
 * A synthetic corpus for measuring how the store and the server scale: every article is a copy of
 * one of a source store's extracted articles ("templates", taken in turn) with its words varied,
 * its dates shifted and new ids, written with the template's extractions moved along.
 *
 * <p>Article {@code i} is made from template {@code i % templates} with a random generator seeded
 * by {@code (seed, i)}: about {@value #VARIED} of the body's longer words that no extraction points
 * at are replaced by made-up words of the same length (drawn log-uniformly from {@value #WORDS} per
 * length, so the index sees new terms and common ones), so the body's id is new (each event's id is
 * then {@link Event#idOf} of the new article id and the template event's id) while every span of
 * the extraction (entity mentions, quotes and speakers, event triggers and actors, time
 * expressions) still points at the same text; the title is varied the same way. The publication
 * date, the events' dates and the time expressions' values are shifted by the same whole number of
 * days, drawn from {@code [0, days)}. Entities keep their names, so the store's global entities
 * stay the templates' while their mentions grow with the corpus.
 *
 * <p>Deterministic: the same source, seed and {@code i} make the same article. Not thread-safe.
 */
final class SyntheticCorpus {
  /** Share of the eligible words replaced. */
  static final double VARIED = 0.6;

  /** Made-up words per word length. */
  static final int WORDS = 20_000;

  private static final int BATCH = 500;
  private static final Pattern WORD = Pattern.compile("\\p{L}{4,}");
  private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  private static final Pattern WEEK = Pattern.compile("(\\d{4})-W(\\d{2})");
  private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");
  private static final Pattern YEAR = Pattern.compile("\\d{4}");
  private static final String CONSONANTS = "bcdfghjklmnprstvz";
  private static final String VOWELS = "aeiou";

  /** A source article and its extraction. */
  record Template(Article article, Extraction extraction) {}

  /** One synthetic article and its extraction. */
  record Made(Article article, Extraction extraction) {}

  private final List<Template> templates;
  private final int days;
  private final long seed;

  SyntheticCorpus(List<Template> templates, int days, long seed) {
    if (templates.isEmpty()) {
      throw new IllegalArgumentException("no extracted article to copy");
    }
    if (days < 1) {
      throw new IllegalArgumentException("days must be at least 1, got " + days);
    }
    this.templates = List.copyOf(templates);
    this.days = days;
    this.seed = seed;
  }

  /** The extracted articles of {@code source}, in the store's order. */
  static List<Template> templatesOf(Store source) {
    List<Template> out = new ArrayList<>();
    source.forEachExtraction((a, x) -> out.add(new Template(a, x)));
    return out;
  }

  int templates() {
    return templates.size();
  }

  /** The {@code i}-th synthetic article (0-based). */
  Made make(int i) {
    Template t = templates.get(Math.floorMod(i, templates.size()));
    SplittableRandom rng = new SplittableRandom(seed * 1_000_003L + i);
    int shift = rng.nextInt(days);
    Article a = t.article();
    Extraction x = t.extraction();
    String body = vary(a.body(), protectedChars(a.body().length(), x), rng);
    String id = ArticleId.of(body);
    Article made =
        new Article(
            id,
            List.of(new Origin("synthetic", null, Integer.toString(i))),
            a.outlet(),
            a.title() == null ? null : vary(a.title(), new boolean[a.title().length()], rng),
            a.published() == null ? null : a.published().plusDays(shift),
            a.dateline(),
            a.byline(),
            a.language(),
            body,
            a.removed(),
            a.provenance(),
            a.notes());
    List<TimeExpression> times = new ArrayList<>();
    for (TimeExpression te : x.times()) {
      times.add(
          new TimeExpression(
              te.span(),
              te.text(),
              te.type(),
              shift(te.value(), shift),
              te.anchoring(),
              te.mod(),
              te.range() == null ? null : shift(te.range(), shift)));
    }
    List<Event> events = new ArrayList<>();
    for (Event e : x.events()) {
      events.add(
          new Event(
              // the coder derives some ids from others (denials, pairs): keep them apart
              Event.idOf(id, e.sentence(), e.triggerSpan(), e.cameo() + "|" + e.id()),
              id,
              e.sentence(),
              e.cameo(),
              e.root(),
              e.plover(),
              e.ploverMode(),
              e.goldstein(),
              e.quad(),
              e.source(),
              e.target(),
              e.date() == null ? null : shift(e.date(), shift),
              e.datePrecision(),
              e.place(),
              e.placePrecision(),
              e.factuality(),
              e.assertedBy(),
              e.trigger(),
              e.triggerSpan(),
              e.evidence()));
    }
    return new Made(made, new Extraction(id, x.version(), times, x.entities(), x.quotes(), events));
  }

  /**
   * Writes articles {@code 0..n-1} with their extractions to {@code target} in batches, as one
   * recorded run; {@code progress} gets the count written after each batch.
   */
  RunCounts fill(Store target, int n, String input, IntConsumer progress) {
    Objects.requireNonNull(target, "target");
    long run = target.beginRun(List.of(input));
    RunCounts counts = RunCounts.ZERO;
    for (int start = 0; start < n; start += BATCH) {
      List<Article> articles = new ArrayList<>();
      List<Extraction> extractions = new ArrayList<>();
      for (int i = start; i < Math.min(n, start + BATCH); i++) {
        Made m = make(i);
        articles.add(m.article());
        extractions.add(m.extraction());
      }
      WriteResult w = target.write(articles);
      target.writeExtractions(extractions);
      counts = counts.plus(w).plusDocuments(articles.size());
      progress.accept(Math.min(n, start + BATCH));
    }
    target.finishRun(run, counts, List.of());
    return counts;
  }

  /** Characters of {@code x}'s article that some extraction span points at. */
  static boolean[] protectedChars(int length, Extraction x) {
    boolean[] p = new boolean[length];
    for (TimeExpression t : x.times()) {
      mark(p, t.span());
    }
    for (ArticleEntity e : x.entities()) {
      e.mentions().forEach(s -> mark(p, s));
    }
    for (Quote q : x.quotes()) {
      mark(p, q.span());
      mark(p, q.verbSpan());
      mark(p, q.speaker());
      mark(p, q.relayedBy());
    }
    for (Event e : x.events()) {
      mark(p, e.triggerSpan());
      mark(p, e.source());
      mark(p, e.target());
      mark(p, e.assertedBy());
    }
    return p;
  }

  private static void mark(boolean[] p, Speaker s) {
    if (s != null) {
      mark(p, s.span());
    }
  }

  private static void mark(boolean[] p, EventActor a) {
    if (a != null) {
      mark(p, a.span());
    }
  }

  private static void mark(boolean[] p, Span s) {
    if (s != null) {
      for (int i = s.start(); i < Math.min(s.end(), p.length); i++) {
        p[i] = true;
      }
    }
  }

  /** {@code text} with some of its unprotected words replaced by made-up ones of equal length. */
  private static String vary(String text, boolean[] protect, SplittableRandom rng) {
    StringBuilder out = new StringBuilder(text);
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      if (rng.nextDouble() >= VARIED || any(protect, m.start(), m.end())) {
        continue;
      }
      int index = (int) Math.exp(rng.nextDouble() * Math.log(WORDS));
      String w = word(index, m.end() - m.start());
      if (Character.isUpperCase(text.charAt(m.start()))) {
        w = Character.toUpperCase(w.charAt(0)) + w.substring(1);
      }
      out.replace(m.start(), m.end(), w);
    }
    return out.toString();
  }

  private static boolean any(boolean[] p, int from, int to) {
    for (int i = from; i < to; i++) {
      if (p[i]) {
        return true;
      }
    }
    return false;
  }

  /** The made-up word number {@code index} of {@code length} letters (consonant, vowel, ...). */
  static String word(int index, int length) {
    StringBuilder w = new StringBuilder(length);
    long h = index * 0x9E3779B97F4A7C15L + length;
    for (int i = 0; i < length; i++) {
      h = h * 6364136223846793005L + 1442695040888963407L;
      int r = (int) ((h >>> 33) & 0x7fffffff);
      w.append(i % 2 == 0 ? CONSONANTS.charAt(r % CONSONANTS.length()) : VOWELS.charAt(r % 5));
    }
    return w.toString();
  }

  /** A TIMEX3 value moved by {@code days}, at its own precision; other values as they are. */
  static String shift(String value, int days) {
    if (days == 0) {
      return value;
    }
    try {
      if (DAY.matcher(value).matches()) {
        return LocalDate.parse(value).plusDays(days).toString();
      }
      Matcher w = WEEK.matcher(value);
      if (w.matches()) {
        LocalDate monday =
            LocalDate.of(Integer.parseInt(w.group(1)), 1, 4)
                .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, Integer.parseInt(w.group(2)))
                .with(java.time.DayOfWeek.MONDAY)
                .plusDays(days);
        return String.format(
            Locale.ROOT,
            "%04d-W%02d",
            monday.get(IsoFields.WEEK_BASED_YEAR),
            monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
      }
      if (MONTH.matcher(value).matches()) {
        return YearMonth.parse(value)
            .atDay(1)
            .plusDays(days)
            .format(DateTimeFormatter.ofPattern("yyyy-MM", Locale.ROOT));
      }
      if (YEAR.matcher(value).matches()) {
        return Integer.toString(
            LocalDate.of(Integer.parseInt(value), 1, 1).plusDays(days).getYear());
      }
    } catch (RuntimeException e) {
      return value; // not a date after all (e.g. week 53 of a year without one)
    }
    return value;
  }
}
