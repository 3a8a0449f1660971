package org.annalist.extract.coder;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.annalist.extract.actor.DictionaryReader;
import org.annalist.extract.actor.PatternElement;
import org.annalist.extract.actor.Phrases;
import org.annalist.extract.actor.VerbDictionary;
import org.annalist.extract.actor.VerbForm;
import org.annalist.extract.actor.VerbPattern;
import org.annalist.extract.event.Cameo;
import org.annalist.extract.event.Plover;
import org.annalist.extract.event.PloverMapping;
import org.annalist.model.Annotation;
import org.annalist.model.Article;
import org.annalist.model.ArticleEntity;
import org.annalist.model.DatePrecision;
import org.annalist.model.EntityType;
import org.annalist.model.Event;
import org.annalist.model.EventActor;
import org.annalist.model.Extraction;
import org.annalist.model.Factuality;
import org.annalist.model.Mention;
import org.annalist.model.PlacePrecision;
import org.annalist.model.Quote;
import org.annalist.model.Sentence;
import org.annalist.model.Span;
import org.annalist.model.TimeExpression;
import org.annalist.model.TimexType;
import org.annalist.model.Token;

/**
 * Codes events (who did what to whom, CAMEO and PLOVER) from an article's dependency parses.
 *
 * <p>Triggers are verbs (by lemma, refined by the pattern lines of their block: particles,
 * prepositions and object words) and event nouns; sources come from subjects (or "by" agents of
 * passives, or controllers of infinitives and gerunds), targets from objects, pattern targets and
 * prepositional complements; conjoined actors yield one event each. An event is emitted only with a
 * coded source and, except for the roots that need none (14, 15, 18, 19, 20), a coded target
 * different from the source. Each event carries PLOVER type and mode, Goldstein and QuadClass, date
 * and place with precision, factuality with who asserts it, trigger and evidence. Resolved
 * speakers' accusations, demands, threats and appeals in {@link Extraction#quotes()} are coded as
 * verbal events with the quote as evidence. See {@code docs/coder.md}.
 *
 * <p>Stateless after construction and thread-safe. Never throws on messy parses: what cannot be
 * coded is left out.
 */
public final class EventCoder {
  private static final String RES = "/org/annalist/extract/coder/";
  private static final Set<String> NO_TARGET_ROOTS = Set.of("14", "15", "18", "19", "20");
  private static final Set<String> TARGET_PREPS =
      Set.of("against", "with", "on", "to", "at", "toward", "towards", "upon", "into", "for");
  private static final Set<String> NOUN_TARGET_PREPS =
      Set.of("against", "on", "with", "to", "at", "toward", "towards", "upon", "of", "for");
  private static final Set<String> SUPPORT_VERBS =
      Set.of(
          "carry",
          "conduct",
          "launch",
          "hold",
          "stage",
          "mount",
          "sign",
          "reach",
          "make",
          "issue",
          "have",
          "begin",
          "resume",
          "start",
          "continue",
          "step",
          "intensify",
          "order",
          "announce",
          "seal",
          "conclude",
          "strike",
          "finalize",
          "finalise",
          "ink",
          "lead",
          "unleash",
          "wage");
  private static final Set<String> OBJECT_CONTROL =
      Set.of(
          "accuse",
          "blame",
          "charge",
          "urge",
          "ask",
          "call",
          "order",
          "force",
          "persuade",
          "invite",
          "help",
          "encourage",
          "press",
          "warn",
          "tell",
          "suspect",
          "allow");
  private static final Set<String> SAY =
      Set.of(
          "say",
          "claim",
          "allege",
          "tell",
          "report",
          "insist",
          "state",
          "add",
          "assert",
          "argue",
          "write",
          "tweet",
          "accuse",
          "blame",
          "charge",
          "contend",
          "maintain",
          "suggest",
          "believe",
          "suspect",
          "announce",
          "confirm",
          "quote");
  private static final Set<String> DENY = Set.of("deny", "refute");
  private static final Set<String> DISPUTE = Set.of("reject", "dismiss", "dispute", "call");
  private static final Set<String> PLAN =
      Set.of(
          "plan",
          "due",
          "expect",
          "intend",
          "schedule",
          "set",
          "prepare",
          "hope",
          "aim",
          "want",
          "seek",
          "decide",
          "vow",
          "pledge",
          "promise",
          "threaten",
          "agree",
          "likely",
          "poised",
          "about",
          "go",
          "offer");
  private static final Set<String> MODAL =
      Set.of("could", "would", "might", "may", "should", "must", "can");
  private static final Set<String> CLAIM_ADJ =
      Set.of("alleged", "reported", "purported", "suspected", "apparent");
  private static final Set<String> NEG = Set.of("not", "never", "n't", "no");
  private static final Set<String> PHRASE_SKIP =
      Set.of(
          "acl",
          "conj",
          "cc",
          "punct",
          "parataxis",
          "dep",
          "advcl",
          "ccomp",
          "xcomp",
          "appos",
          "dislocated",
          "list",
          "orphan");

  private final ActorCoder actors;
  private final VerbDictionary verbs;
  private final VerbDictionary nouns;
  private final Cameo cameo;
  private final Plover plover;
  private final boolean unknownCodes;

  /**
   * A coder over the given dictionaries and codebooks.
   *
   * @param actors codes noun phrases and article entities as actors
   * @param verbs verb lemmas and patterns → codes (TABARI/PETRARCH verbs format)
   * @param nouns event nouns → codes (same format; may be empty)
   * @param cameo the CAMEO codebook (Goldstein values, names)
   * @param plover the CAMEO → PLOVER table
   */
  public EventCoder(
      ActorCoder actors, VerbDictionary verbs, VerbDictionary nouns, Cameo cameo, Plover plover) {
    this(actors, verbs, nouns, cameo, plover, false);
  }

  private EventCoder(
      ActorCoder actors,
      VerbDictionary verbs,
      VerbDictionary nouns,
      Cameo cameo,
      Plover plover,
      boolean unknownCodes) {
    this.actors = Objects.requireNonNull(actors, "actors");
    this.verbs = Objects.requireNonNull(verbs, "verbs");
    this.nouns = Objects.requireNonNull(nouns, "nouns");
    this.cameo = Objects.requireNonNull(cameo, "cameo");
    this.plover = Objects.requireNonNull(plover, "plover");
    this.unknownCodes = unknownCodes;
  }

  /**
   * This coder, but keeping events whose code the CAMEO codebook does not know (test dictionaries
   * such as PETRARCH's validation set use codes like 901 or 345): they get Goldstein 0, QuadClass 1
   * and no PLOVER category. For evaluating coder logic only; such events must not be stored. Codes
   * that are not 2–4 digits ("174K") are still left out, as {@link Event} cannot hold them.
   */
  public EventCoder keepingUnknownCodes() {
    return new EventCoder(actors, verbs, nouns, cameo, plover, true);
  }

  /** A coder with the project's own verb and noun dictionaries and codebooks. */
  public static EventCoder standard(ActorCoder actors) {
    return new EventCoder(actors, projectVerbs(), projectNouns(), Cameo.load(), Plover.load());
  }

  /** The project's verb dictionary ({@code annalist.verbs.txt}). */
  public static VerbDictionary projectVerbs() {
    return resource("annalist.verbs.txt");
  }

  /** The project's event-noun dictionary ({@code annalist.nouns.txt}). */
  public static VerbDictionary projectNouns() {
    return resource("annalist.nouns.txt");
  }

  private static VerbDictionary resource(String name) {
    try (InputStream in = EventCoder.class.getResourceAsStream(RES + name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RES + name);
      }
      return DictionaryReader.verbs(name, new InputStreamReader(in, StandardCharsets.UTF_8))
          .value();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RES + name, e);
    }
  }

  /**
   * Codes the events of one article.
   *
   * @param article the article (publication date, dateline, body)
   * @param annotation its sentences with UD dependencies and mentions
   * @param extraction its time expressions, entities and quotes (may have empty lists)
   * @return events in sentence and trigger order, without duplicates
   */
  public List<Event> code(Article article, Annotation annotation, Extraction extraction) {
    Context cx = new Context(article, annotation, extraction);
    Map<String, Event> out = new LinkedHashMap<>();
    for (Sentence s : annotation.sentences()) {
      Tree t = new Tree(s);
      Set<Integer> consumed = new HashSet<>();
      for (int i = 0; i < t.size(); i++) {
        if (t.isVerb(i)) {
          verbEvents(cx, t, i, consumed, out);
        }
      }
      for (int i = 0; i < t.size(); i++) {
        if (t.pos(i).startsWith("NN") && !consumed.contains(i)) {
          nounEvents(cx, t, i, out);
        }
      }
    }
    quoteEvents(cx, out);
    return List.copyOf(out.values());
  }

  private record Context(Article article, Annotation annotation, Extraction extraction) {
    LocalDate date() {
      return article.published();
    }
  }

  private record Trigger(String code, String reverse, int target) {}

  // ---------------------------------------------------------------- verbs

  private void verbEvents(
      Context cx, Tree t, int v, Set<Integer> consumed, Map<String, Event> out) {
    String r = t.rel(v);
    if (r.startsWith("aux") || "cop".equals(r) || "amod".equals(r)) {
      return;
    }
    Optional<Trigger> tr = verbTrigger(t, v, consumed);
    if (tr.isEmpty()) {
      return;
    }
    boolean passive =
        !t.children(v, "nsubj:pass").isEmpty() || !t.children(v, "aux:pass").isEmpty();
    List<Integer> sources = new ArrayList<>();
    List<Integer> targets = new ArrayList<>();
    if (passive) {
      for (int c : t.children(v, "obl")) {
        if ("obl:agent".equals(t.rel(c)) || "by".equals(t.caseOf(c))) {
          sources.add(c);
        }
      }
      targets.addAll(t.children(v, "nsubj:pass"));
    } else {
      sources.addAll(subjects(t, v, 0));
      if (tr.get().target() >= 0) {
        targets.add(tr.get().target());
      } else {
        targets.addAll(objectTargets(cx, t, v, consumed));
      }
    }
    emit(cx, t, v, tr.get().code(), sources, targets, out);
    String rev = tr.get().reverse();
    if (rev != null && rev.matches("[0-9]{2,4}") && !targets.isEmpty()) {
      emit(cx, t, v, rev, targets, sources, out); // [032:033]: the reverse event, target to source
    }
  }

  private Optional<Trigger> verbTrigger(Tree t, int v, Set<Integer> consumed) {
    Optional<VerbForm> form = verbForm(t, v);
    if (form.isEmpty()) {
      return Optional.empty();
    }
    String code = form.get().code().code();
    String reverse = form.get().code().reverse();
    int target = -1;
    int best = 0;
    Set<String> cut = Set.of("nsubj", "ccomp", "parataxis", "advcl", "csubj");
    List<Integer> region = t.subtree(v, cut);
    List<Integer> after = new ArrayList<>();
    List<Integer> before = new ArrayList<>();
    for (int i : region) {
      if (i > v) {
        after.add(i);
      } else if (i < v) {
        before.add(0, i);
      }
    }
    // "won't try to clash": words before an infinitive include those of the verbs controlling it
    for (int x = v, k = 0; k < 3 && "xcomp".equals(t.rel(x)) && t.head(x) >= 0; k++) {
      x = t.head(x);
      for (int i : t.subtree(x, cut)) {
        if (i < v && !region.contains(i) && !before.contains(i)) {
          before.add(i);
        }
      }
    }
    before.sort(java.util.Collections.reverseOrder());
    List<Integer> bestUsed = List.of();
    for (VerbPattern p : verbs.patterns(form.get())) {
      List<Integer> used = new ArrayList<>();
      int[] slot = {-1};
      int score = match(t, v, p.after(), after, used, slot, false);
      if (score < 0) {
        continue;
      }
      List<PatternElement> b = new ArrayList<>(p.before());
      java.util.Collections.reverse(b);
      int sb = match(t, v, b, before, used, new int[] {-1}, true);
      if (sb < 0) {
        continue;
      }
      if (score + sb > best) {
        best = score + sb;
        code = p.code().code();
        reverse = p.code().reverse();
        target = slot[0];
        bestUsed = used;
      }
    }
    consumed.addAll(bestUsed);
    if (code == null || !code.matches("[0-9]{2,4}")) {
      return Optional.empty();
    }
    return Optional.of(new Trigger(code, reverse, target));
  }

  /**
   * Target candidates of an active verb: its object (or indirect object) when that names an actor;
   * else, as PETRARCH takes the first actor after the pattern, the first actor inside the phrase of
   * an object or complement whose head the pattern used or that names no actor ("abandon diplomatic
   * ties with X", "welcomed memos sent by X"); else a prepositional complement ("to X", "against
   * X"). An object naming no actor is returned when nothing else is found (no event).
   */
  private List<Integer> objectTargets(Context cx, Tree t, int v, Set<Integer> consumed) {
    List<Integer> objs = new ArrayList<>();
    for (int o : t.exact(v, "obj")) {
      if (!consumed.contains(o)) { // "carry out airstrikes": the pattern's word, no target
        objs.add(o);
      }
    }
    if (objs.isEmpty()) {
      objs.addAll(t.exact(v, "iobj"));
    }
    if (!objs.isEmpty() && !args(cx, t, objs).isEmpty()) {
      return objs;
    }
    List<Integer> phrases = new ArrayList<>(t.exact(v, "obj"));
    for (int c : t.children(v, "obl")) {
      if (consumed.contains(c)) {
        phrases.add(c);
      }
    }
    for (int o : phrases) {
      int inner = firstActorIn(cx, t, o, consumed);
      if (inner >= 0) {
        return List.of(inner);
      }
    }
    List<Integer> preps = new ArrayList<>();
    for (int c : t.children(v, "obl")) {
      if (!"obl:tmod".equals(t.rel(c)) && TARGET_PREPS.contains(t.caseOf(c))) {
        preps.add(c);
      }
    }
    // "on Thursday fired ... at Seoul": the complement that names an actor, one with a country
    // or group before an agent alone
    int agentOnly = -1;
    for (int c : preps) {
      List<Arg> a = args(cx, t, List.of(c));
      if (!a.isEmpty() && !a.get(0).coded().agentOnly()) {
        return List.of(c);
      }
      if (!a.isEmpty() && agentOnly < 0) {
        agentOnly = c;
      }
    }
    if (agentOnly >= 0) {
      return List.of(agentOnly);
    }
    return preps.isEmpty() ? objs : List.of(preps.get(0));
  }

  /**
   * The first nominal inside the phrase of {@code o} (not {@code o} itself) naming an actor, one
   * with a country or group before an agent alone; a participle modifying the phrase counts ("memos
   * sent by X"), a gerund clause does not ("an agreement binding the insurgents"). -1 if none.
   */
  private int firstActorIn(Context cx, Tree t, int o, Set<Integer> consumed) {
    List<Integer> inner = new ArrayList<>();
    collectPhrase(t, o, inner);
    inner.sort(null);
    int agentOnly = -1;
    for (int i : inner) {
      if (i == o || consumed.contains(i) || !t.isNoun(i)) {
        continue;
      }
      String r = t.rel(i);
      if ("compound".equals(r) || "flat".equals(r) || r.startsWith("nmod:poss")) {
        continue;
      }
      List<Arg> a = args(cx, t, List.of(i));
      if (!a.isEmpty() && !a.get(0).coded().agentOnly()) {
        return i;
      }
      if (!a.isEmpty() && agentOnly < 0) {
        agentOnly = i;
      }
    }
    return agentOnly;
  }

  private static void collectPhrase(Tree t, int x, List<Integer> out) {
    out.add(x);
    for (int c : t.children(x)) {
      String r = t.rel(c);
      boolean clause = r.startsWith("acl") || "dep".equals(r) || "parataxis".equals(r);
      boolean participle = "acl".equals(r) && ("VBN".equals(t.pos(c)) || "VBD".equals(t.pos(c)));
      if (!r.startsWith("appos") && !r.startsWith("conj") && (!clause || participle)) {
        collectPhrase(t, c, out);
      }
    }
  }

  /**
   * The dictionary form of verb {@code v}: the word as written before its lemma, as PETRARCH looks
   * verbs up (a dictionary may give an irregular form its own block: "LEFT" [032:033] apart from
   * "LEAVE" [012]); with a particle ("carry out") before without.
   */
  private Optional<VerbForm> verbForm(Tree t, int v) {
    List<String> heads = new ArrayList<>();
    heads.add(Phrases.token(t.tokens().get(v).text()));
    String lemma = Phrases.token(t.lemma(v));
    if (!heads.contains(lemma)) {
      heads.add(lemma);
    }
    for (int p : t.children(v, "compound:prt")) {
      for (String h : heads) {
        Optional<VerbForm> f = verbs.form(List.of(h, Phrases.token(t.lemma(p))));
        if (f.isPresent()) {
          return f;
        }
      }
    }
    for (String h : heads) {
      Optional<VerbForm> f = verbs.form(List.of(h));
      if (f.isPresent()) {
        return f;
      }
    }
    return Optional.empty();
  }

  /**
   * Matches pattern elements over token indices; returns words matched, or -1 on failure. {@code
   * backward}: elements and tokens run from the verb leftwards (the words before it), so a
   * multi-word phrase is read reversed and an underscore binds an element to the one before it in
   * the list.
   */
  private int match(
      Tree t,
      int verb,
      List<PatternElement> els,
      List<Integer> toks,
      List<Integer> used,
      int[] target,
      boolean backward) {
    int p = 0;
    int score = 0;
    boolean first = true;
    for (int k = 0; k < els.size(); k++) {
      PatternElement e = els.get(k);
      boolean adjacent = backward ? k > 0 && els.get(k - 1).adjacent() : e.adjacent();
      switch (e.kind()) {
        case WORD, SYNSET -> {
          int limit =
              first || !adjacent ? Math.min(toks.size(), p + 8) : Math.min(toks.size(), p + 1);
          int found = -1;
          int len = 0;
          for (int q = p; q < limit && found < 0; q++) {
            len = matchesAt(t, e, toks, q, backward);
            if (len > 0) {
              found = q;
            }
          }
          if (found < 0) {
            return -1;
          }
          for (int j = 0; j < len; j++) {
            used.add(toks.get(found + j));
          }
          p = found + len;
          score += len;
        }
        case TARGET, SOURCE -> {
          int found = -1;
          for (int q = p; q < Math.min(toks.size(), p + 8) && found < 0; q++) {
            if (t.isNoun(toks.get(q))) {
              found = q;
            }
          }
          if (found < 0) {
            return -1;
          }
          if (e.kind() == PatternElement.Kind.TARGET) {
            target[0] = nominalHead(t, toks.get(found));
          }
          p = found + 1;
        }
        case COMPOUND -> {
          // '%': a compound actor ("Gondor and Osgiliath"): before the verb the subject, after it
          // the next nominal
          boolean compound = false;
          if (backward) {
            for (int x : subjects(t, verb, 0)) {
              compound |= !t.children(x, "conj").isEmpty();
            }
          } else {
            for (int q = p; q < Math.min(toks.size(), p + 8) && !compound; q++) {
              compound = t.isNoun(toks.get(q)) && !t.children(toks.get(q), "conj").isEmpty();
            }
          }
          if (!compound) {
            return -1;
          }
          score++;
        }
        default -> {
          // '^' does not constrain the match here
        }
      }
      first = false;
    }
    return score;
  }

  private int matchesAt(Tree t, PatternElement e, List<Integer> toks, int q, boolean backward) {
    if (e.kind() == PatternElement.Kind.WORD) {
      return wordIs(t, toks.get(q), e.text()) ? 1 : 0;
    }
    // nested synsets expanded; a member written with underscores is a multi-word phrase
    for (List<String> phrase : verbs.expand(e.text().replaceAll("_+$", ""))) {
      if (q + phrase.size() > toks.size()) {
        continue;
      }
      boolean ok = true;
      for (int k = 0; k < phrase.size() && ok; k++) {
        String w = phrase.get(backward ? phrase.size() - 1 - k : k);
        ok = wordIs(t, toks.get(q + k), w);
      }
      if (ok) {
        return phrase.size();
      }
    }
    return 0;
  }

  /**
   * A pattern word matches a token as written; a verb also by its lemma. Nouns match as written
   * only, as in PETRARCH ("RESOLUTION" is not "resolutions"; synsets list their plurals).
   */
  private static boolean wordIs(Tree t, int i, String word) {
    return Phrases.token(t.tokens().get(i).text()).equals(word)
        || !t.pos(i).startsWith("NN") && Phrases.token(t.lemma(i)).equals(word);
  }

  private static int nominalHead(Tree t, int i) {
    int x = i;
    for (int k = 0; k < 5 && x >= 0; k++) {
      String r = t.rel(x);
      if (("compound".equals(r)
              || "flat".equals(r)
              || "amod".equals(r)
              || "nmod:poss".equals(r)
              || "det".equals(r))
          && t.head(x) >= 0) {
        x = t.head(x);
      } else {
        break;
      }
    }
    return x;
  }

  /** Subjects of a predicate: its own, else those of the clause that controls it. */
  private List<Integer> subjects(Tree t, int v, int depth) {
    List<Integer> s = new ArrayList<>(t.exact(v, "nsubj"));
    if (!s.isEmpty() || depth > 4) {
      return s;
    }
    int h = t.head(v);
    if (h < 0) {
      return s;
    }
    String r = t.rel(v);
    if ("xcomp".equals(r) || r.startsWith("advcl")) {
      if (OBJECT_CONTROL.contains(t.lemma(h)) && !t.exact(h, "obj").isEmpty()) {
        return t.exact(h, "obj");
      }
      return subjects(t, h, depth + 1);
    }
    if ("conj".equals(r)) {
      return subjects(t, h, depth + 1);
    }
    if (r.startsWith("acl") && t.isNoun(h) && !"acl:relcl".equals(r)) {
      return List.of(h);
    }
    if ("acl:relcl".equals(r)) {
      return List.of(h);
    }
    return s;
  }

  // ---------------------------------------------------------------- nouns

  private void nounEvents(Context cx, Tree t, int n, Map<String, Event> out) {
    String lemma = Phrases.token(t.lemma(n));
    Optional<VerbForm> form = Optional.empty();
    for (int c : t.exact(n, "compound")) {
      form = nouns.form(List.of(Phrases.token(t.lemma(c)), lemma));
      if (form.isPresent()) {
        break;
      }
    }
    if (form.isEmpty()) {
      form = nouns.form(List.of(lemma));
    }
    if (form.isEmpty()) {
      form = nouns.form(List.of(Phrases.token(t.tokens().get(n).text())));
    }
    if (form.isEmpty()) {
      return;
    }
    String code = form.get().code().code();
    if (code == null || !code.matches("[0-9]{2,4}")) {
      return;
    }
    List<Integer> sources = new ArrayList<>();
    for (int c : t.children(n)) {
      String r = t.rel(c);
      if ("nmod:poss".equals(r)
          || ((r.startsWith("nmod") || r.startsWith("acl")) && "by".equals(t.caseOf(c)))) {
        sources.add(c);
      } else if (("compound".equals(r) || "amod".equals(r)) && t.pos(c).startsWith("NNP")
          || "amod".equals(r)
              && "JJ".equals(t.pos(c))
              && Character.isUpperCase(t.tokens().get(c).text().charAt(0))) {
        sources.add(c);
      }
    }
    if (sources.isEmpty() && t.exact(n, "det").isEmpty()) {
      int poss = chunkPossessor(t, n); // the parser may leave "their ... agreement" unattached
      if (poss >= 0) {
        sources.add(poss);
      }
    }
    sources.replaceAll(c -> t.pos(c).startsWith("PRP") ? antecedent(cx, t, n) : c);
    sources.removeIf(c -> c < 0);
    int h = t.head(n);
    if (sources.isEmpty()
        && h >= 0
        && ("obj".equals(t.rel(n)) || "nsubj:pass".equals(t.rel(n)))
        && SUPPORT_VERBS.contains(t.lemma(h))) {
      sources.addAll(subjects(t, h, 0));
    }
    List<Integer> targets = new ArrayList<>();
    for (int c : t.children(n, "nmod")) {
      String cs = t.caseOf(c);
      if (NOUN_TARGET_PREPS.contains(cs) && !("of".equals(cs) && !code.startsWith("1"))) {
        targets.add(c);
        break;
      }
    }
    if (targets.isEmpty() && h >= 0 && SUPPORT_VERBS.contains(t.lemma(h))) {
      for (int c : t.children(h, "obl")) {
        if (TARGET_PREPS.contains(t.caseOf(c))) {
          targets.add(c);
          break;
        }
      }
    }
    // a sole modifier actor with a target: "US airstrikes against X"
    emit(cx, t, n, code, sources, targets, out);
  }

  /**
   * A possessive pronoun opening the noun phrase of {@code n} in the word order ("their February
   * 29, 2020, agreement"), read across adjectives, nouns, numbers and commas; -1 if none.
   */
  private static int chunkPossessor(Tree t, int n) {
    for (int i = n - 1; i >= 0 && i >= n - 8; i--) {
      String p = t.pos(i);
      if ("PRP$".equals(p)) {
        return i;
      }
      if (!(p.startsWith("JJ") || p.startsWith("NN") || "CD".equals(p) || ",".equals(p))) {
        return -1;
      }
    }
    return -1;
  }

  /**
   * "their agreement": a possessive pronoun stands for the nearest coded subject of a clause above
   * the noun, as PETRARCH resolves pronouns to the noun phrase of a higher clause. -1 if none.
   */
  private int antecedent(Context cx, Tree t, int n) {
    int x = n;
    for (int k = 0; k < 8 && t.head(x) >= 0; k++) {
      x = t.head(x);
      if (!t.isVerb(x)) {
        continue;
      }
      for (int s : subjects(t, x, 0)) {
        if (s != n && !t.pos(s).startsWith("PRP") && !args(cx, t, List.of(s)).isEmpty()) {
          return s;
        }
      }
    }
    return -1;
  }

  // ---------------------------------------------------------------- events

  private record Arg(ActorCoder.Coded coded, String entity, Span span, String text) {}

  private void emit(
      Context cx,
      Tree t,
      int trig,
      String code,
      List<Integer> srcHeads,
      List<Integer> tgtHeads,
      Map<String, Event> out) {
    List<Arg> sources = args(cx, t, srcHeads);
    if (sources.isEmpty()) {
      return;
    }
    List<Arg> targets = args(cx, t, tgtHeads);
    String root = code.substring(0, 2);
    // "the US and the Taliban signed an agreement", "Gondor and Osgiliath renewed ties": with no
    // target actor, the actors of a compound source act on each other, as PETRARCH codes them;
    // only for cooperation (roots 03-08), not for statements or "criticized the decision"
    boolean reciprocal =
        targets.isEmpty()
            && root.compareTo("03") >= 0
            && root.compareTo("08") <= 0
            && sources.stream().map(Arg::span).distinct().count() > 1;
    if (targets.isEmpty() && !NO_TARGET_ROOTS.contains(root) && !reciprocal) {
      return;
    }
    if (!tgtHeads.isEmpty()
        && targets.isEmpty()
        && !NO_TARGET_ROOTS.contains(root)
        && !reciprocal) {
      return;
    }
    List<Arg> tl =
        reciprocal
            ? sources
            : targets.isEmpty() ? java.util.Collections.singletonList(null) : targets;
    for (Arg s : sources) {
      for (Arg g : tl) {
        if (g != null
            && (g.coded().code().equals(s.coded().code())
                || reciprocal && g.span().equals(s.span()))) {
          continue;
        }
        Event e = build(cx, t, trig, code, s, g);
        String id0 = e == null ? null : e.id();
        if (e != null && out.values().stream().anyMatch(o -> o.id().equals(id0))) {
          // another actor pair on the same trigger and code: the pair joins the id's key
          e =
              withId(
                  e,
                  Event.idOf(
                      e.articleId(),
                      e.sentence(),
                      e.triggerSpan(),
                      code + "|" + s.coded().code() + ">" + (g == null ? "" : g.coded().code())));
        }
        if (e != null) {
          String key =
              e.sentence()
                  + "|"
                  + e.triggerSpan()
                  + "|"
                  + code
                  + "|"
                  + s.coded().code()
                  + "|"
                  + (g == null ? "" : g.coded().code());
          out.putIfAbsent(key, e);
        }
      }
    }
  }

  private static Event withId(Event b, String id) {
    return new Event(
        id,
        b.articleId(),
        b.sentence(),
        b.cameo(),
        b.root(),
        b.plover(),
        b.ploverMode(),
        b.goldstein(),
        b.quad(),
        b.source(),
        b.target(),
        b.date(),
        b.datePrecision(),
        b.place(),
        b.placePrecision(),
        b.factuality(),
        b.assertedBy(),
        b.trigger(),
        b.triggerSpan(),
        b.evidence());
  }

  private List<Arg> args(Context cx, Tree t, List<Integer> heads) {
    List<Arg> out = new ArrayList<>();
    for (int h : heads) {
      List<Integer> all = new ArrayList<>();
      all.add(h);
      for (int c : t.children(h, "conj")) {
        all.add(c);
      }
      for (int x : all) {
        Arg a = arg(cx, t, x);
        if (x != h && a != null && a.coded().agentOnly()) {
          a = sharedModifiers(cx, t, h, x, a);
        }
        List<Arg> found = new ArrayList<>();
        if (a != null) {
          found.add(a);
          found.addAll(innerConjuncts(cx, t, x));
        }
        for (Arg b : found) {
          for (Arg one : perCode(b)) {
            if (out.stream().noneMatch(o -> o.coded().code().equals(one.coded().code()))) {
              out.add(one);
            }
          }
        }
      }
    }
    return out;
  }

  /**
   * "Danish media and government": a conjunct naming only an agent shares the first conjunct's
   * modifiers (its country), as PETRARCH codes the whole noun phrase: DNKMED and DNKGOV.
   */
  private Arg sharedModifiers(Context cx, Tree t, int h, int x, Arg a) {
    List<String> words = new ArrayList<>();
    for (int c : t.children(h)) {
      String r = t.rel(c);
      if (c < h && ("amod".equals(r) || "compound".equals(r) || r.startsWith("nmod:poss"))) {
        for (int i : t.subtree(c, PHRASE_SKIP)) {
          words.add(t.tokens().get(i).text());
        }
      }
    }
    if (words.isEmpty()) {
      return a;
    }
    for (int i : t.subtree(x, PHRASE_SKIP)) {
      words.add(t.tokens().get(i).text());
    }
    Optional<ActorCoder.Coded> c = actors.code(words, cx.date());
    if (c.isEmpty() || c.get().agentOnly()) {
      return a;
    }
    ActorCoder.Coded k = c.get();
    return new Arg(
        new ActorCoder.Coded(k.code(), k.name(), a.coded().start(), a.coded().end(), k.codes()),
        a.entity(),
        a.span(),
        a.text());
  }

  /**
   * "ties with Mordor, Rohan and Bree", "the ambassadors of Arnor, Osgiliath and Gondor": a
   * conjunction inside the phrase (not of its head) distributes, as PETRARCH codes compound noun
   * phrases: each other conjunct, put in the first one's place, is coded as an actor of its own.
   */
  private List<Arg> innerConjuncts(Context cx, Tree t, int x) {
    List<Arg> out = new ArrayList<>();
    List<Integer> idx = t.subtree(x, PHRASE_SKIP);
    for (int i : idx) {
      if (i == x) {
        continue;
      }
      for (int y : t.children(i, "conj")) {
        Set<Integer> replaced = new HashSet<>(t.subtree(i, PHRASE_SKIP));
        List<Integer> conjunct = t.subtree(y, PHRASE_SKIP);
        List<String> words = new ArrayList<>();
        boolean inserted = false;
        for (int k : idx) {
          if (!replaced.contains(k)) {
            words.add(t.tokens().get(k).text());
          } else if (!inserted) {
            for (int c : conjunct) {
              words.add(t.tokens().get(c).text());
            }
            inserted = true;
          }
        }
        Optional<ActorCoder.Coded> c = actors.code(words, cx.date());
        if (c.isPresent() && !c.get().agentOnly()) {
          Span span =
              new Span(
                  t.tokens().get(conjunct.get(0)).span().start(),
                  t.tokens().get(conjunct.get(conjunct.size() - 1)).span().end());
          out.add(
              new Arg(
                  c.get(),
                  entityKey(cx, t, conjunct),
                  span,
                  cx.article().body().substring(span.start(), span.end())));
        }
      }
    }
    return out;
  }

  /** One argument per code of a record with several ({@code [FRO/BIL/SAM]}), as PETRARCH. */
  private static List<Arg> perCode(Arg a) {
    List<Arg> out = new ArrayList<>();
    for (String code : a.coded().codes()) {
      ActorCoder.Coded c = a.coded();
      out.add(
          new Arg(
              new ActorCoder.Coded(code, c.name(), c.start(), c.end(), List.of(code)),
              a.entity(),
              a.span(),
              a.text()));
    }
    return out;
  }

  private Arg arg(Context cx, Tree t, int h) {
    List<Integer> idx = t.subtree(h, PHRASE_SKIP);
    List<String> words = new ArrayList<>();
    for (int i : idx) {
      words.add(t.tokens().get(i).text());
    }
    if (!t.exact(h, "appos").isEmpty()) {
      // "Chief of the Army Staff, General Bajwa": an agent alone takes its apposition's name
      Optional<ActorCoder.Coded> alone = actors.code(words, cx.date());
      if (alone.isEmpty() || alone.get().agentOnly()) {
        Set<String> skip = new HashSet<>(PHRASE_SKIP);
        skip.remove("appos");
        List<Integer> wide = t.subtree(h, skip);
        List<String> ws = new ArrayList<>();
        for (int i : wide) {
          ws.add(t.tokens().get(i).text());
        }
        Optional<ActorCoder.Coded> named = actors.code(ws, cx.date());
        if (named.isPresent() && !named.get().agentOnly()) {
          idx = wide;
          words = ws;
        }
      }
    }
    List<Integer> named = titleThenName(cx, t, h, idx, words);
    if (named != null) {
      idx = named;
      words = new ArrayList<>();
      for (int i : idx) {
        words.add(t.tokens().get(i).text());
      }
    }
    Span span =
        new Span(
            t.tokens().get(idx.get(0)).span().start(),
            t.tokens().get(idx.get(idx.size() - 1)).span().end());
    String text = cx.article().body().substring(span.start(), span.end());
    ArticleEntity ent = entityAt(cx, t.tokens().get(h).span());
    Optional<ActorCoder.Coded> c = actors.code(words, cx.date());
    if ((c.isEmpty() || c.get().agentOnly()) && ent != null) {
      // "the army chief" that the article's entity resolves: its country beats an agent alone
      Optional<ActorCoder.Coded> e = actors.code(ent, cx.date());
      if (c.isEmpty() || e.isPresent() && !e.get().agentOnly()) {
        c = e;
      }
    }
    if (c.isEmpty()) {
      for (int i : idx) {
        ArticleEntity e = entityAt(cx, t.tokens().get(i).span());
        if (e != null) {
          c = actors.code(e, cx.date());
          if (c.isPresent()) {
            ent = e;
            break;
          }
        }
      }
    }
    String key = entityKey(cx, t, idx);
    return c.map(cc -> new Arg(cc, key, span, text)).orElse(null);
  }

  /**
   * "called on Chief of the Army Staff (COAS) General Qamar Javed Bajwa": a title the parser split
   * from the name right after it codes only an agent; the title and the name together are one
   * actor. Returns the tokens of both (in order) when the name gives a country or group, else null.
   */
  private List<Integer> titleThenName(
      Context cx, Tree t, int h, List<Integer> idx, List<String> words) {
    Optional<ActorCoder.Coded> alone = actors.code(words, cx.date());
    if (alone.isEmpty() || !alone.get().agentOnly()) {
      return null;
    }
    int j = idx.get(idx.size() - 1) + 1;
    for (int a : t.exact(h, "appos")) {
      for (int i : t.subtree(a, Set.of())) {
        j = Math.max(j, i + 1);
      }
    }
    while (j < t.size() && Set.of("-LRB-", "-RRB-", ",").contains(t.pos(j))) {
      j++;
    }
    if (j >= t.size() || !t.pos(j).startsWith("NNP")) {
      return null;
    }
    int name = nominalHead(t, j);
    List<Integer> nameIdx = t.subtree(name, PHRASE_SKIP);
    if (nameIdx.get(0) != j || nameIdx.contains(h)) {
      return null;
    }
    List<Integer> all = new ArrayList<>(idx);
    all.addAll(nameIdx);
    List<String> ws = new ArrayList<>(words);
    for (int i : nameIdx) {
      ws.add(t.tokens().get(i).text());
    }
    Optional<ActorCoder.Coded> both = actors.code(ws, cx.date());
    return both.isPresent() && !both.get().agentOnly() ? all : null;
  }

  private String entityKey(Context cx, Tree t, List<Integer> idx) {
    for (int i : idx) {
      ArticleEntity e = entityAt(cx, t.tokens().get(i).span());
      if (e != null) {
        return e.key();
      }
    }
    return null;
  }

  private static ArticleEntity entityAt(Context cx, Span s) {
    for (ArticleEntity e : cx.extraction().entities()) {
      for (Span m : e.mentions()) {
        if (m.start() <= s.start() && s.end() <= m.end()) {
          return e;
        }
      }
    }
    return null;
  }

  private static EventActor actor(Arg a) {
    return a == null
        ? null
        : new EventActor(a.coded().code(), a.coded().name(), a.entity(), a.text(), a.span());
  }

  private Event build(Context cx, Tree t, int trig, String code, Arg s, Arg g) {
    Token tok = t.tokens().get(trig);
    Span evidence = t.sentence().span();
    String root = code.substring(0, 2);
    double goldstein;
    if (cameo.isKnown(code)) {
      goldstein = cameo.goldstein(code);
    } else if (code.length() > 3 && cameo.isKnown(code.substring(0, 3))) {
      goldstein = cameo.goldstein(code.substring(0, 3));
    } else if (cameo.isKnown(root)) {
      goldstein = cameo.goldstein(root);
    } else if (unknownCodes) {
      goldstein = 0;
    } else {
      return null;
    }
    int quad;
    try {
      quad = cameo.quad(code);
    } catch (IllegalArgumentException e) {
      if (!unknownCodes) {
        return null;
      }
      quad = 1;
    }
    Optional<PloverMapping> pm = plover.of(code);
    if (pm.isEmpty() && code.length() > 2) {
      pm = plover.of(code.substring(0, 3));
    }
    String[] date = date(cx, t, trig);
    String[] place = place(cx, t, trig);
    Factual f = factuality(cx, t, trig, s);
    String id = Event.idOf(cx.article().id(), t.sentence().index(), tok.span(), code);
    return new Event(
        id,
        cx.article().id(),
        t.sentence().index(),
        code,
        root,
        pm.map(PloverMapping::eventType).orElse(null),
        pm.map(PloverMapping::mode).orElse(null),
        goldstein,
        quad,
        actor(s),
        actor(g),
        date[0],
        DatePrecision.valueOf(date[1]),
        place[0],
        PlacePrecision.valueOf(place[1]),
        f.value(),
        actor(f.by()),
        tok.text(),
        tok.span(),
        evidence);
  }

  // ---------------------------------------------------------------- date and place

  /** The clause of a trigger: its nearest verbal ancestor-or-self, without nested clauses. */
  private static int clauseHead(Tree t, int trig) {
    int x = trig;
    for (int k = 0; k < 6 && x >= 0 && !t.isVerb(x); k++) {
      if (t.head(x) < 0) {
        break;
      }
      x = t.head(x);
    }
    return x < 0 ? trig : x;
  }

  private String[] date(Context cx, Tree t, int trig) {
    int c = clauseHead(t, trig);
    List<Integer> region =
        t.subtree(c, Set.of("ccomp", "parataxis", "advcl", "csubj", "acl:relcl"));
    if (!region.contains(trig)) {
      region.add(trig);
    }
    for (TimeExpression x : cx.extraction().times()) {
      if (x.type() != TimexType.DATE) {
        continue;
      }
      boolean inside = false;
      for (int i : region) {
        Span s = t.tokens().get(i).span();
        if (s.start() < x.span().end() && x.span().start() < s.end()) {
          inside = true;
          break;
        }
      }
      if (!inside) {
        continue;
      }
      String v = x.value();
      if (v.matches("\\d{4}-\\d{2}-\\d{2}.*")) {
        return new String[] {v.substring(0, 10), "DAY"};
      } else if (v.matches("\\d{4}-W\\d{2}")) {
        return new String[] {v, "WEEK"};
      } else if (v.matches("\\d{4}-\\d{2}")) {
        return new String[] {v, "MONTH"};
      } else if (v.matches("\\d{4}")) {
        return new String[] {v, "YEAR"};
      }
    }
    if (cx.article().published() != null) {
      return new String[] {cx.article().published().toString(), "PUBLICATION"};
    }
    return new String[] {null, "UNKNOWN"};
  }

  private String[] place(Context cx, Tree t, int trig) {
    List<Integer> cands = new ArrayList<>();
    int c = clauseHead(t, trig);
    for (int h : new int[] {trig, c}) {
      for (int x : t.children(h)) {
        if ((t.rel(x).startsWith("obl") || t.rel(x).startsWith("nmod"))
            && Set.of("in", "at", "near", "across", "inside").contains(t.caseOf(x))) {
          cands.add(x);
        }
      }
    }
    for (int x : cands) {
      List<String> names = new ArrayList<>();
      List<Integer> all = new ArrayList<>();
      all.add(x);
      all.addAll(t.children(x, "conj"));
      for (int y : all) {
        String m = locationAt(cx, t.tokens().get(y).span());
        if (m != null && !names.contains(m)) {
          names.add(m);
        }
      }
      if (!names.isEmpty()) {
        return new String[] {String.join(", ", names), "CLAUSE"};
      }
    }
    String d = cx.article().dateline();
    if (d != null && !d.isBlank()) {
      return new String[] {d.trim(), "DATELINE"};
    }
    return new String[] {null, "NONE"};
  }

  private static String locationAt(Context cx, Span s) {
    for (Mention m : cx.annotation().mentions()) {
      if (m.type() == EntityType.LOCATION
          && m.span().start() <= s.start()
          && s.end() <= m.span().end()) {
        return m.text();
      }
    }
    return null;
  }

  // ---------------------------------------------------------------- factuality

  private record Factual(Factuality value, Arg by) {}

  private Factual factuality(Context cx, Tree t, int trig, Arg source) {
    int x = trig;
    int c = clauseHead(t, trig);
    for (int h : new int[] {trig, c}) {
      if (t.hasChild(h, "advmod", NEG)
          || !t.children(h, "neg").isEmpty()
          || t.hasChild(h, "det", Set.of("no"))) {
        return new Factual(Factuality.NEGATED, null);
      }
    }
    Factual local = null;
    if (t.hasChild(c, "aux", Set.of("will", "shall", "'ll"))) {
      local = new Factual(Factuality.FUTURE, null);
    } else if (t.hasChild(c, "aux", MODAL)
        || t.hasChild(c, "mark", Set.of("if", "unless", "whether"))) {
      local = new Factual(Factuality.HYPOTHETICAL, null);
    } else if (c >= 0
        && t.head(c) >= 0
        && "xcomp".equals(t.rel(c))
        && PLAN.contains(t.lemma(t.head(c)))) {
      local = new Factual(Factuality.FUTURE, null);
    }
    Factual claimed = null;
    for (int a : t.children(trig)) {
      if ("amod".equals(t.rel(a)) && CLAIM_ADJ.contains(t.lemma(a))) {
        claimed = new Factual(Factuality.CLAIMED, null);
      }
    }
    x = trig;
    boolean claimPending = false;
    for (int k = 0; k < 8 && x >= 0 && t.head(x) >= 0; k++) {
      int h = t.head(x);
      String r = t.rel(x);
      String hl = t.lemma(h);
      boolean complement =
          "ccomp".equals(r)
              || "parataxis".equals(r)
              || r.startsWith("advcl")
              || "xcomp".equals(r)
              || r.startsWith("obl")
              || "obj".equals(r)
              || r.startsWith("nmod")
              || "acl".equals(r);
      if (complement
          && t.isVerb(h)
          && (DENY.contains(hl)
              || DISPUTE.contains(hl) && !"obj".equals(r)
              || "reject".equals(hl)
              || "dismiss".equals(hl))) {
        Arg by = firstArg(cx, t, subjects(t, h, 0));
        return new Factual(DENY.contains(hl) ? Factuality.DENIED : Factuality.DISPUTED, by);
      }
      if (complement && !"obj".equals(r) && t.isVerb(h) && SAY.contains(hl) && h != trig) {
        Arg by = firstArg(cx, t, subjects(t, h, 0));
        if (by != null && !by.coded().code().equals(source.coded().code())) {
          return new Factual(Factuality.CLAIMED, by);
        }
        if (by == null && t.rel(h).startsWith("acl")) {
          claimPending = true; // "a statement accusing X of ...": look further up for who
        }
      }
      if (claimPending && t.isVerb(h) && !SAY.contains(hl)) {
        Arg by = firstArg(cx, t, subjects(t, h, 0));
        if (by != null && !by.coded().code().equals(source.coded().code())) {
          return new Factual(Factuality.CLAIMED, by);
        }
      }
      x = h;
    }
    if (claimPending) {
      return new Factual(Factuality.CLAIMED, null);
    }
    if (local != null) {
      return local;
    }
    if (claimed != null) {
      return claimed;
    }
    return new Factual(Factuality.ASSERTED, null);
  }

  private Arg firstArg(Context cx, Tree t, List<Integer> heads) {
    List<Arg> a = args(cx, t, heads);
    return a.isEmpty() ? null : a.get(0);
  }

  // ---------------------------------------------------------------- quotes

  private void quoteEvents(Context cx, Map<String, Event> out) {
    Set<Span> triggers = new HashSet<>();
    for (Event e : out.values()) {
      triggers.add(e.triggerSpan());
    }
    for (Quote q : cx.extraction().quotes()) {
      if (q.speaker() == null
          || q.verbSpan() == null
          || q.sentence() < 0
          || q.sentence() >= cx.annotation().sentences().size()) {
        continue;
      }
      int si = cx.annotation().sentenceAt(q.verbSpan().start());
      if (si < 0) {
        continue;
      }
      Tree t = new Tree(cx.annotation().sentences().get(si));
      int v = -1;
      for (int i = 0; i < t.size(); i++) {
        if (t.tokens().get(i).span().start() == q.verbSpan().start()) {
          v = i;
        }
      }
      if (v < 0 || triggers.contains(t.tokens().get(v).span())) {
        continue;
      }
      Optional<VerbForm> f = verbs.form(List.of(Phrases.token(t.lemma(v))));
      if (f.isEmpty()) {
        continue;
      }
      String code = f.get().code().code();
      if (code == null || !code.matches("(02|10|11|13)[0-9]{0,2}")) {
        continue;
      }
      Optional<ActorCoder.Coded> sc = Optional.empty();
      ArticleEntity se = null;
      if (q.speaker().entity() != null) {
        for (ArticleEntity e : cx.extraction().entities()) {
          if (e.key().equals(q.speaker().entity())) {
            se = e;
            sc = actors.code(e, cx.date());
          }
        }
      }
      if (sc.isEmpty()) {
        sc = actors.code(List.of(q.speaker().name().split("\\s+")), cx.date());
      }
      if (sc.isEmpty()) {
        continue;
      }
      Arg s =
          new Arg(
              sc.get(),
              se == null ? null : se.key(),
              q.speaker().span(),
              cx.article().body().substring(q.speaker().span().start(), q.speaker().span().end()));
      List<Arg> tg = args(cx, t, t.exact(v, "obj"));
      Arg g = tg.isEmpty() ? quoteTarget(cx, q, s) : tg.get(0);
      if (g == null || g.coded().code().equals(s.coded().code())) {
        continue;
      }
      Event base = build(cx, t, v, code, s, g);
      if (base == null) {
        continue;
      }
      Span ev =
          new Span(
              Math.min(q.span().start(), q.verbSpan().start()),
              Math.max(q.span().end(), q.verbSpan().end()));
      Event e =
          new Event(
              base.id(),
              base.articleId(),
              base.sentence(),
              base.cameo(),
              base.root(),
              base.plover(),
              base.ploverMode(),
              base.goldstein(),
              base.quad(),
              base.source(),
              base.target(),
              base.date(),
              base.datePrecision(),
              base.place(),
              base.placePrecision(),
              Factuality.ASSERTED,
              null,
              base.trigger(),
              base.triggerSpan(),
              ev);
      out.putIfAbsent("q|" + q.span() + "|" + code, e);
    }
  }

  private Arg quoteTarget(Context cx, Quote q, Arg source) {
    for (Sentence s : cx.annotation().sentences()) {
      if (s.span().end() <= q.span().start() || s.span().start() >= q.span().end()) {
        continue;
      }
      List<String> words = new ArrayList<>();
      List<Token> toks = new ArrayList<>();
      for (Token k : s.tokens()) {
        if (k.span().start() >= q.span().start() && k.span().end() <= q.span().end()) {
          words.add(k.text());
          toks.add(k);
        }
      }
      for (int i = 0; i < words.size(); i++) {
        Optional<ActorCoder.Coded> c = actors.code(words.subList(i, words.size()), cx.date());
        if (c.isPresent() && !c.get().code().equals(source.coded().code())) {
          Token a = toks.get(i + c.get().start());
          Token b = toks.get(i + Math.max(c.get().start(), c.get().end() - 1));
          Span sp = new Span(a.span().start(), b.span().end());
          return new Arg(c.get(), null, sp, cx.article().body().substring(sp.start(), sp.end()));
        }
      }
    }
    return null;
  }

  @Override
  public String toString() {
    return "EventCoder["
        + verbs.forms().size()
        + " verb forms, "
        + nouns.forms().size()
        + " noun forms]"
        + Locale.ROOT.getLanguage().substring(0, 0);
  }
}
