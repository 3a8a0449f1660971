package org.annalist.extract.actor;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Front door for reading TABARI/PETRARCH dictionary files. Readers are lenient: odd lines are
 * skipped or read with a stated interpretation, and every such line is listed in {@link
 * Loaded#problems()} with its line number; they never throw on content. Stateless and thread-safe.
 *
 * @see ActorFileReader
 * @see AgentFileReader
 * @see VerbFileReader
 * @see DiscardFileReader
 */
public final class DictionaryReader {
  private DictionaryReader() {}

  /** Reads a {@code .actors} file from a reader named {@code source} in problems. */
  public static Loaded<ActorDictionary> actors(String source, Reader reader) {
    return ActorFileReader.read(source, reader);
  }

  /** Reads a {@code .agents} file. */
  public static Loaded<AgentDictionary> agents(String source, Reader reader) {
    return AgentFileReader.read(source, reader);
  }

  /** Reads a {@code .verbs} file. */
  public static Loaded<VerbDictionary> verbs(String source, Reader reader) {
    return VerbFileReader.read(source, reader);
  }

  /** Reads a {@code .discards} file. */
  public static Loaded<Discards> discards(String source, Reader reader) {
    return DiscardFileReader.read(source, reader);
  }

  /**
   * Reads an actors file (UTF-8).
   *
   * @throws UncheckedIOException when the file cannot be read
   */
  public static Loaded<ActorDictionary> actors(Path file) {
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return actors(file.getFileName().toString(), r);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read actor dictionary " + file, e);
    }
  }

  /** Reads an agents file (UTF-8); throws {@link UncheckedIOException} when unreadable. */
  public static Loaded<AgentDictionary> agents(Path file) {
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return agents(file.getFileName().toString(), r);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read agent dictionary " + file, e);
    }
  }

  /** Reads a verbs file (UTF-8); throws {@link UncheckedIOException} when unreadable. */
  public static Loaded<VerbDictionary> verbs(Path file) {
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return verbs(file.getFileName().toString(), r);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read verb dictionary " + file, e);
    }
  }

  /** Reads a discards file (UTF-8); throws {@link UncheckedIOException} when unreadable. */
  public static Loaded<Discards> discards(Path file) {
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return discards(file.getFileName().toString(), r);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read discard list " + file, e);
    }
  }
}
