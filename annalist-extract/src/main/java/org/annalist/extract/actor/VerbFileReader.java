package org.annalist.extract.actor;

import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a TABARI/PETRARCH {@code .verbs} file.
 *
 * <pre>
 * &amp;NAME                       synset; "&amp;NAME_" generates no plurals
 * +WORD OR PHRASE             synset member ("+&amp;OTHER" includes another synset)
 * --- TITLE [code] ---        a new block; its first verb names it
 * VERB                        verb; regular forms (-S, -ED, -ING) generated
 * VERB {FORM FORM} [code]     irregular forms listed instead; own code
 * +CORDON_OFF {+CORDONED_OFF} multi-word verb, '+' marks the word tagged as the verb
 * - BEFORE * AFTER [code]     pattern; '_' joins adjacent words, '$' source, '+' target,
 *                             '%' compound actor, '^' skipped phrase, '&amp;NAME' synset
 * </pre>
 *
 * Patterns with TABARI disjunctions ({@code {...}}), without exactly one {@code *} or without a
 * code are skipped and reported; patterns naming an undefined synset are kept and reported.
 */
final class VerbFileReader {
  private static final Pattern CODE = Pattern.compile("\\[([^\\]]*)\\]");

  private final String source;
  private final List<LoadProblem> problems = new ArrayList<>();
  private final VerbDictionary.Builder dict = VerbDictionary.builder();
  private final List<PendingPattern> pending = new ArrayList<>();

  // current synset
  private String synName;
  private boolean synPlural;
  private int synLine;
  private List<List<String>> synPhrases;
  private List<String> synIncludes;

  // current block
  private String blockTitle;
  private String blockName;
  private VerbCode blockCode;
  private int blockLine;
  private List<PendingPattern> blockPatterns;

  private record PendingPattern(
      List<PatternElement> elements, VerbCode code, SourceLines.Line line) {}

  private VerbFileReader(String source) {
    this.source = source;
  }

  static Loaded<VerbDictionary> read(String source, Reader reader) {
    VerbFileReader r = new VerbFileReader(source);
    for (SourceLines.Line line : new SourceLines(source, r.problems).read(reader)) {
      r.line(line);
    }
    r.endSynset();
    r.endBlock();
    r.checkSynsets();
    return new Loaded<>(r.dict.build(), r.problems);
  }

  private void line(SourceLines.Line line) {
    String t = line.text();
    if (synName != null) {
      if (t.startsWith("+")) {
        synsetMember(line, t.substring(1).trim());
        return;
      }
      endSynset();
    }
    if (t.startsWith("&")) {
      String name = t.split("\\s+")[0];
      synPlural = !name.endsWith("_");
      synName = name.replaceAll("_+$", "");
      synLine = line.number();
      synPhrases = new ArrayList<>();
      synIncludes = new ArrayList<>();
    } else if (t.startsWith("---")) {
      header(line, t);
    } else if (t.startsWith("-")) {
      pattern(line, t.substring(1).trim());
    } else {
      verb(line, t);
    }
  }

  private void synsetMember(SourceLines.Line line, String member) {
    if (member.startsWith("&")) {
      problem(
          line,
          LoadProblem.Kind.LENIENT,
          "synset inside a synset (TABARI; PETRARCH ignores it): kept as an inclusion");
      synIncludes.add(member.split("\\s+")[0].replaceAll("_+$", ""));
      return;
    }
    boolean plural = synPlural && !member.endsWith("_");
    List<String> words = Phrases.split(member);
    if (words.isEmpty()) {
      problem(line, LoadProblem.Kind.SKIPPED, "empty synset member");
      return;
    }
    synPhrases.add(words);
    if (plural) {
      List<String> p = new ArrayList<>(words);
      p.set(p.size() - 1, AgentFileReader.plural(p.get(p.size() - 1)));
      synPhrases.add(p);
    }
  }

  private void endSynset() {
    if (synName == null) {
      return;
    }
    if (synPhrases.isEmpty() && synIncludes.isEmpty()) {
      problems.add(
          new LoadProblem(
              source,
              synLine,
              LoadProblem.Kind.SKIPPED,
              "synset " + synName + " has no members",
              synName));
    } else if (dict.addSynset(new Synset(synName, synPhrases, synIncludes, synLine)).isPresent()) {
      problems.add(
          new LoadProblem(
              source,
              synLine,
              LoadProblem.Kind.LENIENT,
              "synset " + synName + " defined twice; the later wins",
              synName));
    }
    synName = null;
  }

  private void header(SourceLines.Line line, String t) {
    endBlock();
    String inner = t.replaceAll("^-+", "").replaceAll("-+$", "").trim();
    Matcher m = CODE.matcher(inner);
    List<String> codes = new ArrayList<>();
    while (m.find()) {
      codes.add(m.group(1).trim());
    }
    int br = inner.indexOf('[');
    blockTitle = String.join(" ", Phrases.split(br >= 0 ? inner.substring(0, br) : inner));
    if (codes.size() > 1) {
      problem(
          line,
          LoadProblem.Kind.LENIENT,
          "block header with " + codes.size() + " codes; the first, " + codes.get(0) + ", is used");
    }
    blockCode =
        codes.isEmpty() || codes.get(0).isEmpty() ? VerbCode.NONE : VerbCode.parse(codes.get(0));
    blockLine = line.number();
    blockName = null;
    blockPatterns = new ArrayList<>();
  }

  private void endBlock() {
    if (blockTitle == null) {
      return;
    }
    if (blockName == null) {
      problems.add(
          new LoadProblem(
              source,
              blockLine,
              LoadProblem.Kind.SKIPPED,
              "block '"
                  + blockTitle
                  + "' has no verb; its "
                  + blockPatterns.size()
                  + " pattern(s) dropped",
              blockTitle));
    } else {
      List<VerbPattern> ps = new ArrayList<>();
      for (PendingPattern p : blockPatterns) {
        ps.add(new VerbPattern(blockName, p.elements(), p.code(), source, p.line().number()));
      }
      pending.addAll(blockPatterns);
      if (!dict.addBlock(new VerbBlock(blockName, blockTitle, blockCode, ps, blockLine))) {
        problems.add(
            new LoadProblem(
                source,
                blockLine,
                LoadProblem.Kind.LENIENT,
                "verb "
                    + blockName
                    + " heads two blocks; the patterns of both are kept under the first",
                blockTitle));
      }
    }
    blockTitle = null;
  }

  private void pattern(SourceLines.Line line, String body) {
    if (blockTitle == null) {
      problem(line, LoadProblem.Kind.SKIPPED, "pattern outside a verb block");
      return;
    }
    Matcher m = CODE.matcher(body);
    if (!m.find()) {
      problem(line, LoadProblem.Kind.SKIPPED, "pattern without a [code]");
      return;
    }
    if (!body.substring(m.end()).isBlank()) {
      problem(line, LoadProblem.Kind.LENIENT, "text after the pattern's code ignored");
    }
    String text = body.substring(0, m.start());
    if (text.contains("{")) {
      problem(
          line,
          LoadProblem.Kind.SKIPPED,
          "TABARI disjunction {...} in a pattern (not supported by PETRARCH)");
      return;
    }
    List<PatternElement> els = new ArrayList<>();
    for (String chunk : text.trim().split("\\s+")) {
      boolean first = true;
      for (String piece : chunk.split("_", -1)) {
        if (!piece.isEmpty()) {
          els.add(PatternElement.of(Phrases.token(piece), !first && !els.isEmpty()));
        }
        first = false;
      }
    }
    long verbs = els.stream().filter(e -> e.kind() == PatternElement.Kind.VERB).count();
    if (verbs != 1) {
      problem(line, LoadProblem.Kind.SKIPPED, "pattern with " + verbs + " '*' (needs exactly one)");
      return;
    }
    blockPatterns.add(new PendingPattern(els, VerbCode.parse(m.group(1)), line));
  }

  private void verb(SourceLines.Line line, String t) {
    if (blockTitle == null) {
      problem(line, LoadProblem.Kind.SKIPPED, "verb outside a block");
      return;
    }
    VerbCode code = blockCode;
    String body = t;
    Matcher m = CODE.matcher(body);
    if (m.find()) {
      code = m.group(1).isBlank() ? VerbCode.NONE : VerbCode.parse(m.group(1));
      body = body.substring(0, m.start()) + body.substring(m.end());
    }
    List<String> listed = null;
    int brace = body.indexOf('{');
    if (brace >= 0) {
      int end = body.indexOf('}', brace);
      if (end < 0) {
        problem(line, LoadProblem.Kind.SKIPPED, "missing '}'");
        return;
      }
      listed = List.of(body.substring(brace + 1, end).trim().split("\\s+"));
      body = body.substring(0, brace);
    }
    String main = body.trim();
    if (main.isEmpty()) {
      problem(line, LoadProblem.Kind.SKIPPED, "no verb on the line");
      return;
    }
    if (main.contains(" ")) {
      problem(
          line,
          LoadProblem.Kind.LENIENT,
          "multi-word verb written with spaces and no '+'; the first word is taken as the verb");
      main = "+" + main.trim().replaceAll("\\s+", "_");
    }
    VerbShape shape = shape(line, main);
    if (shape == null) {
      return;
    }
    String name = String.join(" ", shape.words());
    if (blockName == null) {
      blockName = name;
    }
    add(line, shape, code);
    if (listed != null) {
      for (String f : listed) {
        if (f.isEmpty()) {
          continue;
        }
        VerbShape s = shape(line, f);
        if (s != null) {
          add(line, s, code);
        }
      }
    } else {
      String v = shape.words().get(shape.verbIndex());
      for (String form : regularForms(v)) {
        List<String> w = new ArrayList<>(shape.words());
        w.set(shape.verbIndex(), form);
        add(line, new VerbShape(w, shape.verbIndex()), code);
      }
    }
  }

  private record VerbShape(List<String> words, int verbIndex) {}

  private VerbShape shape(SourceLines.Line line, String text) {
    if (!text.contains("_")) {
      List<String> w = Phrases.split(text.replace("+", ""));
      return w.isEmpty() ? null : new VerbShape(w, 0);
    }
    String[] parts = text.split("_");
    List<String> words = new ArrayList<>();
    int verb = -1;
    for (String p : parts) {
      if (p.isEmpty()) {
        continue;
      }
      String word = p;
      if (word.startsWith("+")) {
        verb = words.size();
        word = word.substring(1);
      }
      words.add(Phrases.token(word));
    }
    if (verb < 0) {
      problem(
          line,
          LoadProblem.Kind.SKIPPED,
          "multi-word verb '" + text + "' needs a '+' on the word tagged as the verb");
      return null;
    }
    return new VerbShape(words, verb);
  }

  private void add(SourceLines.Line line, VerbShape s, VerbCode code) {
    VerbForm f = new VerbForm(s.words(), s.verbIndex(), code, blockName, source, line.number());
    for (VerbForm old : dict.addForm(f)) {
      if (!old.block().equals(blockName)) {
        problem(
            line,
            LoadProblem.Kind.LENIENT,
            "form '"
                + String.join(" ", s.words())
                + "' also belongs to block "
                + old.block()
                + " (line "
                + old.line()
                + "); the later wins");
      }
    }
  }

  /** -S/-ES/-IES, -ED/-D/-IED, -ING (dropping a final E after a consonant). */
  static List<String> regularForms(String v) {
    List<String> out = new ArrayList<>(3);
    boolean consonantY =
        v.length() > 1 && v.endsWith("Y") && "AEIOU".indexOf(v.charAt(v.length() - 2)) < 0;
    out.add(AgentFileReader.plural(v));
    if (v.endsWith("E")) {
      out.add(v + "D");
    } else if (consonantY) {
      out.add(v.substring(0, v.length() - 1) + "IED");
    } else {
      out.add(v + "ED");
    }
    if (v.endsWith("E") && !v.endsWith("EE") && v.length() > 2) {
      out.add(v.substring(0, v.length() - 1) + "ING");
    } else {
      out.add(v + "ING");
    }
    return out;
  }

  private void checkSynsets() {
    VerbDictionary built = dict.build();
    for (PendingPattern p : pending) {
      for (PatternElement e : p.elements()) {
        if (e.kind() == PatternElement.Kind.SYNSET && !built.synsets().containsKey(e.text())) {
          problem(
              p.line(),
              LoadProblem.Kind.LENIENT,
              "synset " + e.text() + " is not defined; the pattern cannot match");
        }
      }
    }
  }

  private void problem(SourceLines.Line line, LoadProblem.Kind kind, String message) {
    problems.add(new LoadProblem(source, line.number(), kind, message, line.raw().trim()));
  }
}
