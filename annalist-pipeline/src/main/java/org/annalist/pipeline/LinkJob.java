package org.annalist.pipeline;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.annalist.link.article.ArticleDigest;
import org.annalist.link.article.ArticleLinker;
import org.annalist.link.article.ArticleLinks;
import org.annalist.link.event.ActorKeys;
import org.annalist.link.event.EventLinker;
import org.annalist.link.event.EventLinking;
import org.annalist.link.event.EventMention;
import org.annalist.link.event.IdChange;
import org.annalist.link.event.LinkOptions;
import org.annalist.link.event.LinkedEvent;
import org.annalist.link.story.Story;
import org.annalist.link.story.StoryBuilder;
import org.annalist.model.Event;
import org.annalist.store.Store;

/**
 * Links the store across articles and stores the result in one transaction: near-duplicate copy
 * groups and same-happening clusters of the articles ({@link ArticleLinker}), every event mention
 * merged into linked events ({@link EventLinker}; an outlet republishing another's copy is not an
 * independent source, and an undated article's mentions take the date the article linker read from
 * its text or its copies), story threads ({@link StoryBuilder}), and the id registry.
 *
 * <p>Idempotent: the store's id registry is read before linking, so a second run over the same
 * extractions writes the same linked events and stories and records no id change. Adding articles
 * keeps the ids of linked events they do not touch. Reads all mentions into memory (the linker
 * needs them together); fine for hundreds of thousands of events.
 *
 * <p>Thread-safe (immutable); runs on the calling thread.
 */
public final class LinkJob {
  private final LinkOptions options;
  private final ActorKeys keys;
  private final ArticleLinker articles;

  /**
   * @param options event-linking settings
   * @param keys how actor codes are read
   * @param articles the article linker (copies and same-happening clusters)
   */
  public LinkJob(LinkOptions options, ActorKeys keys, ArticleLinker articles) {
    this.options = Objects.requireNonNull(options, "options");
    this.keys = Objects.requireNonNull(keys, "keys");
    this.articles = Objects.requireNonNull(articles, "articles");
  }

  /** Default settings and the built-in actor-code table. */
  public static LinkJob standard() {
    return new LinkJob(LinkOptions.DEFAULTS, ActorKeys.standard(), ArticleLinker.withDefaults());
  }

  /**
   * What a run did.
   *
   * @param articles articles linked
   * @param copies articles that are a copy of another (in a copy group of two or more)
   * @param happenings same-happening clusters of two or more articles
   * @param mentions event mentions read
   * @param events linked events written
   * @param multiReport linked events reported by two or more articles
   * @param disputed disputed linked events
   * @param stories stories written
   * @param changes id changes recorded (merges, splits, drops)
   * @param problems mentions not used as given, one line each
   * @param elapsed wall time
   */
  public record Summary(
      int articles,
      int copies,
      int happenings,
      long mentions,
      int events,
      int multiReport,
      int disputed,
      int stories,
      List<IdChange> changes,
      List<String> problems,
      Duration elapsed) {
    public Summary {
      changes = List.copyOf(changes);
      problems = List.copyOf(problems);
    }
  }

  /** Links the store's events and writes the result. */
  public Summary run(Store store) {
    long started = System.nanoTime();
    Map<String, ArticleDigest> byId = new LinkedHashMap<>();
    Map<String, List<Event>> events = new HashMap<>();
    Map<String, String> outlets = new HashMap<>();
    store.forEachArticle(
        article -> {
          byId.put(article.id(), ArticleDigest.of(article, null));
          outlets.put(article.id(), article.outlet());
        });
    store.forEachExtraction(
        (article, x) -> {
          byId.put(article.id(), ArticleDigest.of(article, x));
          events.put(article.id(), x.events());
        });
    List<ArticleDigest> digests = new ArrayList<>(byId.values());
    ArticleLinks groups = articles.link(digests);
    Map<String, LocalDate> dates = datesOf(digests, groups);
    List<EventMention> mentions = new ArrayList<>();
    for (ArticleDigest d : digests) {
      for (Event e : events.getOrDefault(d.articleId(), List.of())) {
        mentions.add(new EventMention(e, outlets.get(d.articleId()), dates.get(d.articleId())));
      }
    }
    Function<String, String> copyGroupOf = groups::copyGroup;
    EventLinking linking =
        new EventLinker(options, keys).link(mentions, store.linkRegistry(), copyGroupOf);
    List<Story> stories = new StoryBuilder(options, keys).build(linking.events());
    store.writeLinks(digests, groups, linking, stories);
    int multi = 0;
    int disputed = 0;
    for (LinkedEvent e : linking.events()) {
      multi += e.articles() > 1 ? 1 : 0;
      disputed += e.disputed() ? 1 : 0;
    }
    int copies = 0;
    for (List<String> members : groups.copyGroupMembers().values()) {
      copies += members.size() > 1 ? members.size() - 1 : 0;
    }
    int happenings = 0;
    for (List<String> members : groups.happeningMembers().values()) {
      happenings += members.size() > 1 ? 1 : 0;
    }
    return new Summary(
        digests.size(),
        copies,
        happenings,
        mentions.size(),
        linking.events().size(),
        multi,
        disputed,
        stories.size(),
        linking.changes(),
        linking.problems(),
        Duration.ofNanos(System.nanoTime() - started));
  }

  /**
   * The date each article's mentions fall back on: the article's own (publication, else read from
   * its text by {@link ArticleDigest#of}), else the earliest of its copy group, else the earliest
   * of its same-happening cluster; absent when none of these has one.
   */
  private static Map<String, LocalDate> datesOf(List<ArticleDigest> digests, ArticleLinks groups) {
    Map<String, LocalDate> own = new HashMap<>();
    for (ArticleDigest d : digests) {
      if (d.date() != null) {
        own.put(d.articleId(), d.date());
      }
    }
    Map<String, LocalDate> dates = new HashMap<>(own);
    // computed once: each call sorts every article (per undated article, quadratic)
    Map<String, List<String>> copies = groups.copyGroupMembers();
    Map<String, List<String>> happenings = groups.happeningMembers();
    for (ArticleDigest d : digests) {
      if (dates.containsKey(d.articleId())) {
        continue;
      }
      LocalDate date = earliest(copies.get(groups.copyGroup(d.articleId())), own);
      if (date == null) {
        date = earliest(happenings.get(groups.happening(d.articleId())), own);
      }
      if (date != null) {
        dates.put(d.articleId(), date);
      }
    }
    return dates;
  }

  private static LocalDate earliest(List<String> members, Map<String, LocalDate> dates) {
    LocalDate best = null;
    for (String m : members == null ? List.<String>of() : members) {
      LocalDate d = dates.get(m);
      if (d != null && (best == null || d.isBefore(best))) {
        best = d;
      }
    }
    return best;
  }
}
