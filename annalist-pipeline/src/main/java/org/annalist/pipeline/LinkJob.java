package org.annalist.pipeline;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
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
 * Links every stored event mention across articles ({@link EventLinker}), builds story threads
 * ({@link StoryBuilder}) and stores both with the id registry, in one transaction.
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
  private final Function<String, String> copyGroupOf;

  /**
   * @param options linking settings
   * @param keys how actor codes are read
   * @param copyGroupOf article id to its near-duplicate copy group (identity until article linking
   *     provides groups)
   */
  public LinkJob(LinkOptions options, ActorKeys keys, Function<String, String> copyGroupOf) {
    this.options = Objects.requireNonNull(options, "options");
    this.keys = Objects.requireNonNull(keys, "keys");
    this.copyGroupOf = Objects.requireNonNull(copyGroupOf, "copyGroupOf");
  }

  /** Default settings, the built-in actor-code table, every article its own copy group. */
  public static LinkJob standard() {
    return new LinkJob(LinkOptions.DEFAULTS, ActorKeys.standard(), Function.identity());
  }

  /**
   * What a run did.
   *
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
    List<EventMention> mentions = new ArrayList<>();
    store.forEachExtraction(
        (article, x) -> {
          for (Event e : x.events()) {
            mentions.add(new EventMention(e, article.outlet(), article.published()));
          }
        });
    EventLinking linking =
        new EventLinker(options, keys).link(mentions, store.linkRegistry(), copyGroupOf);
    List<Story> stories = new StoryBuilder(options, keys).build(linking.events());
    store.writeLinks(linking, stories);
    int multi = 0;
    int disputed = 0;
    for (LinkedEvent e : linking.events()) {
      multi += e.articles() > 1 ? 1 : 0;
      disputed += e.disputed() ? 1 : 0;
    }
    return new Summary(
        mentions.size(),
        linking.events().size(),
        multi,
        disputed,
        stories.size(),
        linking.changes(),
        linking.problems(),
        Duration.ofNanos(System.nanoTime() - started));
  }
}
