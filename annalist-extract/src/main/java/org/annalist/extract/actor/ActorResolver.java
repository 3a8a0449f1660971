package org.annalist.extract.actor;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.annalist.model.Role;

/**
 * Turns an actor phrase and a date into a CAMEO actor code.
 *
 * <ol>
 *   <li>The phrase is scanned left to right for dictionary names (longest match, code valid on the
 *       date) and sector agents; a name and an agent of the same length go to the name. Scanning
 *       stops at a locative preposition (IN, AT, NEAR, INSIDE) once something was found: "US forces
 *       in Afghanistan" is about US forces.
 *   <li>With an agent: the last agent is the head ("government forces" → MIL); it is combined with
 *       the first name that has a bare three-letter code (a country: "Afghan government" → AFGGOV,
 *       "Pakistan's army" → PAKMIL). A name whose code is already typed (AFGGOV for "Kabul",
 *       AFGINSTAL for "Taliban", a person's dated code) keeps its code. Without any name the code
 *       is "---" + agent, as PETRARCH writes it.
 *   <li>Without an agent: the last name is the head ("Taliban spokesman Zabihullah Mujahid" →
 *       Mujahid's code, "Afghan Taliban" → the Taliban's).
 * </ol>
 *
 * Immutable and thread-safe. Each call costs O(phrase length × longest dictionary phrase).
 */
public final class ActorResolver {
  private static final Set<String> LOCATIVE = Set.of("IN", "AT", "NEAR", "INSIDE");

  private final ActorDictionary actors;
  private final AgentDictionary agents;

  /** A resolver over these dictionaries. */
  public ActorResolver(ActorDictionary actors, AgentDictionary agents) {
    this.actors = Objects.requireNonNull(actors, "actors");
    this.agents = Objects.requireNonNull(agents, "agents");
  }

  /** A resolver over {@code dictionaries}' actors and agents. */
  public ActorResolver(Dictionaries dictionaries) {
    this(dictionaries.actors(), dictionaries.agents());
  }

  /**
   * Resolves a phrase given as text tokens (any case; possessives are split off).
   *
   * @param tokens the phrase's tokens ("the", "Afghan", "government")
   * @param date the date the phrase refers to, or null when unknown (dated roles then fall back as
   *     {@link ActorEntry#codeAt} states)
   * @return the code, or empty when nothing in the phrase is known
   */
  public Optional<ResolvedActor> resolve(List<String> tokens, LocalDate date) {
    Scan s = scan(Phrases.normalize(tokens), date);
    return decide(s.actors(), s.agents());
  }

  /** Resolves a phrase written as text ("Pakistan's army", "a spokesman for US forces"). */
  public Optional<ResolvedActor> resolve(String phrase, LocalDate date) {
    return resolve(Phrases.tokenize(phrase), date);
  }

  /**
   * Resolves a role the text gives a person. The organisation, when given, supplies the country or
   * group ("Pakistan", "US forces in Afghanistan"); the title supplies the agent ("Foreign
   * Minister" → GOV), else the organisation does ("forces" → MIL).
   */
  public Optional<ResolvedActor> resolve(Role role, LocalDate date) {
    Scan title = scan(Phrases.tokenize(role.title()), date);
    if (role.organization() == null || role.organization().isBlank()) {
      return decide(title.actors(), title.agents());
    }
    Scan org = scan(Phrases.tokenize(role.organization()), date);
    List<ActorMatch> names = new ArrayList<>(org.actors());
    names.addAll(title.actors());
    return decide(names, title.agents().isEmpty() ? org.agents() : title.agents());
  }

  private record Scan(List<ActorMatch> actors, List<AgentMatch> agents) {}

  private Scan scan(List<String> t, LocalDate date) {
    List<ActorMatch> names = new ArrayList<>();
    List<AgentMatch> sectors = new ArrayList<>();
    int i = 0;
    while (i < t.size()) {
      if (LOCATIVE.contains(t.get(i)) && !(names.isEmpty() && sectors.isEmpty())) {
        break;
      }
      Optional<ActorMatch> a = actors.longestAt(t, i, date);
      Optional<AgentMatch> g = agents.longestAt(t, i);
      int la = a.map(ActorMatch::length).orElse(0);
      int lg = g.map(AgentMatch::length).orElse(0);
      if (la > 0 && la >= lg) {
        if (!VerbCode.NONE.code().equals(a.get().code())) {
          names.add(a.get());
        }
        i += la;
      } else if (lg > 0) {
        sectors.add(g.get());
        i += lg;
      } else {
        i++;
      }
    }
    return new Scan(names, sectors);
  }

  private static Optional<ResolvedActor> decide(List<ActorMatch> names, List<AgentMatch> sectors) {
    if (!sectors.isEmpty()) {
      Agent agent = sectors.get(sectors.size() - 1).agent();
      if (names.isEmpty()) {
        return Optional.of(
            new ResolvedActor(agent.applyTo("---"), ResolvedActor.Basis.AGENT_ONLY, null, agent));
      }
      ActorMatch base = names.get(0);
      for (ActorMatch m : names) {
        if (m.code().length() == 3) {
          base = m;
          break;
        }
      }
      if (base.code().length() == 3) {
        return Optional.of(
            new ResolvedActor(
                agent.applyTo(base.code()), ResolvedActor.Basis.AGENT, base.entry(), agent));
      }
      return Optional.of(
          new ResolvedActor(base.code(), ResolvedActor.Basis.NAME, base.entry(), null));
    }
    if (names.isEmpty()) {
      return Optional.empty();
    }
    ActorMatch head = names.get(names.size() - 1);
    return Optional.of(
        new ResolvedActor(head.code(), ResolvedActor.Basis.NAME, head.entry(), null));
  }
}
