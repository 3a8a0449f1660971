package org.annalist.extract.coder;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.annalist.extract.actor.ActorDictionary;
import org.annalist.extract.actor.ActorResolver;
import org.annalist.extract.actor.AgentDictionary;
import org.annalist.extract.actor.ResolvedActor;
import org.annalist.model.ArticleEntity;
import org.annalist.model.Role;

/**
 * Codes noun phrases as CAMEO actors through {@link ActorResolver}: dictionary names with dated
 * roles, combined with sector agents as PETRARCH composes them ("Pakistan's army chief" → {@code
 * PAKMIL}, "US forces" → {@code USAMIL}, "an MSF Arnor diplomat" → {@code NGOARNGOV}). An agent
 * without a country or group is coded {@code ---} + agent, as PETRARCH writes it ("a senior
 * official" → {@code ---GOV}). A record with several codes ({@code [FRO/BIL/SAM]}) yields all of
 * them ({@link Coded#codes()}), one event each. When the phrase names an article entity the
 * dictionaries do not know, the entity's roles learned in the article ("Taliban spokesman
 * Zabihullah Mujahid") are resolved instead. Immutable and thread-safe.
 */
public final class ActorCoder {
  private static final String CODE = "(---|[A-Z0-9]{3})([A-Z0-9]{3})*";

  private final ActorResolver resolver;

  /** An actor coder over the given dictionaries. */
  public ActorCoder(ActorDictionary actors, AgentDictionary agents) {
    this.resolver =
        new ActorResolver(
            Objects.requireNonNull(actors, "actors"), Objects.requireNonNull(agents, "agents"));
  }

  /**
   * A coded actor.
   *
   * @param code the CAMEO actor code (the first of {@code codes})
   * @param name the dictionary entry's name (or the entity's, or the agent's phrase)
   * @param start first word of the matched phrase (index into the words given), -1 for an entity
   * @param end one past the last matched word, -1 for an entity
   * @param codes every code the phrase stands for (several for {@code [FRO/BIL/SAM]} records)
   */
  public record Coded(String code, String name, int start, int end, List<String> codes) {
    public Coded {
      Objects.requireNonNull(code, "code");
      codes = List.copyOf(codes);
    }

    /** Whether only a sector agent was found ({@code ---GOV}): no country or group. */
    public boolean agentOnly() {
      return code.startsWith("---");
    }
  }

  /**
   * The actor named in {@code words} (a noun phrase's words as written), on {@code date} (null for
   * undated codes), as {@link ActorResolver#resolve(List, LocalDate)} resolves it; empty when
   * nothing in the phrase is known or the dictionary's code is not a CAMEO actor code.
   */
  public Optional<Coded> code(List<String> words, LocalDate date) {
    return resolver.resolve(words, date).flatMap(r -> coded(r, r.start(), r.end()));
  }

  private static Optional<Coded> coded(ResolvedActor r, int start, int end) {
    List<String> codes = new ArrayList<>();
    for (String c : r.codes()) {
      if (c.matches(CODE)) {
        codes.add(c);
      }
    }
    if (codes.isEmpty()) {
      return Optional.empty();
    }
    String name =
        r.actor() != null
            ? r.actor().name()
            : r.agent() == null ? codes.get(0) : String.join(" ", r.agent().phrase());
    return Optional.of(new Coded(codes.get(0), name, start, end, codes));
  }

  /**
   * The actor an article entity stands for: its name or an alias in the dictionary, else one of its
   * roles (organisation plus title: "Taliban" + "spokesman"). A code with a country or group is
   * preferred over an agent alone.
   */
  public Optional<Coded> code(ArticleEntity entity, LocalDate date) {
    List<String> names = new ArrayList<>();
    names.add(entity.name());
    names.addAll(entity.aliases());
    Optional<Coded> agentOnly = Optional.empty();
    for (String n : names) {
      Optional<Coded> c = code(List.of(n.split("\\s+")), date);
      if (c.isPresent() && !c.get().agentOnly()) {
        return Optional.of(renamed(c.get(), entity.name()));
      }
      agentOnly = agentOnly.or(() -> c);
    }
    for (Role r : entity.roles()) {
      Optional<Coded> c = resolver.resolve(r, date).flatMap(x -> coded(x, -1, -1));
      if (c.isPresent() && !c.get().agentOnly()) {
        return Optional.of(renamed(c.get(), entity.name()));
      }
      agentOnly = agentOnly.or(() -> c);
    }
    return agentOnly.map(c -> renamed(c, entity.name()));
  }

  /**
   * The words (upper case) that name an article entity: its name, its aliases and every phrase of
   * the dictionary records they resolve to ("NATO" → also ATLANTIC, ALLIANCE from {@code
   * +ATLANTIC_ALLIANCE}), so that "the alliance" can be matched to it.
   */
  public Set<String> nameWords(ArticleEntity entity, LocalDate date) {
    Set<String> out = new HashSet<>();
    List<String> names = new ArrayList<>();
    names.add(entity.name());
    names.addAll(entity.aliases());
    for (String n : names) {
      List<String> ws = List.of(n.split("\\s+"));
      for (String w : ws) {
        out.add(w.toUpperCase(Locale.ROOT));
      }
      resolver
          .resolve(ws, date)
          .map(ResolvedActor::actor)
          .ifPresent(a -> a.phrases().forEach(ph -> ph.forEach(w -> out.addAll(parts(w)))));
    }
    return out;
  }

  private static List<String> parts(String w) {
    List<String> out = new ArrayList<>();
    for (String p : w.split("_+")) {
      if (!p.isEmpty()) {
        out.add(p.toUpperCase(Locale.ROOT));
      }
    }
    return out;
  }

  private static Coded renamed(Coded c, String name) {
    return new Coded(c.code(), name, -1, -1, c.codes());
  }
}
