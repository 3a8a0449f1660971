package org.annalist.extract.place;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.annalist.extract.actor.LoadProblem;
import org.annalist.extract.actor.Loaded;

/**
 * Place names → {@link Place}s, read from the gazetteer format of {@code docs/dictionaries.md}: one
 * place a line, its names separated by {@code ;}, then the ISO 3166-1 alpha-3 country, latitude and
 * longitude; {@code #} starts a comment. Names match with case, accents, typographic apostrophes
 * and dashes, and runs of white space ignored ({@link #key}).
 *
 * <p>Immutable and thread-safe.
 */
public final class Gazetteer {
  /** The project's gazetteer, a class-path resource next to this class. */
  public static final String BUILT_IN = "places.txt";

  private final Map<String, Place> byKey;
  private final List<Place> places;

  private Gazetteer(Map<String, Place> byKey, List<Place> places) {
    this.byKey = Map.copyOf(byKey);
    this.places = List.copyOf(places);
  }

  /** A gazetteer without places. */
  public static Gazetteer empty() {
    return new Gazetteer(Map.of(), List.of());
  }

  /**
   * The project's gazetteer ({@value #BUILT_IN}) and the problems found reading it (none are
   * expected).
   *
   * @throws UncheckedIOException when the resource is missing or unreadable
   */
  public static Loaded<Gazetteer> builtIn() {
    try (InputStream in = Gazetteer.class.getResourceAsStream(BUILT_IN)) {
      if (in == null) {
        throw new UncheckedIOException(
            new IOException("missing resource org/annalist/extract/place/" + BUILT_IN));
      }
      return read(BUILT_IN, new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + BUILT_IN, e);
    }
  }

  /**
   * Reads a gazetteer file (UTF-8).
   *
   * @throws UncheckedIOException when the file cannot be read
   */
  public static Loaded<Gazetteer> read(Path file) {
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return read(file.toString(), r);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  /**
   * Reads gazetteer lines from {@code reader}. Never throws on content: a line that cannot be read,
   * or a name already given to another place, is a {@link LoadProblem} (the line, or that name, is
   * skipped).
   *
   * @throws UncheckedIOException when reading fails
   */
  public static Loaded<Gazetteer> read(String source, Reader reader) {
    Map<String, Place> byKey = new LinkedHashMap<>();
    List<Place> places = new ArrayList<>();
    List<LoadProblem> problems = new ArrayList<>();
    BufferedReader in = new BufferedReader(reader);
    int n = 0;
    try {
      for (String raw = in.readLine(); raw != null; raw = in.readLine()) {
        n++;
        int hash = raw.indexOf('#');
        String line = (hash < 0 ? raw : raw.substring(0, hash)).strip();
        if (line.isEmpty()) {
          continue;
        }
        Place p;
        try {
          p = parse(line);
        } catch (IllegalArgumentException e) {
          problems.add(
              new LoadProblem(source, n, LoadProblem.Kind.SKIPPED, e.getMessage(), raw.strip()));
          continue;
        }
        boolean added = false;
        for (String name : p.names()) {
          String k = key(name);
          Place other = byKey.get(k);
          if (other == p) {
            continue;
          }
          if (other != null) {
            problems.add(
                new LoadProblem(
                    source,
                    n,
                    LoadProblem.Kind.SKIPPED,
                    "name '"
                        + name
                        + "' already names "
                        + other.name()
                        + " ("
                        + other.country()
                        + "); skipped",
                    raw.strip()));
          } else {
            byKey.put(k, p);
            added = true;
          }
        }
        if (added) {
          places.add(p);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + source, e);
    }
    return new Loaded<>(new Gazetteer(byKey, places), problems);
  }

  private static final Pattern LINE = Pattern.compile("(.*?)\\s+(\\S+)\\s+(\\S+)\\s+(\\S+)");

  private static Place parse(String line) {
    Matcher m = LINE.matcher(line);
    if (!m.matches()) {
      throw new IllegalArgumentException("expected names, a country code, latitude and longitude");
    }
    String country = m.group(2);
    if (!country.matches("[A-Z]{3}")) {
      throw new IllegalArgumentException(
          "country: expected an ISO 3166-1 alpha-3 code such as AFG, got '" + country + "'");
    }
    double lat = number(m.group(3), "latitude", 90);
    double lon = number(m.group(4), "longitude", 180);
    List<String> names = new ArrayList<>();
    for (String name : m.group(1).split(";")) {
      String s = name.strip().replaceAll("\\s+", " ");
      if (!s.isEmpty()) {
        names.add(s);
      }
    }
    if (names.isEmpty()) {
      throw new IllegalArgumentException("no name before the country code");
    }
    return new Place(names.get(0), names, country, lat, lon);
  }

  private static double number(String s, String what, double max) {
    double v;
    try {
      v = Double.parseDouble(s);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(what + ": expected decimal degrees, got '" + s + "'");
    }
    if (!(Math.abs(v) <= max)) {
      throw new IllegalArgumentException(what + ": out of range ±" + (int) max + ": " + s);
    }
    return v;
  }

  /**
   * The lookup form of a name: accents removed, typographic apostrophes and dashes made plain,
   * underscores read as spaces, upper case, white space collapsed, a leading "the" dropped, and
   * surrounding punctuation other than a closing full stop of an abbreviation trimmed.
   */
  public static String key(String name) {
    String s = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    s =
        s.replace('\u2019', '\'')
            .replace('\u2018', '\'')
            .replace('\u02BB', '\'')
            .replace('\u2013', '-')
            .replace('\u2014', '-')
            .replace('_', ' ')
            .toUpperCase(Locale.ROOT)
            .replaceAll("[\\s\\p{Z}]+", " ")
            .strip();
    s = s.replaceAll("^[\\p{Punct}&&[^']]+|[\\p{Punct}&&[^.']]+$", "").strip();
    if (s.startsWith("THE ")) {
      s = s.substring(4).strip();
    }
    return s;
  }

  /** The place with this name ({@link #key} form compared), if any. */
  public Optional<Place> find(String name) {
    return Optional.ofNullable(byKey.get(key(name)));
  }

  /** Every place, in file order. */
  public List<Place> places() {
    return places;
  }

  /** A gazetteer with this one's places and then {@code other}'s (on a shared name, other wins). */
  public Gazetteer plus(Gazetteer other) {
    Map<String, Place> m = new LinkedHashMap<>(byKey);
    m.putAll(other.byKey);
    List<Place> all = new ArrayList<>(places);
    all.addAll(other.places);
    List<Place> kept = all.stream().filter(m::containsValue).distinct().toList();
    return new Gazetteer(m, kept);
  }
}
