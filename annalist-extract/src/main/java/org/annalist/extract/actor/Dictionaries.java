package org.annalist.extract.actor;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The four dictionaries the coder uses, together. Immutable and thread-safe.
 *
 * @param actors names → actor codes
 * @param agents sector agents
 * @param verbs verbs and patterns
 * @param discards phrases that stop coding
 */
public record Dictionaries(
    ActorDictionary actors, AgentDictionary agents, VerbDictionary verbs, Discards discards) {
  /** The project's actor files, in load order (later files win on a shared phrase). */
  public static final List<String> BUILT_IN_ACTOR_FILES =
      List.of(
          "countries.actors.txt",
          "organisations.actors.txt",
          "groups.actors.txt",
          "people.actors.txt");

  /** The project's agent file. */
  public static final String BUILT_IN_AGENT_FILE = "agents.txt";

  public Dictionaries {
    Objects.requireNonNull(actors, "actors");
    Objects.requireNonNull(agents, "agents");
    Objects.requireNonNull(verbs, "verbs");
    Objects.requireNonNull(discards, "discards");
  }

  /**
   * The project's own actor and agent dictionaries (class-path resources next to this class), with
   * no verbs and no discards, and the problems found reading them (none are expected).
   *
   * @throws UncheckedIOException when a resource is missing or unreadable
   */
  public static Loaded<Dictionaries> builtIn() {
    List<LoadProblem> problems = new ArrayList<>();
    ActorDictionary actors = ActorDictionary.empty();
    for (String name : BUILT_IN_ACTOR_FILES) {
      Loaded<ActorDictionary> l = resource(name, r -> DictionaryReader.actors(name, r));
      problems.addAll(l.problems());
      actors = actors.plus(l.value());
    }
    Loaded<AgentDictionary> agents =
        resource(BUILT_IN_AGENT_FILE, r -> DictionaryReader.agents(BUILT_IN_AGENT_FILE, r));
    problems.addAll(agents.problems());
    return new Loaded<>(
        new Dictionaries(
            actors, agents.value(), VerbDictionary.builder().build(), Discards.empty()),
        problems);
  }

  /**
   * Reads a PETRARCH dictionary set from files, e.g. {@code PETR.Validate.actors.txt} and its
   * siblings.
   *
   * @throws UncheckedIOException when a file cannot be read
   */
  public static Loaded<Dictionaries> petrarch(
      List<Path> actorFiles, Path agentFile, Path verbFile, Path discardFile) {
    List<LoadProblem> problems = new ArrayList<>();
    ActorDictionary actors = ActorDictionary.empty();
    for (Path p : actorFiles) {
      Loaded<ActorDictionary> l = DictionaryReader.actors(p);
      problems.addAll(l.problems());
      actors = actors.plus(l.value());
    }
    Loaded<AgentDictionary> agents = DictionaryReader.agents(agentFile);
    Loaded<VerbDictionary> verbs = DictionaryReader.verbs(verbFile);
    Loaded<Discards> discards = DictionaryReader.discards(discardFile);
    problems.addAll(agents.problems());
    problems.addAll(verbs.problems());
    problems.addAll(discards.problems());
    return new Loaded<>(
        new Dictionaries(actors, agents.value(), verbs.value(), discards.value()), problems);
  }

  private interface ReaderFunction<T> {
    T apply(Reader r);
  }

  private static <T> T resource(String name, ReaderFunction<T> f) {
    try (InputStream in = Dictionaries.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new UncheckedIOException(
            new IOException("missing dictionary resource org/annalist/extract/actor/" + name));
      }
      return f.apply(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read dictionary resource " + name, e);
    }
  }
}
