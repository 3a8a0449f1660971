package org.annalist.extract.coder;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.annalist.extract.actor.ActorDictionary;
import org.annalist.extract.actor.ActorMatch;
import org.annalist.extract.actor.AgentDictionary;
import org.annalist.extract.actor.AgentMatch;
import org.annalist.extract.actor.Phrases;
import org.annalist.model.ArticleEntity;
import org.annalist.model.Role;

/**
 * Codes noun phrases as CAMEO actors with an actor dictionary (names with dated roles) and an agent
 * dictionary (sectors such as "military" → {@code MIL}): "Pakistan's army chief" → {@code PAKMIL},
 * "US forces" → {@code USAMIL}. An agent alone (no country or group) is not coded. When the phrase
 * names an article entity the dictionaries do not know, the entity's roles learned in the article
 * ("Taliban spokesman Zabihullah Mujahid") are coded instead. Immutable and thread-safe.
 */
public final class ActorCoder {
  private final ActorDictionary actors;
  private final AgentDictionary agents;

  /** An actor coder over the given dictionaries. */
  public ActorCoder(ActorDictionary actors, AgentDictionary agents) {
    this.actors = Objects.requireNonNull(actors, "actors");
    this.agents = Objects.requireNonNull(agents, "agents");
  }

  /**
   * A coded actor.
   *
   * @param code the CAMEO actor code
   * @param name the dictionary entry's name (or the entity's)
   * @param start first word of the matched phrase (index into the words given)
   * @param end one past the last matched word
   */
  public record Coded(String code, String name, int start, int end) {}

  /**
   * The actor named in {@code words} (a noun phrase's words as written), on {@code date} (null for
   * undated codes): the first dictionary actor, combined with the first agent in the phrase.
   */
  public Optional<Coded> code(List<String> words, LocalDate date) {
    List<String> up = new ArrayList<>(words.size());
    for (String w : words) {
      up.add(Phrases.token(w));
    }
    ActorMatch actor = null;
    for (int i = 0; i < up.size() && actor == null; i++) {
      actor = actors.longestAt(up, i, date).orElse(null);
    }
    AgentMatch agent = null;
    for (int i = 0; i < up.size() && agent == null; i++) {
      if (actor != null && i >= actor.start() && i < actor.end()) {
        continue;
      }
      agent = agents.longestAt(up, i).orElse(null);
    }
    if (actor == null) {
      return Optional.empty();
    }
    String code = actor.code();
    int start = actor.start();
    int end = actor.end();
    if (agent != null && !code.endsWith(agent.agent().code())) {
      code = agent.agent().applyTo(code);
      start = Math.min(start, agent.start());
      end = Math.max(end, agent.end());
    }
    if (!code.matches("[A-Z0-9]{3}([A-Z0-9]{3})*")) {
      return Optional.empty(); // e.g. PETRARCH's "FRO/BIL/SAM": not one CAMEO actor code
    }
    return Optional.of(new Coded(code, actor.entry().name(), start, end));
  }

  /**
   * The actor an article entity stands for: its name or an alias in the dictionary, else one of its
   * roles (organisation plus title: "Taliban" + "spokesman").
   */
  public Optional<Coded> code(ArticleEntity entity, LocalDate date) {
    List<String> names = new ArrayList<>();
    names.add(entity.name());
    names.addAll(entity.aliases());
    for (String n : names) {
      Optional<Coded> c = code(List.of(n.split("\\s+")), date);
      if (c.isPresent()) {
        return Optional.of(new Coded(c.get().code(), entity.name(), -1, -1));
      }
    }
    for (Role r : entity.roles()) {
      String phrase = (r.organization() == null ? "" : r.organization() + " ") + r.title();
      Optional<Coded> c = code(List.of(phrase.trim().split("\\s+")), date);
      if (c.isPresent()) {
        return Optional.of(new Coded(c.get().code(), entity.name(), -1, -1));
      }
    }
    return Optional.empty();
  }
}
