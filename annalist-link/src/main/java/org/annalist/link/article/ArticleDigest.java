package org.annalist.link.article;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.annalist.model.Article;
import org.annalist.model.ArticleEntity;
import org.annalist.model.EntityType;
import org.annalist.model.Event;
import org.annalist.model.EventActor;
import org.annalist.model.Extraction;
import org.annalist.model.TimeExpression;
import org.annalist.model.TimexAnchoring;

/**
 * What {@link ArticleLinker} needs of one article. Immutable.
 *
 * @param articleId the article's id (never blank)
 * @param outlet the publishing outlet, or null when not stated
 * @param date the article's date (publication date, else the date its events and time expressions
 *     point to most often), or null when none is known: an undated article is linked to its copies,
 *     and to other articles only at the higher {@link ArticleLinkOptions#undatedCosine()}
 * @param text the text compared: headline and cleaned body
 * @param actors entities and actors named in the article: lower-case entity names ({@code "zalmay
 *     khalilzad"}) and CAMEO actor codes ({@code "USAGOV"}); may be empty
 * @param eventKeys coded events as {@code root|source|target} CAMEO codes ({@code "04|USA|TAL"});
 *     may be empty
 */
public record ArticleDigest(
    String articleId,
    String outlet,
    LocalDate date,
    String text,
    Set<String> actors,
    Set<String> eventKeys) {
  private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

  public ArticleDigest {
    if (articleId == null || articleId.isBlank()) {
      throw new IllegalArgumentException("articleId must not be blank: '" + articleId + "'");
    }
    Objects.requireNonNull(text, "text");
    actors = actors == null ? Set.of() : Set.copyOf(actors);
    eventKeys = eventKeys == null ? Set.of() : Set.copyOf(eventKeys);
  }

  /** A digest of text only (no extraction): no actors, no event keys. */
  public static ArticleDigest ofText(String articleId, String outlet, LocalDate date, String text) {
    return new ArticleDigest(articleId, outlet, date, text, Set.of(), Set.of());
  }

  /**
   * The digest of a cleaned article and, when it was extracted, its extraction.
   *
   * <p>The date is {@link Article#published()}; when the article states none, the calendar day that
   * its events' dates and its absolute or resolved time expressions name most often (ties: the
   * latest), else null. Actors are the names of its people, organisations and places and the CAMEO
   * codes of its events' sources and targets; event keys are {@code root|source|target}.
   *
   * @param article the article (not null)
   * @param extraction its extraction, or null when it has none (e.g. not English)
   */
  public static ArticleDigest of(Article article, Extraction extraction) {
    Objects.requireNonNull(article, "article");
    String text =
        article.title() == null ? article.body() : article.title() + "\n\n" + article.body();
    if (extraction == null) {
      return ofText(article.id(), article.outlet(), article.published(), text);
    }
    Set<String> actors = new TreeSet<>();
    for (ArticleEntity e : extraction.entities()) {
      if (e.type() == EntityType.PERSON
          || e.type() == EntityType.ORGANIZATION
          || e.type() == EntityType.LOCATION) {
        actors.add(e.name().toLowerCase(Locale.ROOT).strip());
      }
    }
    Set<String> keys = new TreeSet<>();
    for (Event e : extraction.events()) {
      addCode(actors, e.source());
      addCode(actors, e.target());
      keys.add(e.root() + "|" + code(e.source()) + "|" + code(e.target()));
    }
    LocalDate date = article.published() != null ? article.published() : likelyDate(extraction);
    return new ArticleDigest(article.id(), article.outlet(), date, text, actors, keys);
  }

  /** The day named most often by the extraction's events and time expressions (ties: latest). */
  static LocalDate likelyDate(Extraction x) {
    Map<LocalDate, Integer> counts = new HashMap<>();
    for (Event e : x.events()) {
      count(counts, e.date());
    }
    for (TimeExpression t : x.times()) {
      if (t.anchoring() != TimexAnchoring.UNRESOLVED) {
        count(counts, t.value());
      }
    }
    LocalDate best = null;
    int bestCount = 0;
    for (Map.Entry<LocalDate, Integer> e : counts.entrySet()) {
      int c = e.getValue();
      if (c > bestCount || (c == bestCount && e.getKey().isAfter(best))) {
        best = e.getKey();
        bestCount = c;
      }
    }
    return best;
  }

  private static void count(Map<LocalDate, Integer> counts, String value) {
    if (value == null || value.length() < 10 || !DAY.matcher(value.substring(0, 10)).matches()) {
      return;
    }
    try {
      counts.merge(LocalDate.parse(value.substring(0, 10)), 1, Integer::sum);
    } catch (DateTimeParseException e) {
      // an impossible day such as 2021-02-30: not a date to count
    }
  }

  private static void addCode(Set<String> actors, EventActor a) {
    if (a != null && a.code() != null) {
      actors.add(a.code());
    }
  }

  private static String code(EventActor a) {
    return a == null || a.code() == null ? "-" : a.code();
  }
}
