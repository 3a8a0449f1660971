package org.annalist.server;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.annalist.extract.actor.ActorEntry;
import org.annalist.extract.actor.ActorResolver;
import org.annalist.extract.actor.DatedCode;
import org.annalist.extract.actor.Dictionaries;
import org.annalist.extract.actor.ResolvedActor;
import org.annalist.link.event.ActorKey;
import org.annalist.link.event.ActorKeys;

/**
 * What the coder's actor dictionaries say about actor codes: the records that name an actor, the
 * people (and groups) they give a code for a bounded period, and the code a speaker's name stands
 * for on a date. Built over the dictionaries the language layer codes with ({@link
 * Dictionaries#builtIn()}), so the web UI shows the same names and roles the events were coded
 * from.
 *
 * <p>Immutable and thread-safe. Lookups scan the records (about two thousand phrases): O(records).
 */
final class ActorDirectory {
  private final List<Entry> entries;
  private final ActorResolver resolver;
  private final ActorKeys keys;

  /**
   * One dictionary record with its codes read as keys.
   *
   * @param entry the record
   * @param aliases its synonyms as written (tokens joined by spaces), without the primary phrase
   * @param defaultKey the key of its undated code, or null
   * @param datedKeys the keys of its dated codes, in file order
   */
  record Entry(
      ActorEntry entry, List<String> aliases, ActorKey defaultKey, List<ActorKey> datedKeys) {
    Entry {
      Objects.requireNonNull(entry, "entry");
      aliases = List.copyOf(aliases);
      datedKeys = List.copyOf(datedKeys);
    }

    /** Every phrase of the record (primary first) in lower case, for name lookups. */
    List<String> phrases() {
      List<String> out = new ArrayList<>();
      out.add(entry.name().toLowerCase(Locale.ROOT));
      aliases.forEach(a -> out.add(a.toLowerCase(Locale.ROOT)));
      return out;
    }
  }

  /**
   * A code a record gives, for a period: {@code from}/{@code to} null when open; both null for the
   * record's undated code.
   *
   * @param entry the record
   * @param code the CAMEO code
   * @param from first day, or null
   * @param to last day, or null
   * @param dated whether the code is one of the record's dated codes
   */
  record Period(Entry entry, String code, LocalDate from, LocalDate to, boolean dated) {}

  ActorDirectory(Dictionaries dictionaries, ActorKeys keys) {
    this.keys = Objects.requireNonNull(keys, "keys");
    this.resolver = new ActorResolver(dictionaries);
    List<Entry> out = new ArrayList<>();
    for (ActorEntry e : dictionaries.actors().entries()) {
      List<String> aliases = new ArrayList<>();
      for (List<String> p : e.phrases()) {
        String phrase = String.join(" ", p);
        if (!phrase.equals(e.name()) && !aliases.contains(phrase)) {
          aliases.add(phrase);
        }
      }
      List<ActorKey> dated = new ArrayList<>();
      for (DatedCode d : e.dated()) {
        dated.add(keys.key(d.code()));
      }
      out.add(new Entry(e, aliases, keys.key(e.defaultCode()), dated));
    }
    this.entries = List.copyOf(out);
  }

  /** The directory of the project's built-in dictionaries. */
  static ActorDirectory builtIn(ActorKeys keys) {
    return new ActorDirectory(Dictionaries.builtIn().value(), keys);
  }

  /**
   * Records whose undated code is this actor itself (the same principal and the same agents as
   * {@code query}): its names and aliases. {@code TAL} is named by the Taliban's record ({@code
   * AFGINSTAL}), {@code USA} by the United States', not by Washington's ({@code USAGOV}).
   */
  List<Entry> names(ActorKey query) {
    return entries.stream()
        .filter(e -> e.defaultKey() != null && same(query, e.defaultKey()))
        .toList();
  }

  /**
   * The dated codes the query covers, per record in file order: the people (and groups) the
   * dictionaries give this actor's code for a period ({@code USA}: presidents and ministers as
   * {@code USAGOV} between two dates).
   */
  List<Period> roles(ActorKey query) {
    List<Period> out = new ArrayList<>();
    for (Entry e : entries) {
      List<DatedCode> dated = e.entry().dated();
      for (int i = 0; i < dated.size(); i++) {
        if (query.covers(e.datedKeys().get(i))) {
          DatedCode d = dated.get(i);
          out.add(new Period(e, d.code(), d.from(), d.to(), true));
        }
      }
    }
    return out;
  }

  /**
   * Records whose undated code the query covers without being the actor itself: its parts and
   * offices ({@code USA}: Washington as {@code USAGOV}).
   */
  List<Entry> related(ActorKey query) {
    return entries.stream()
        .filter(
            e ->
                e.defaultKey() != null
                    && query.covers(e.defaultKey())
                    && !same(query, e.defaultKey()))
        .toList();
  }

  /** Whether any record gives a code the query covers. */
  boolean knows(ActorKey query) {
    return !names(query).isEmpty() || !roles(query).isEmpty() || !related(query).isEmpty();
  }

  /**
   * Every code of every record one of whose phrases contains {@code part} (case ignored, spaces and
   * underscores alike): undated codes and dated ones with their periods.
   */
  List<Period> lookup(String part) {
    String q = String.join(" ", part.strip().toLowerCase(Locale.ROOT).split("[\\s_]+"));
    List<Period> out = new ArrayList<>();
    for (Entry e : entries) {
      if (e.phrases().stream().noneMatch(p -> p.contains(q))) {
        continue;
      }
      if (e.entry().defaultCode() != null) {
        out.add(new Period(e, e.entry().defaultCode(), null, null, false));
      }
      for (DatedCode d : e.entry().dated()) {
        out.add(new Period(e, d.code(), d.from(), d.to(), true));
      }
    }
    return out;
  }

  /**
   * The code the dictionaries give a name (a quote's speaker, "Zabihullah Mujahid") on {@code date}
   * (null: unknown), or empty.
   */
  Optional<String> codeOf(String name, LocalDate date) {
    if (name == null || name.isBlank()) {
      return Optional.empty();
    }
    return resolver.resolve(name, date).map(ResolvedActor::code);
  }

  /** The key of a code (null for a null or blank one). */
  ActorKey key(String code) {
    return keys.key(code);
  }

  private static boolean same(ActorKey a, ActorKey b) {
    return a.principal().equals(b.principal()) && a.agents().equals(b.agents());
  }
}
