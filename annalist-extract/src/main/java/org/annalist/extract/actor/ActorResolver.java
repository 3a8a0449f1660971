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
 *       stops at a preposition once a name was found: "US forces in Afghanistan" is about US
 *       forces, "the population of Gondor of the Prince of Dol Amroth" about Gondor; an agent alone
 *       takes its country from the prepositional phrase right after it, as PETRARCH does ("human
 *       rights activists in Arnor" → ARNOPP), not from one further on.
 *   <li>With agents: they are combined, in the phrase's order, with the first name that has a bare
 *       three-letter code (a country: "Afghan government" → AFGGOV, "Pakistan's army" → PAKMIL), as
 *       PETRARCH composes them: each agent joins unless the code already holds it (after the code,
 *       or before it for {@code [NGO~]} agents: "an MSF Arnor diplomat" → NGOARNGOV). Without a
 *       bare code, a name with a dated code (a person's role on that date, the Taliban before and
 *       after August 2021) keeps it: the title says what the role says; a dated role of a name
 *       after the country ("Special Representative for Afghan Reconciliation Zalmay Khalilzad")
 *       wins over the country, which there names only the role's topic; an undated typed code takes
 *       the agents too ("West German world government activists" → GMWGOV + WGO). Without any name
 *       the code is "---" + agents, as PETRARCH writes it ("a senior official" → ---GOV).
 *   <li>A record with several codes ({@code [FRO/BIL/SAM]}: a name standing for several actors)
 *       yields each of them, combined with the agents; PETRARCH codes one event per code.
 *   <li>Without an agent: the last name is the head ("Taliban spokesman Zabihullah Mujahid" →
 *       Mujahid's code, "Afghan Taliban" → the Taliban's).
 * </ol>
 *
 * Immutable and thread-safe. Each call costs O(phrase length × longest dictionary phrase).
 */
public final class ActorResolver {
  private static final Set<String> PREPOSITIONS =
      Set.of(
          "IN", "AT", "NEAR", "INSIDE", "OF", "FROM", "FOR", "WITH", "TO", "ON", "AGAINST", "BY",
          "ABOUT", "OVER", "BETWEEN", "AMONG", "INTO", "TOWARD", "TOWARDS", "DURING", "AFTER",
          "BEFORE", "UNDER");

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
   * @return the code, or empty when nothing in the phrase is known; {@link ResolvedActor#start()}
   *     and {@link ResolvedActor#end()} index {@code tokens}
   */
  public Optional<ResolvedActor> resolve(List<String> tokens, LocalDate date) {
    List<String> norm = new ArrayList<>();
    List<Integer> origin = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      for (String t : Phrases.normalize(List.of(tokens.get(i)))) {
        norm.add(t);
        origin.add(i);
      }
    }
    Scan s = scan(norm, date);
    return decide(s.actors(), s.agents())
        .map(
            r ->
                r.start() < 0
                    ? r
                    : new ResolvedActor(
                        r.code(),
                        r.codes(),
                        r.basis(),
                        r.actor(),
                        r.agent(),
                        origin.get(r.start()),
                        origin.get(r.end() - 1) + 1));
  }

  /** Resolves a phrase written as text ("Pakistan's army", "a spokesman for US forces"). */
  public Optional<ResolvedActor> resolve(String phrase, LocalDate date) {
    return resolve(Phrases.tokenize(phrase), date);
  }

  /**
   * Resolves a role the text gives a person. The organisation, when given, supplies the country or
   * group ("Pakistan", "US forces in Afghanistan"); the title supplies the agent ("Foreign
   * Minister" → GOV), else the organisation does ("forces" → MIL). The result has no position.
   */
  public Optional<ResolvedActor> resolve(Role role, LocalDate date) {
    Scan title = scan(Phrases.tokenize(role.title()), date);
    if (role.organization() == null || role.organization().isBlank()) {
      return decide(title.actors(), title.agents()).map(ActorResolver::unplaced);
    }
    Scan org = scan(Phrases.tokenize(role.organization()), date);
    List<ActorMatch> names = new ArrayList<>(org.actors());
    names.addAll(title.actors());
    return decide(names, title.agents().isEmpty() ? org.agents() : title.agents())
        .map(ActorResolver::unplaced);
  }

  private static ResolvedActor unplaced(ResolvedActor r) {
    return new ResolvedActor(r.code(), r.codes(), r.basis(), r.actor(), r.agent(), -1, -1);
  }

  private record Scan(List<ActorMatch> actors, List<AgentMatch> agents) {}

  private Scan scan(List<String> t, LocalDate date) {
    List<ActorMatch> names = new ArrayList<>();
    List<AgentMatch> sectors = new ArrayList<>();
    int i = 0;
    boolean crossed = false;
    while (i < t.size()) {
      if (PREPOSITIONS.contains(t.get(i))) {
        if (!names.isEmpty() || crossed) {
          break; // an agent takes its country from one prepositional phrase, no further
        }
        crossed = !sectors.isEmpty();
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
      Agent first = sectors.get(0).agent();
      int from = sectors.get(0).start();
      int to = sectors.get(sectors.size() - 1).end();
      if (names.isEmpty()) {
        return Optional.of(
            resolved(
                List.of(compose("---", sectors)),
                ResolvedActor.Basis.AGENT_ONLY,
                null,
                first,
                from,
                to));
      }
      ActorMatch base = null;
      for (ActorMatch m : names) {
        if (bare(m.code())) {
          base = m;
          break;
        }
      }
      ActorMatch person = datedAfter(names, base);
      if (person != null) {
        // "Special Representative for Afghan Reconciliation Zalmay Khalilzad": a person the
        // dictionary gives a role on that date is coded by it; a country in the title only names
        // the role's topic
        return Optional.of(
            resolved(
                List.of(person.code().split("/")),
                ResolvedActor.Basis.NAME,
                person.entry(),
                null,
                person.start(),
                person.end()));
      }
      if (base != null) {
        List<String> codes = new ArrayList<>();
        for (String c : base.code().split("/")) {
          codes.add(compose(c, sectors));
        }
        return Optional.of(
            resolved(
                codes,
                ResolvedActor.Basis.AGENT,
                base.entry(),
                first,
                Math.min(from, base.start()),
                Math.max(to, base.end())));
      }
      ActorMatch head = names.get(0);
      if (head.entry().dated().isEmpty()) {
        // an organisation's typed code takes the agents too, as PETRARCH composes them: "West
        // German world government activists" → GMWGOV + WGO
        List<String> codes = new ArrayList<>();
        for (String c : head.code().split("/")) {
          codes.add(compose(c, sectors));
        }
        return Optional.of(
            resolved(
                codes,
                ResolvedActor.Basis.AGENT,
                head.entry(),
                first,
                Math.min(from, head.start()),
                Math.max(to, head.end())));
      }
      // a dated code (an officeholder's role on that date) already says what the title says
      return Optional.of(
          resolved(
              List.of(head.code().split("/")),
              ResolvedActor.Basis.NAME,
              head.entry(),
              null,
              head.start(),
              head.end()));
    }
    if (names.isEmpty()) {
      return Optional.empty();
    }
    ActorMatch head = names.get(names.size() - 1);
    return Optional.of(
        resolved(
            List.of(head.code().split("/")),
            ResolvedActor.Basis.NAME,
            head.entry(),
            null,
            head.start(),
            head.end()));
  }

  /**
   * The last name after {@code base} whose code is a dated role (a person's office on the date), or
   * null; without a base none.
   */
  private static ActorMatch datedAfter(List<ActorMatch> names, ActorMatch base) {
    if (base == null) {
      return null;
    }
    ActorMatch out = null;
    for (ActorMatch m : names) {
      if (m.start() > base.start()
          && !m.entry().dated().isEmpty()
          && !m.code().equals(m.entry().defaultCode())) {
        out = m;
      }
    }
    return out;
  }

  private static ResolvedActor resolved(
      List<String> codes, ResolvedActor.Basis basis, ActorEntry e, Agent a, int start, int end) {
    return new ResolvedActor(codes.get(0), codes, basis, e, a, start, end);
  }

  /** A country or group code without a sector: three letters, or several joined by "/". */
  private static boolean bare(String code) {
    return code.matches("[A-Z0-9]{3}(/[A-Z0-9]{3})*");
  }

  /**
   * PETRARCH's composition: each agent of the phrase, in order, joins the code (after it, or before
   * it for {@code [NGO~]} agents) unless the code already holds it in its 3-letter blocks: MSF +
   * Arnor + diplomat → {@code NGOARNGOV}, Danish + Islamist + media → {@code DNKMUSMED}.
   */
  /**
   * Whether {@code code} holds {@code agent} at a 3-letter block boundary ("GMWGOV" holds GOV, not
   * WGO).
   */
  private static boolean holds(String code, String agent) {
    for (int i = 0; i + agent.length() <= code.length(); i += 3) {
      if (code.startsWith(agent, i)) {
        return true;
      }
    }
    return false;
  }

  private static String compose(String code, List<AgentMatch> sectors) {
    String out = code;
    for (AgentMatch g : sectors) {
      if (!holds(out, g.agent().code())) {
        out = g.agent().applyTo(out);
      }
    }
    return out;
  }
}
