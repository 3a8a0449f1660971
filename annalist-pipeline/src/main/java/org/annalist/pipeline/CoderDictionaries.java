package org.annalist.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Stream;
import org.annalist.extract.actor.ActorDictionary;
import org.annalist.extract.actor.AgentDictionary;
import org.annalist.extract.actor.Dictionaries;
import org.annalist.extract.actor.DictionaryReader;
import org.annalist.extract.actor.Discards;
import org.annalist.extract.actor.LoadProblem;
import org.annalist.extract.actor.Loaded;
import org.annalist.extract.actor.VerbDictionary;
import org.annalist.extract.coder.ActorCoder;
import org.annalist.extract.coder.EventCoder;
import org.annalist.extract.event.Cameo;
import org.annalist.extract.event.Plover;

/**
 * The dictionaries the language layer codes events with: the project's own, optionally extended by
 * a folder of the user's dictionaries in the TABARI/PETRARCH text formats. Immutable and
 * thread-safe.
 *
 * <p>A user folder holds files named by kind (any other file is an error, so a misspelt name is not
 * silently ignored):
 *
 * <ol>
 *   <li>{@code *.actors.txt}: actor names with (dated) codes, added after the built-in ones in file
 *       name order (a phrase defined again takes the later definition);
 *   <li>{@code *.agents.txt}: sector agents, added likewise;
 *   <li>{@code *.verbs.txt}: at most one; replaces the project's verb dictionary (a verbs file is
 *       one whole: blocks, patterns and synsets refer to each other);
 *   <li>{@code *.nouns.txt}: at most one, same format; replaces the project's event-noun
 *       dictionary;
 *   <li>{@code *.discards.txt}: phrases whose sentence (or, written with {@code +}, whole article)
 *       gives no events.
 * </ol>
 *
 * <p>Lines a reader could not take are kept as {@link #problems()} (file, line, what was done);
 * they never stop loading. The {@link #fingerprint()} changes whenever a user file's content does,
 * so stored articles are coded again with the new dictionaries.
 *
 * @param dictionaries actors, agents, verbs and discards
 * @param nouns event nouns (verbs format)
 * @param fingerprint {@code built-in}, or a hash of the user files' names and contents
 * @param problems lines skipped or read leniently, in load order
 */
public record CoderDictionaries(
    Dictionaries dictionaries,
    VerbDictionary nouns,
    String fingerprint,
    List<LoadProblem> problems) {
  /** The fingerprint of the project's own dictionaries. */
  public static final String BUILT_IN = "built-in";

  private static final List<String> KINDS =
      List.of(".actors.txt", ".agents.txt", ".verbs.txt", ".nouns.txt", ".discards.txt");

  public CoderDictionaries {
    Objects.requireNonNull(dictionaries, "dictionaries");
    Objects.requireNonNull(nouns, "nouns");
    Objects.requireNonNull(fingerprint, "fingerprint");
    problems = List.copyOf(problems);
  }

  /** The project's own actors, agents, verbs and nouns; no discards. */
  public static CoderDictionaries builtIn() {
    Loaded<Dictionaries> d = Dictionaries.builtIn();
    Dictionaries base = d.value();
    return new CoderDictionaries(
        new Dictionaries(base.actors(), base.agents(), EventCoder.projectVerbs(), base.discards()),
        EventCoder.projectNouns(),
        BUILT_IN,
        d.problems());
  }

  /**
   * The project's dictionaries extended by the user's files in {@code folder} (not recursive).
   *
   * @throws IllegalArgumentException when {@code folder} is not a directory, holds a file whose
   *     name is none of the kinds, or more than one verbs or nouns file; the message names the path
   * @throws UncheckedIOException when a file cannot be read
   */
  public static CoderDictionaries withFolder(Path folder) {
    if (!Files.isDirectory(folder)) {
      throw new IllegalArgumentException("not a dictionary folder: " + folder);
    }
    List<Path> files;
    try (Stream<Path> s = Files.list(folder)) {
      files = s.filter(Files::isRegularFile).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + folder, e);
    }
    CoderDictionaries base = builtIn();
    List<LoadProblem> problems = new ArrayList<>(base.problems());
    ActorDictionary actors = base.dictionaries().actors();
    AgentDictionary agents = base.dictionaries().agents();
    VerbDictionary verbs = base.dictionaries().verbs();
    VerbDictionary nouns = base.nouns();
    Discards discards = Discards.empty();
    Path verbFile = null;
    Path nounFile = null;
    Path discardFile = null;
    MessageDigest digest = sha256();
    for (Path f : files) {
      String name = f.getFileName().toString();
      String kind = kindOf(name);
      if (kind == null) {
        if (name.startsWith(".") || "README.md".equalsIgnoreCase(name)) {
          continue; // hidden files and a folder's own notes
        }
        throw new IllegalArgumentException(
            f + ": not a dictionary file name (expected NAME" + String.join(", NAME", KINDS) + ")");
      }
      digest.update(name.getBytes(StandardCharsets.UTF_8));
      digest.update((byte) 0);
      digest.update(read(f));
      digest.update((byte) 0);
      switch (kind) {
        case ".actors.txt" -> {
          Loaded<ActorDictionary> l = DictionaryReader.actors(f);
          problems.addAll(l.problems());
          actors = actors.plus(l.value());
        }
        case ".agents.txt" -> {
          Loaded<AgentDictionary> l = DictionaryReader.agents(f);
          problems.addAll(l.problems());
          agents = agents.plus(l.value());
        }
        case ".verbs.txt" -> {
          verbFile = single(verbFile, f, "verbs");
          Loaded<VerbDictionary> l = DictionaryReader.verbs(f);
          problems.addAll(l.problems());
          verbs = l.value();
        }
        case ".nouns.txt" -> {
          nounFile = single(nounFile, f, "nouns");
          Loaded<VerbDictionary> l = DictionaryReader.verbs(f);
          problems.addAll(l.problems());
          nouns = l.value();
        }
        default -> {
          discardFile = single(discardFile, f, "discards");
          Loaded<Discards> l = DictionaryReader.discards(f);
          problems.addAll(l.problems());
          discards = l.value();
        }
      }
    }
    String fingerprint = HexFormat.of().formatHex(digest.digest()).substring(0, 12);
    return new CoderDictionaries(
        new Dictionaries(actors, agents, verbs, discards), nouns, fingerprint, problems);
  }

  /** The event coder over these dictionaries and the project's CAMEO and PLOVER tables. */
  public EventCoder coder() {
    Dictionaries d = dictionaries;
    return new EventCoder(
        new ActorCoder(d.actors(), d.agents()), d.verbs(), nouns, Cameo.load(), Plover.load());
  }

  /** Whether these are the project's own dictionaries alone. */
  public boolean isBuiltIn() {
    return BUILT_IN.equals(fingerprint);
  }

  private static String kindOf(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    for (String k : KINDS) {
      if (lower.endsWith(k) && lower.length() > k.length()) {
        return k;
      }
    }
    return null;
  }

  private static Path single(Path seen, Path f, String kind) {
    if (seen != null) {
      throw new IllegalArgumentException(
          f + ": a second " + kind + " file (" + seen.getFileName() + " is one); keep one");
    }
    return f;
  }

  private static byte[] read(Path f) {
    try {
      return Files.readAllBytes(f);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + f, e);
    }
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every Java runtime", e);
    }
  }
}
