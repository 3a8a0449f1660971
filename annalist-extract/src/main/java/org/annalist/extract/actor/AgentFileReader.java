package org.annalist.extract.actor;

import java.io.Reader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads a PETRARCH {@code .agents} file.
 *
 * <pre>
 * !MARKER! = FORM1, FORM2          substitution set
 * PHRASE_WORDS [~CODE]             code after the actor's; regular plural generated
 * PHRASE {PLURAL1 PLURAL2} [~CODE] irregular plurals; {} for none
 * PHRASE [CODE~]                   code before the actor's
 * CONGRESS!PERSON! [~LEG]          one entry per form of the marker, no plurals
 * </pre>
 *
 * Regular plurals: -Y → -IES after a consonant, -S/-X/-Z/-CH/-SH → -ES, else -S.
 */
final class AgentFileReader {
  private final String source;
  private final List<LoadProblem> problems = new ArrayList<>();
  private final AgentDictionary.Builder dict = AgentDictionary.builder();
  private final Map<String, List<String>> markers = new HashMap<>();

  private AgentFileReader(String source) {
    this.source = source;
  }

  static Loaded<AgentDictionary> read(String source, Reader reader) {
    AgentFileReader r = new AgentFileReader(source);
    for (SourceLines.Line line : new SourceLines(source, r.problems).read(reader)) {
      r.line(line);
    }
    return new Loaded<>(r.dict.build(), r.problems);
  }

  private void line(SourceLines.Line line) {
    String t = line.text();
    int br = t.indexOf('[');
    if (t.startsWith("!") && t.contains("=") && br < 0) {
      int second = t.indexOf('!', 1);
      int eq = t.indexOf('=');
      if (second < 0 || second > eq) {
        problem(line, LoadProblem.Kind.SKIPPED, "substitution marker incorrectly defined");
        return;
      }
      List<String> forms = new ArrayList<>();
      for (String f : t.substring(eq + 1).split(",")) {
        if (!f.isBlank()) {
          forms.add(f.trim().toUpperCase(Locale.ROOT));
        }
      }
      markers.put(t.substring(1, second).trim().toUpperCase(Locale.ROOT), forms);
      return;
    }
    if (br < 0) {
      problem(line, LoadProblem.Kind.SKIPPED, "agent without a [code]");
      return;
    }
    int close = t.indexOf(']', br);
    if (close < 0) {
      problem(line, LoadProblem.Kind.SKIPPED, "code without closing ']'");
      return;
    }
    String code = t.substring(br + 1, close).replace(" ", "").toUpperCase(Locale.ROOT);
    boolean before;
    if (code.startsWith("~")) {
      before = false;
      code = code.substring(1);
    } else if (code.endsWith("~")) {
      before = true;
      code = code.substring(0, code.length() - 1);
    } else {
      problem(line, LoadProblem.Kind.LENIENT, "code without '~'; placed after the actor's code");
      before = false;
    }
    if (code.isEmpty()) {
      problem(line, LoadProblem.Kind.SKIPPED, "empty agent code");
      return;
    }
    String head = t.substring(0, br).trim();
    if (head.indexOf('!') >= 0) {
      int a = head.indexOf('!');
      int b = head.indexOf('!', a + 1);
      if (b < 0) {
        problem(line, LoadProblem.Kind.SKIPPED, "substitution marker syntax incorrect");
        return;
      }
      List<String> forms = markers.get(head.substring(a + 1, b).toUpperCase(Locale.ROOT));
      if (forms == null) {
        problem(
            line,
            LoadProblem.Kind.SKIPPED,
            "substitution marker " + head.substring(a, b + 1) + " not defined");
        return;
      }
      for (String f : forms) {
        add(line, head.substring(0, a) + f + head.substring(b + 1), code, before);
      }
      return;
    }
    int brace = head.indexOf('{');
    if (brace >= 0) {
      int end = head.indexOf('}', brace);
      if (end < 0) {
        problem(line, LoadProblem.Kind.SKIPPED, "missing '}'");
        return;
      }
      String singular = head.substring(0, brace);
      if (!add(line, singular, code, before)) {
        return;
      }
      for (String plural : head.substring(brace + 1, end).trim().split("\\s+")) {
        if (!plural.isEmpty()) {
          add(line, plural, code, before);
        }
      }
      return;
    }
    if (add(line, head, code, before)) {
      List<String> words = new ArrayList<>(Phrases.split(head));
      int last = words.size() - 1;
      words.set(last, plural(words.get(last)));
      addTokens(line, words, code, before);
    }
  }

  /** The regular English plural of an upper-case word. */
  static String plural(String w) {
    if (w.length() > 1 && w.endsWith("Y") && "AEIOU".indexOf(w.charAt(w.length() - 2)) < 0) {
      return w.substring(0, w.length() - 1) + "IES";
    }
    if (w.endsWith("S")
        || w.endsWith("X")
        || w.endsWith("Z")
        || w.endsWith("CH")
        || w.endsWith("SH")) {
      return w + "ES";
    }
    return w + "S";
  }

  private boolean add(SourceLines.Line line, String phrase, String code, boolean before) {
    List<String> words = Phrases.split(phrase);
    if (words.isEmpty()) {
      problem(line, LoadProblem.Kind.SKIPPED, "code without a phrase");
      return false;
    }
    addTokens(line, words, code, before);
    List<String> parts = Phrases.normalizeName(words);
    if (!parts.equals(words)) {
      // a hyphenated agent is also known in its parts ("PRO-GOVERNMENT" as PRO GOVERNMENT), as
      // the parser splits the word
      addTokens(line, parts, code, before);
    }
    return true;
  }

  private void addTokens(SourceLines.Line line, List<String> words, String code, boolean before) {
    Agent a = new Agent(words, code, before, source, line.number());
    for (Agent old : dict.add(a)) {
      if (!old.code().equals(code) || old.before() != before) {
        problem(
            line,
            LoadProblem.Kind.LENIENT,
            "'"
                + String.join(" ", words)
                + "' also defined at line "
                + old.line()
                + " as "
                + old.code()
                + "; the later definition wins");
      }
    }
  }

  private void problem(SourceLines.Line line, LoadProblem.Kind kind, String message) {
    problems.add(new LoadProblem(source, line.number(), kind, message, line.raw().trim()));
  }
}
