package org.annalist.extract.coder;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
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
import org.annalist.extract.actor.VerbMatch;
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
  private static final Set<String> PARTICIPANT_PREPS =
      Set.of(
          "against", "with", "on", "to", "at", "toward", "towards", "upon", "into", "for", "of",
          "between", "from", "near", "among", "by", "");

  /** Prepositions that name the other side of an interaction ("a row with X"). */
  private static final Set<String> COUNTERPART_PREPS = Set.of("with", "against", "between");

  /** Prepositions that name a companion of the doer ("fought alongside X"), never the target. */
  private static final Set<String> COMPANION_PREPS = Set.of("alongside", "beside");

  /** Nouns that place something near a place: "in the vicinity of X" is "near X". */
  private static final Set<String> NEAR_NOUNS =
      Set.of("vicinity", "outskirts", "environs", "neighbourhood", "neighborhood", "proximity");

  /** Prepositions of time: what they name is when, never who. */
  private static final Set<String> TEMPORAL_PREPS =
      Set.of("since", "until", "till", "during", "before", "after");

  private static final Set<String> LOCATIVE_PREPS =
      Set.of("in", "inside", "within", "across", "throughout");
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

  /**
   * Verbs whose complement states an event that does not happen: "refuse/fail/decline to V",
   * "prevent/stop/bar X from V-ing" (TABARI/PETRARCH code no event there).
   */
  private static final Set<String> PREVENT =
      Set.of(
          "prevent",
          "stop",
          "bar",
          "ban",
          "block",
          "deter",
          "prohibit",
          "forbid",
          "refuse",
          "fail",
          "decline",
          "avoid",
          "keep",
          "restrain",
          "dissuade",
          "halt",
          "thwart",
          "preclude");

  /** Of {@link #PREVENT}, those that negate only a "from V-ing" complement ("keep X from ..."). */
  private static final Set<String> PREVENT_FROM_ONLY = Set.of("keep", "stop", "ban", "bar");

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
  private final boolean dyadsOnly;

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
    this(actors, verbs, nouns, cameo, plover, false, true);
  }

  private EventCoder(
      ActorCoder actors,
      VerbDictionary verbs,
      VerbDictionary nouns,
      Cameo cameo,
      Plover plover,
      boolean unknownCodes,
      boolean dyadsOnly) {
    this.actors = Objects.requireNonNull(actors, "actors");
    this.verbs = Objects.requireNonNull(verbs, "verbs");
    this.nouns = Objects.requireNonNull(nouns, "nouns");
    this.cameo = Objects.requireNonNull(cameo, "cameo");
    this.plover = Objects.requireNonNull(plover, "plover");
    this.unknownCodes = unknownCodes;
    this.dyadsOnly = dyadsOnly;
  }

  /**
   * This coder, but keeping events whose code the CAMEO codebook does not know (test dictionaries
   * such as PETRARCH's validation set use codes like 901 or 345): they get Goldstein 0, QuadClass 1
   * and no PLOVER category. For evaluating coder logic only; such events must not be stored. Codes
   * that are not 2–4 digits ("174K") are still left out, as {@link Event} cannot hold them.
   */
  public EventCoder keepingUnknownCodes() {
    return new EventCoder(actors, verbs, nouns, cameo, plover, true, dyadsOnly);
  }

  /**
   * This coder, but also coding events whose verb names no target, with target {@code null}
   * (PETRARCH's {@code require_dyad = False}: "a senior official said" → {@code ---GOV} {@code ---}
   * 023). By default only roots that need no target (14, 15, 18–20) are coded without one.
   */
  public EventCoder notRequiringDyads() {
    return new EventCoder(actors, verbs, nouns, cameo, plover, unknownCodes, false);
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
      Set<Integer> verbWords = new HashSet<>(); // the other words of multi-word verbs
      for (int i = 0; i < t.size(); i++) {
        if (t.isVerb(i) && !verbWords.contains(i)) {
          verbEvents(cx, t, i, consumed, verbWords, out);
        }
      }
      for (int i = 0; i < t.size(); i++) {
        if (t.pos(i).startsWith("NN") && !consumed.contains(i)) {
          nounEvents(cx, t, i, out);
        }
      }
    }
    framed(cx, out);
    quoteEvents(cx, out);
    denials(cx, out);
    return uniqueIds(out.values());
  }

  /**
   * Actions stated under an intent, appeal, demand, refusal or threat ({@link Frames}): "the
   * Taliban refused to negotiate with the government" is a rejection (125) by the Taliban, "agreed
   * to release prisoners" an intent to release (0353), "urged the Taliban to cut ties with
   * al-Qaeda" an appeal (020) and no cutting of ties. The framing verb's own event, when its code
   * is its category's generic one, takes the parallel code of the action; when the verb codes no
   * event of its own (refuse, decline, threaten, agree without a pattern), one is made at it with
   * the action's actors. Either way the action itself, which has not happened, is dropped.
   */
  private void framed(Context cx, Map<String, Event> out) {
    Map<Integer, Sentence> sentences = new HashMap<>();
    for (Sentence s : cx.annotation().sentences()) {
      sentences.put(s.index(), s);
    }
    Map<Integer, Tree> trees = new HashMap<>(); // only of sentences with events
    for (Event e : new ArrayList<>(out.values())) {
      Sentence sentence = sentences.get(e.sentence());
      Tree t =
          sentence == null ? null : trees.computeIfAbsent(e.sentence(), k -> new Tree(sentence));
      int v = t == null ? -1 : tokenAt(t, e.triggerSpan());
      int g = v < 0 ? -1 : framing(t, v);
      if (g < 0) {
        continue;
      }
      Frames.Frame f = Frames.of(t.lemma(g));
      Span at = t.tokens().get(g).span();
      List<String> frameKeys = new ArrayList<>();
      for (Map.Entry<String, Event> x : out.entrySet()) {
        Event fe = x.getValue();
        if (fe.sentence() == e.sentence() && fe.triggerSpan().equals(at) && fe != e) {
          frameKeys.add(x.getKey());
        }
      }
      String code = Frames.parallel(f, e.cameo());
      if (!frameKeys.isEmpty()) {
        for (String k : frameKeys) {
          Event fe = out.get(k);
          if (code != null && f.generic().equals(fe.cameo())) {
            Event r =
                rebuilt(
                    cx, t, g, code, fe.source(), fe.target() != null ? fe.target() : e.target());
            if (r != null) {
              out.put(k, r);
            }
          }
        }
        out.values().remove(e);
      } else if (code != null
          && e.target() != null
          && (f == Frames.Frame.REJECT || f == Frames.Frame.INTENT || f == Frames.Frame.THREATEN)) {
        Event r = rebuilt(cx, t, g, code, e.source(), e.target());
        if (r != null) {
          out.values().remove(e);
          out.putIfAbsent(e.sentence() + "|" + r.triggerSpan() + "|" + code + "|framed", r);
        }
      }
    }
  }

  /** The verb that frames the action at {@code v}, or -1: "refused to V", "insisted on N". */
  private static int framing(Tree t, int v) {
    int h = t.head(v);
    if (h < 0 || !t.isVerb(h) || Frames.of(t.lemma(h)) == null) {
      return -1;
    }
    String r = t.rel(v);
    if (t.isVerb(v)) {
      boolean to = t.hasChild(v, "mark", Set.of("to"));
      if ("xcomp".equals(r) || r.startsWith("advcl") && to) {
        return h;
      }
      if ("ccomp".equals(r) && Frames.of(t.lemma(h)) == Frames.Frame.DEMAND) {
        return h; // "demanded that X release ..."
      }
      return -1;
    }
    if (t.isNoun(v)
        && (r.startsWith("obl") || r.startsWith("nmod"))
        && Set.of("on", "for").contains(t.caseOf(v))) {
      return h; // "insisted on the release of", "called for a ceasefire"
    }
    return -1;
  }

  private static int tokenAt(Tree t, Span span) {
    for (int i = 0; i < t.size(); i++) {
      if (t.tokens().get(i).span().equals(span)) {
        return i;
      }
    }
    return -1;
  }

  /** An event at {@code trig} with {@code code} and these actors (null if the code is unknown). */
  private Event rebuilt(
      Context cx, Tree t, int trig, String code, EventActor source, EventActor target) {
    return build(cx, t, trig, code, arg(source), arg(target));
  }

  private static Arg arg(EventActor a) {
    return a == null
        ? null
        : new Arg(
            new ActorCoder.Coded(a.code(), a.name(), -1, -1, List.of(a.code())),
            a.entity(),
            a.span(),
            a.text(),
            true,
            false);
  }

  /** What a denial's object may name when it refers back to claims ("rejected the allegations"). */
  private static final Set<String> CLAIM_NOUNS =
      Set.of(
          "allegation",
          "accusation",
          "charge",
          "claim",
          "report",
          "involvement",
          "responsibility",
          "role");

  /** Agents of a state: a spokesman of a state's forces answers for the state. */
  private static final Set<String> ANSWERING_AGENTS =
      Set.of("", "GOV", "MIL", "POL", "SPY", "JUD", "LEG", "ELI", "PTY");

  /**
   * Denials of claims made elsewhere in the article: when a party denies or rejects allegations,
   * charges, claims or its involvement ("a spokesman for X rejected as false the allegations"),
   * every event the article reports as someone else's claim with that party (or its state) as the
   * doer gets a second mention, {@link Factuality#DENIED} by the party, with the denial as
   * evidence. Linking then marks the happening disputed, with both sides.
   */
  private void denials(Context cx, Map<String, Event> out) {
    List<Event> claimed = new ArrayList<>();
    for (Event e : out.values()) {
      if (e.factuality() == Factuality.CLAIMED && e.assertedBy() != null) {
        claimed.add(e);
      }
    }
    if (claimed.isEmpty()) {
      return;
    }
    for (Sentence sentence : cx.annotation().sentences()) {
      Tree t = new Tree(sentence);
      for (int h = 0; h < t.size(); h++) {
        String lemma = t.lemma(h);
        if (!t.isVerb(h) || !(DENY.contains(lemma) || DISPUTE.contains(lemma))) {
          continue;
        }
        if ("call".equals(lemma)) {
          continue;
        }
        boolean ofClaims = false;
        for (int o : t.children(h)) {
          if ("nsubj:pass".equals(t.rel(o)) && CLAIM_NOUNS.contains(t.lemma(o))) {
            ofClaims = true; // "the allegations were rejected by ..."
          }
        }
        // the object, wherever the parser hangs it below the verb ("rejected as false
        // allegations they ..." is often parsed with the allegations inside the clause)
        for (int o : t.subtree(h, Set.of("nsubj", "csubj", "advcl", "parataxis", "conj"))) {
          if (o != h && t.isNoun(o) && CLAIM_NOUNS.contains(t.lemma(o))) {
            ofClaims = true;
          }
        }
        if (!ofClaims) {
          continue;
        }
        Arg denier = firstArg(cx, t, subjects(t, h, 0));
        if (denier == null) {
          continue;
        }
        String by = denier.coded().code();
        Token verb = t.tokens().get(h);
        for (Event e : claimed) {
          if (!answersFor(by, e.source().code()) || answersFor(by, e.assertedBy().code())) {
            continue;
          }
          Event d =
              new Event(
                  Event.idOf(
                      e.articleId(), sentence.index(), verb.span(), e.cameo() + "|deny|" + e.id()),
                  e.articleId(),
                  sentence.index(),
                  e.cameo(),
                  e.root(),
                  e.plover(),
                  e.ploverMode(),
                  e.goldstein(),
                  e.quad(),
                  e.source(),
                  e.target(),
                  e.date(),
                  e.datePrecision(),
                  e.place(),
                  e.placePrecision(),
                  Factuality.DENIED,
                  actor(denier),
                  verb.text(),
                  verb.span(),
                  sentence.span());
          out.putIfAbsent("deny|" + d.id(), d);
        }
      }
    }
  }

  /** Whether a party coded {@code party} answers for what {@code doer} is said to have done. */
  private static boolean answersFor(String party, String doer) {
    if (party.equals(doer)) {
      return true;
    }
    if (party.length() < 3 || doer.length() < 3 || party.startsWith("---")) {
      return false;
    }
    return party.substring(0, 3).equals(doer.substring(0, 3))
        && ANSWERING_AGENTS.contains(party.substring(3))
        && ANSWERING_AGENTS.contains(doer.substring(3));
  }

  /**
   * One event per id: of two events on one trigger and code whose actors differ only in that one
   * has an agent without a country ({@code ---GOV}) where the other names it ({@code AFGGOV}), the
   * specific one is kept; other actor pairs on one trigger get the pair into their id.
   */
  static List<Event> uniqueIds(java.util.Collection<Event> events) {
    Map<String, List<Event>> byId = new LinkedHashMap<>();
    for (Event e : events) {
      byId.computeIfAbsent(e.id(), k -> new ArrayList<>()).add(e);
    }
    List<Event> out = new ArrayList<>();
    for (List<Event> same : byId.values()) {
      List<Event> kept = new ArrayList<>();
      for (Event e : same) {
        boolean subsumed = false;
        for (Event o : same) {
          if (o != e && subsumes(o, e)) {
            subsumed = true;
            break;
          }
        }
        for (Event o : kept) {
          subsumed |= pair(o).equals(pair(e));
        }
        if (!subsumed) {
          kept.add(e);
        }
      }
      for (int i = 0; i < kept.size(); i++) {
        Event e = kept.get(i);
        out.add(
            i == 0
                ? e
                : e.withId(
                    Event.idOf(
                        e.articleId(), e.sentence(), e.triggerSpan(), e.cameo() + "|" + pair(e))));
      }
    }
    return List.copyOf(out);
  }

  private static String pair(Event e) {
    return e.source().code() + ">" + (e.target() == null ? "" : e.target().code());
  }

  /** Whether {@code a} says what {@code b} says with at least one actor more specific. */
  private static boolean subsumes(Event a, Event b) {
    boolean src = sameOrMoreSpecific(a.source().code(), b.source().code());
    String at = a.target() == null ? null : a.target().code();
    String bt = b.target() == null ? null : b.target().code();
    boolean tgt = at == null || bt == null ? at == bt : sameOrMoreSpecific(at, bt);
    boolean same = a.source().code().equals(b.source().code()) && java.util.Objects.equals(at, bt);
    return src && tgt && !same;
  }

  private static boolean sameOrMoreSpecific(String specific, String general) {
    if (specific.equals(general)) {
      return true;
    }
    return general.startsWith("---")
        && !specific.startsWith("---")
        && specific.endsWith(general.substring(3));
  }

  /**
   * What one article's coding reads: the article, its parse and extraction, and the day actors'
   * dated roles are read on ({@code on}; null: the publication date).
   */
  private record Context(
      Article article, Annotation annotation, Extraction extraction, LocalDate on) {
    Context(Article article, Annotation annotation, Extraction extraction) {
      this(article, annotation, extraction, null);
    }

    LocalDate date() {
      return on != null ? on : article.published();
    }

    /** This context with roles read on {@code day} (null: the publication date). */
    Context on(LocalDate day) {
      return Objects.equals(day, on) ? this : new Context(article, annotation, extraction, day);
    }
  }

  /**
   * A verb's code and the slots its pattern filled (-1 when none): target '+', compound '%', source
   * '$'.
   */
  private record Trigger(
      String code, String reverse, int target, int compound, int source, boolean reciprocal) {}

  // ---------------------------------------------------------------- verbs

  private void verbEvents(
      Context cx,
      Tree t,
      int v,
      Set<Integer> consumed,
      Set<Integer> verbWords,
      Map<String, Event> out) {
    String r = t.rel(v);
    if (r.startsWith("aux") || "cop".equals(r) || "amod".equals(r)) {
      return;
    }
    Optional<Trigger> tr = verbTrigger(t, v, consumed, verbWords);
    if (tr.isEmpty()) {
      return;
    }
    // a past participle modifying a noun is a reduced passive: "the agreement signed in X" is
    // what was signed, not who signed it
    boolean reduced = "acl".equals(r) && "VBN".equals(t.pos(v)) && t.head(v) >= 0;
    // a bare past participle with a "by" agent and no auxiliary is passive however the parser
    // attached it ("the text signed ... by X says ...", parsed with "text" as its subject)
    boolean bareByParticiple =
        "VBN".equals(t.pos(v))
            && t.children(v, "aux").isEmpty()
            && t.children(v, "obl").stream().anyMatch(c -> "by".equals(t.caseOf(c)));
    boolean passive =
        reduced
            || bareByParticiple
            || !t.children(v, "nsubj:pass").isEmpty()
            || !t.children(v, "aux:pass").isEmpty();
    if (tr.get().code().startsWith("084")
        && !passive
        && tr.get().target() < 0
        && t.exact(v, "obj").isEmpty()
        && t.exact(v, "iobj").isEmpty()) {
      // a return or release (084) is of someone or something: "X is returning to Qatar", with
      // nothing returned, is travel
      return;
    }
    List<Integer> sources = new ArrayList<>();
    List<Integer> targets = new ArrayList<>();
    if (passive) {
      for (int c : t.children(v, "obl")) {
        if ("obl:agent".equals(t.rel(c)) || "by".equals(t.caseOf(c))) {
          sources.add(c);
        }
      }
      if (!sources.isEmpty()) {
        for (int c : t.exact(v, "conj")) {
          if (t.isNoun(c) && "by".equals(t.caseOf(c))) {
            sources.add(
                c); // "signed by A and by B", the second agent parsed as the verb's conjunct
          }
        }
      }
      if (reduced) {
        targets.add(t.head(v));
      } else {
        targets.addAll(t.children(v, "nsubj:pass"));
        if (bareByParticiple) {
          targets.addAll(t.exact(v, "nsubj"));
        }
      }
    } else {
      sources.addAll(subjects(t, v, 0));
      if (tr.get().target() >= 0) {
        targets.add(tr.get().target());
      } else {
        for (int o : t.exact(v, "obj")) {
          if (!consumed.contains(o)) { // "carry out airstrikes": the pattern's word, no target
            targets.add(o);
          }
        }
        if (targets.isEmpty()) {
          targets.addAll(t.exact(v, "iobj"));
        }
        if (targets.isEmpty()) {
          for (int c : t.children(v, "obl")) {
            if (!"obl:tmod".equals(t.rel(c)) && TARGET_PREPS.contains(t.caseOf(c))) {
              targets.add(c);
              break;
            }
          }
        }
      }
    }
    if (passive
        && tr.get().reciprocal()
        && tr.get().target() < 0
        && reciprocalAgents(cx, t, v, tr.get().code(), sources, targets, out)) {
      return;
    }
    if (tr.get().source() >= 0) {
      sources = List.of(tr.get().source()); // "+ * MONEY $": the pattern names the source
    } else if (!passive) {
      sources = antecedents(cx, t, v, sources);
      if (tr.get().target() >= 0 && sources.contains(tr.get().target())) {
        // the pattern's '+' before the verb is its own subject ("NOTED + *": "X noted that Y
        // V-ed ..."): the source is the subject of the clause governing it
        sources = governingSubjects(t, v);
      }
    }
    if (!passive
        && tr.get().source() < 0
        && t.rel(v).startsWith("acl")
        && !"acl:relcl".equals(t.rel(v))
        && "to".equals(t.caseOf(v))
        && sources.equals(List.of(t.head(v)))) {
      // "the militants' commitment not to attack": the noun an infinitive modifies does the act
      // only when it is an actor itself ("the first country to recognise X"); else its possessor
      Arg a = arg(cx, t, t.head(v));
      if (a == null || !a.headed()) {
        sources = t.exact(t.head(v), "nmod:poss");
      }
    }
    int compound = tr.get().compound();
    if (compound > v && !args(cx, t, sources).isEmpty()) {
      // PETRARCH's '%' after the verb: each member of the conjoined phrase is a target
      targets = List.of(compound);
    } else if (!passive && tr.get().target() < 0) {
      targets = actorHeads(cx, t, targets, consumed);
      List<Arg> coded = args(cx, t, targets);
      Set<String> own = codes(args(cx, t, sources));
      coded.removeIf(a -> own.contains(a.coded().code()));
      if (coded.isEmpty()) {
        List<Integer> found = clauseTarget(cx, t, v, consumed, own);
        if (found.isEmpty() && !tr.get().code().startsWith("01")) {
          // a public statement (01) is about its complement, not addressed to its subject
          found = complementSubject(cx, t, v, consumed, own);
        }
        if (compound >= 0
            && compound < v
            && found.size() == 1
            && placeOfPatternWord(t, found.get(0), consumed)) {
          // "A and B signed the AGREEMENT in Pretoria": where they signed; they are each other's
          // counterparts
          found = List.of();
        }
        if (!found.isEmpty()) {
          targets = found;
          coded = args(cx, t, targets);
        }
      }
      if (compound < 0
          && coded.isEmpty()
          && tr.get().reciprocal()
          && tr.get().source() < 0
          && codes(args(cx, t, sources)).size() >= 2) {
        // a reciprocal action whose conjoined doers the '%' pattern could not reach: the
        // controller of a participle ("A and B agreed to stop fighting, signing a deal"), a
        // subject far before the verb
        List<Arg> members = args(cx, t, sources);
        for (Arg a : members) {
          for (Arg b : members) {
            if (a != b) {
              emitArgs(cx, t, v, tr.get().code(), List.of(a), List.of(b), out);
            }
          }
        }
        return;
      }
      if (compound >= 0 && compound < v && coded.isEmpty()) {
        // '%' before the verb with no target: the members act on each other ("A and B agree")
        List<Arg> members = args(cx, t, List.of(compound));
        for (Arg a : members) {
          for (Arg b : members) {
            if (a != b) {
              emitArgs(cx, t, v, tr.get().code(), List.of(a), List.of(b), out);
            }
          }
        }
        return;
      }
    }
    if (tr.get().code().startsWith("04") && !passive && tr.get().target() < 0) {
      targets =
          consultTargets(
              cx, t, v, targets, codes(args(cx, t, sources)), tr.get().code().startsWith("042"));
    }
    if (!passive) {
      targets = notOwnState(cx, t, v, targets, codes(args(cx, t, sources)));
    }
    emit(cx, t, v, tr.get().code(), sources, targets, out);
    String rev = tr.get().reverse();
    if (rev != null && rev.matches("[0-9]{2,4}") && !targets.isEmpty()) {
      emit(cx, t, v, rev, targets, sources, out); // [032:033]: the reverse event, target to source
    }
  }

  /**
   * A reciprocal action in the passive whose "by" agents are two or more parties ("the accord was
   * signed by A and B", "the text signed by A and by B"), and whose subject is no actor (the
   * document, the meeting): each party acts on each other, as a '%' pattern codes "A and B signed
   * the accord". False, coding nothing, when the agents name fewer than two different actors or the
   * subject is an actor ("Iran was met by A and B" keeps its target).
   */
  private boolean reciprocalAgents(
      Context cx,
      Tree t,
      int v,
      String code,
      List<Integer> agents,
      List<Integer> subjects,
      Map<String, Event> out) {
    if (agents.isEmpty()) {
      // no agent: the parties named "between A and B" on the verb or on what it acts on ("the
      // agreement signed yesterday between A and B")
      agents = new ArrayList<>();
      for (int c : t.children(v, "obl")) {
        if ("between".equals(t.caseOf(c))) {
          agents.add(c);
        }
      }
      for (int x : subjects) {
        for (int c : t.children(x, "nmod")) {
          if ("between".equals(t.caseOf(c))) {
            agents.add(c);
          }
        }
      }
      if (agents.isEmpty()) {
        return false;
      }
    }
    Context at = cx.on(roleDay(cx, t, v));
    List<Arg> parties = args(at, t, agents);
    Set<String> partyCodes = codes(parties);
    if (partyCodes.size() < 2) {
      return false;
    }
    for (Arg a : args(at, t, subjects)) {
      if (a.headed() && !partyCodes.contains(a.coded().code())) {
        return false; // an actor acted on, not a document or a meeting
      }
    }
    for (Arg a : parties) {
      for (Arg b : parties) {
        if (a != b) {
          emitArgs(at, t, v, code, List.of(a), List.of(b), out);
        }
      }
    }
    return true;
  }

  /** Prepositions that name the counterpart of a consultation ("talks with X", "between X"). */
  private static final Set<String> COUNTERPART_OF_CONSULT = Set.of("with", "between", "among");

  /** Prepositions that name the topic of a consultation ("talks on X", "about X"). */
  private static final Set<String> TOPIC_PREPS =
      Set.of("on", "about", "over", "regarding", "concerning");

  /**
   * The targets of a consultation (CAMEO 04: discuss, meet, host, negotiate): the counterpart is
   * the party named with "with", "between" or "among" anywhere in the verb's phrase ("discuss
   * issues related to Afghan peace talks with the Pakistan leadership" → Pakistan); without one,
   * the targets found otherwise less those that are the topic: an actor inside an "on/about/over"
   * phrase ("host talks on the Afghanistan peace process") or a bare country that only modifies
   * another noun ("discuss the Afghan Reconciliation Process"), an actor inside an object that is
   * no actor itself ("discuss the disarmament of the Tigrayan forces"), and, but for a visit (042),
   * a place named with "in" (the venue: "receive the prize in Oslo").
   */
  private List<Integer> consultTargets(
      Context cx, Tree t, int v, List<Integer> targets, Set<String> own, boolean visit) {
    for (int x : t.subtree(v, PHRASE_SKIP)) {
      if (x > v && t.isNoun(x) && COUNTERPART_OF_CONSULT.contains(t.caseOf(x))) {
        int h = actorHeadOf(cx, t, x);
        Arg a = h < 0 ? null : arg(cx, t, h);
        if (a != null && !own.contains(a.coded().code())) {
          return List.of(h);
        }
      }
    }
    List<Integer> out = new ArrayList<>();
    for (int x : targets) {
      Arg a = arg(cx, t, x);
      boolean topic = false;
      for (int y = x; y >= 0 && y != v; y = t.head(y)) {
        topic |= TOPIC_PREPS.contains(t.caseOf(y)) && t.head(y) != v;
        if (y != x
            && t.head(y) == v
            && "obj".equals(t.rel(y))
            && "NN".equals(t.pos(y))
            && ofPhrase(t, x, y)) {
          // "discuss the disarmament of the Tigrayan forces": an actor in an "of" phrase of a
          // singular object that is no actor itself is what is discussed ("met envoys of X" are
          // X's people; "memos from X" still come from a party)
          Arg o = arg(cx, t, y);
          topic |= o == null || !o.headed();
        }
      }
      boolean bareModifier =
          a != null && !a.headed() && a.coded().code().matches("[A-Z0-9]{3}") && t.isNoun(x);
      // "receive the prize in Oslo", "talks in Doha": the venue, not the counterpart; a visit
      // (042) goes to the place it names
      boolean venue = !visit && LOCATIVE_PREPS.contains(t.caseOf(x));
      if (!topic && !bareModifier && !venue) {
        out.add(x);
      }
    }
    return out;
  }

  /**
   * The targets less a country that is the source's own state, named in an "of" phrase of what the
   * verb acts on ("Washington will cut the size of the US force"): the state's own attribute, no
   * second party. An agent of it stays ("Britain withdrew some of its troops" → {@code GBRMIL}).
   */
  private List<Integer> notOwnState(
      Context cx, Tree t, int v, List<Integer> targets, Set<String> own) {
    List<Integer> out = new ArrayList<>();
    for (int x : targets) {
      boolean viaOf = false;
      for (int y = x; y >= 0 && y != v; y = t.head(y)) {
        viaOf |= "of".equals(t.caseOf(y)) && "nmod".equals(t.rel(y));
      }
      Arg a = viaOf ? arg(cx, t, x) : null;
      String k = a == null ? "" : a.coded().code();
      if (!(k.matches("[A-Z]{3}") && own.stream().anyMatch(o -> o.startsWith(k)))) {
        out.add(x);
      }
    }
    return out;
  }

  /** Whether the path from {@code x} up to {@code top} passes through an "of" phrase. */
  private static boolean ofPhrase(Tree t, int x, int top) {
    for (int y = x; y >= 0 && y != top; y = t.head(y)) {
      if ("of".equals(t.caseOf(y))) {
        return true;
      }
    }
    return false;
  }

  /** The head of the actor named in the phrase of {@code x} ("the Pakistan leadership"), or -1. */
  private int actorHeadOf(Context cx, Tree t, int x) {
    int h = actorHead(cx, t, x, Set.of());
    return h == -1 ? x : h;
  }

  private static Set<String> codes(List<Arg> args) {
    Set<String> out = new HashSet<>();
    for (Arg a : args) {
      out.add(a.coded().code());
    }
    return out;
  }

  /**
   * The target PETRARCH takes when a verb's pattern named none and its object codes no actor: the
   * first coded actor after the verb within its clause, reached from the verb through objects,
   * obliques and their nominal modifiers ("ties with X", "efforts of X", "shells at X"), never
   * through a nested clause, the subject or a circumstantial modifier ("in support of X", "over the
   * past days"). Returns the actor's head (whose conjuncts {@link #args} adds), or nothing.
   */
  private List<Integer> clauseTarget(
      Context cx, Tree t, int v, Set<Integer> consumed, Set<String> sourceCodes) {
    List<Integer> cands = new ArrayList<>();
    collectTargets(t, v, v, consumed, cands, 0);
    cands.sort(null);
    for (int c : cands) {
      if (consumed.contains(c) || !t.isNoun(c) || t.pos(c).startsWith("PRP")) {
        continue;
      }
      int h = actorHead(cx, t, c, consumed);
      if (h < 0) {
        continue;
      }
      Arg a = arg(cx, t, h);
      if (a != null
          && !sourceCodes.contains(a.coded().code())
          && !(a.coded().agentOnly() && belowParticiple(t, v, c))) {
        return List.of(h);
      }
    }
    return List.of();
  }

  /**
   * Whether {@code c} lies below a participle on the verb's object ("a deal obliging the
   * militants"): an actor there is a target only when it is named, not a bare agent.
   */
  private static boolean belowParticiple(Tree t, int v, int c) {
    for (int y = t.head(c); y >= 0 && y != v; y = t.head(y)) {
      if (t.isVerb(y) && ("acl".equals(t.rel(y)) || "dep".equals(t.rel(y)))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The subject of the verb's complement clause, when nothing nearer is a target: "X allowed that Y
   * is ...", "X demanded that Y withdraw" (PETRARCH takes the first actor of the verb phrase);
   * never the source's own country or group.
   */
  private List<Integer> complementSubject(
      Context cx, Tree t, int v, Set<Integer> consumed, Set<String> sourceCodes) {
    List<Integer> clauses = new ArrayList<>(t.exact(v, "ccomp"));
    for (int o : t.exact(v, "obj")) {
      if (consumed.contains(o)) { // "expressed HOPES that Y ...": the pattern noun's clause
        clauses.addAll(t.exact(o, "ccomp"));
        clauses.addAll(t.exact(o, "acl"));
      }
    }
    for (int c : clauses) {
      for (int s : t.children(c, "nsubj")) { // nsubj and nsubj:pass ("that Y could be drawn")
        Arg a = arg(cx, t, s);
        if (s > v && a != null && sourceCodes.stream().noneMatch(o -> sameActor(o, a))) {
          return List.of(s);
        }
      }
    }
    return List.of();
  }

  /**
   * Whether a code names the same country or group as an actor's ("USA" and "USAMIL"): a promise
   * that one's own troops will leave is no event between two actors.
   */
  private static boolean sameActor(String code, Arg a) {
    String b = a.coded().code();
    return code.length() >= 3 && b.length() >= 3 && code.substring(0, 3).equals(b.substring(0, 3));
  }

  private static void collectTargets(
      Tree t, int v, int x, Set<Integer> consumed, List<Integer> out, int depth) {
    if (depth > 6) {
      return;
    }
    for (int c : t.children(x)) {
      String r = t.rel(c);
      if (x == v
          && c > v
          && ("xcomp".equals(r) || r.startsWith("advcl"))
          && t.subtree(c, Set.of()).stream().anyMatch(consumed::contains)) {
        // the pattern reaches into the infinitive ("vowed to wage WAR on X"): its phrase is the
        // verb's own
        collectTargets(t, c, c, consumed, out, depth + 1);
        continue;
      }
      if (x == v && "dep".equals(r) && "VBN".equals(t.pos(c)) && c > v) {
        // a participle the parser left loose after the verb ("praised letters written by X",
        // with "letters" made its subject): read as the participle on the object it is
        collectTargets(t, v, c, consumed, out, depth + 1);
        continue;
      }
      if (x != v
          && "acl".equals(r)
          && ("VBN".equals(t.pos(c)) || "VBG".equals(t.pos(c)))
          && c > v) {
        // a participle on the object ("memos sent from X", "roads leading to X"): its
        // complements read on, as PETRARCH reads the words after the verb
        collectTargets(t, v, c, consumed, out, depth + 1);
        continue;
      }
      // below the verb, a participle on its object ("a march backing X") or a word of the
      // verb itself ("wire tapped the lines"), objects count as well as obliques
      boolean verbal = x == v || t.isVerb(x) || consumed.contains(x);
      boolean nominal =
          verbal
              ? "obj".equals(r) || "iobj".equals(r) || "obl".equals(r) || "nmod".equals(r)
              : "nmod".equals(r) || "obl".equals(r);
      if (nominal && c > v && !placeOfObject(t, v, x, c) && !TEMPORAL_PREPS.contains(t.caseOf(c))) {
        // a time ("met since the Nairobi declaration") is no party
        out.add(c);
        if ("obj".equals(r) || "iobj".equals(r) || participant(t, c, consumed)) {
          collectTargets(t, v, c, consumed, out, depth + 1);
        }
      }
    }
  }

  /** Whether {@code x} is a place named on a pattern word ("the AGREEMENT in Pretoria"). */
  private static boolean placeOfPatternWord(Tree t, int x, Set<Integer> consumed) {
    return LOCATIVE_PREPS.contains(t.caseOf(x)) && consumed.contains(t.head(x));
  }

  /**
   * Whether an oblique is the place where the verb acts on its object ("signed the deal in Doha",
   * "released prisoners in Kabul"): a locative preposition on a verb that has an object. Without an
   * object the place may be the target, as PETRARCH codes "arrived in X".
   */
  private static boolean placeOfObject(Tree t, int v, int x, int c) {
    boolean hasObject =
        !t.exact(v, "obj").isEmpty()
            // a passive's subject, or the noun a past participle modifies, is its object: "the
            // agreement signed in Pretoria" was signed there
            || !t.children(v, "nsubj:pass").isEmpty()
            || "acl".equals(t.rel(v)) && "VBN".equals(t.pos(v));
    return x == v && LOCATIVE_PREPS.contains(t.caseOf(c)) && hasObject;
  }

  /**
   * Whether a prepositional modifier links a participant ("with X", "of X", "at X", "by X") rather
   * than a circumstance ("in support of X", "over the past days"), or is or hangs off a pattern
   * word. An actor named right after a circumstantial preposition ("houses in X") still counts;
   * what lies below a circumstance's own noun does not.
   */
  private static boolean participant(Tree t, int c, Set<Integer> consumed) {
    return consumed.contains(c)
        || consumed.contains(t.head(c))
        || PARTICIPANT_PREPS.contains(t.caseOf(c))
        // the verb's own particle parsed as a preposition ("sealed off the roads")
        || t.children(c, "case").stream().anyMatch(consumed::contains);
  }

  /**
   * The head of the actor phrase that codes the phrase of {@code x}: in "the resumption of ties
   * with X", X; -1 when the phrase codes no actor; -2 when it codes one only through a
   * circumstantial modifier ("strikes in support of X"), which is no participant of the event.
   */
  private int actorHead(Context cx, Tree t, int x, Set<Integer> consumed) {
    if (COMPANION_PREPS.contains(t.caseOf(x))) {
      return -2; // "fought alongside X": X is on the doer's side, not the target
    }
    List<Integer> idx = t.subtree(x, PHRASE_SKIP);
    List<Integer> at = new ArrayList<>();
    List<String> words = words(t, idx, at);
    Optional<ActorCoder.Coded> c = actors.code(words, cx.date());
    if (c.isEmpty()) {
      return -1;
    }
    if (c.get().start() < 0) {
      return x;
    }
    List<Integer> matched = new ArrayList<>();
    for (int k = c.get().start(); k < c.get().end(); k++) {
      if (matched.isEmpty() || matched.get(matched.size() - 1) != (int) at.get(k)) {
        matched.add(at.get(k));
      }
    }
    Set<Integer> span = new HashSet<>(matched);
    int best = -1;
    for (int i : matched) {
      if (!span.contains(t.head(i))
          && t.isNoun(i)
          && (best < 0 || depthOf(t, i) < depthOf(t, best))) {
        best = i;
      }
    }
    if (best < 0) {
      return x;
    }
    // the whole noun phrase the actor modifies ("the Pakistan leadership"), within x's phrase
    int np = nominalHead(t, best);
    if (idx.contains(np)) {
      best = np;
    }
    int below = best;
    for (int y = best == x ? x : t.head(best); y != t.head(x) && y >= 0; y = t.head(y)) {
      String r = t.rel(y);
      boolean modifier = "nmod".equals(r) || r.startsWith("obl");
      if (modifier
          && y != best
          && !participant(t, y, consumed)
          && !COUNTERPART_PREPS.contains(t.caseOf(below))
          && !(NEAR_NOUNS.contains(t.lemma(y).toLowerCase(java.util.Locale.ROOT))
              && "of".equals(t.caseOf(below)))) {
        // below a circumstance's own noun: "in return for X guarantees"; but the other side of
        // an interaction it names is a party ("in a row with X", "in clashes with X"), and
        // "in the vicinity of X" is near X
        return -2;
      }
      below = y;
    }
    return best;
  }

  /**
   * Each head replaced by the head of the actor phrase inside it, when it codes one; heads whose
   * phrase codes an actor only through a circumstantial modifier are left out.
   */
  private List<Integer> actorHeads(Context cx, Tree t, List<Integer> heads, Set<Integer> consumed) {
    List<Integer> out = new ArrayList<>();
    for (int h : heads) {
      int a = actorHead(cx, t, h, consumed);
      if (a != -2) {
        out.add(a < 0 ? h : a);
      }
    }
    return out;
  }

  private static int depthOf(Tree t, int i) {
    int d = 0;
    for (int x = i; x >= 0 && d < 50; x = t.head(x)) {
      d++;
    }
    return d;
  }

  private Optional<Trigger> verbTrigger(
      Tree t, int v, Set<Integer> consumed, Set<Integer> verbWords) {
    String lemma = Phrases.token(t.lemma(v));
    // a multi-word verb as written around the verb ("wire tapped", "sealed off"), however the
    // parser attached its other words: they are the verb's, and the pattern reads around them
    int[] span = {v, v};
    Optional<VerbForm> form = multiWord(t, v, span);
    for (int k = span[0]; k <= span[1]; k++) {
      if (k != v) {
        consumed.add(k);
        verbWords.add(k);
      }
    }
    for (int p : form.isPresent() ? List.<Integer>of() : t.children(v, "compound:prt")) {
      form = verbs.form(List.of(lemma, Phrases.token(t.lemma(p))));
      if (form.isPresent()) {
        break;
      }
    }
    if (form.isEmpty()) {
      // the form as written first: a dictionary may give an inflected form its own block
      // (PETRARCH's "LEFT [032:033]" beside "LEAVE [012]")
      form = verbs.form(List.of(Phrases.token(t.tokens().get(v).text())));
    }
    if (form.isEmpty()) {
      form = verbs.form(List.of(lemma));
    }
    if (form.isEmpty()) {
      return Optional.empty();
    }
    String code = form.get().code().code();
    String reverse = form.get().code().reverse();
    int target = -1;
    int compound = -1;
    int source = -1;
    int best = 0;
    // after the verb: its whole phrase, a complement clause included ("allowed that X is a
    // really pleasant place"), as PETRARCH matches the verb phrase
    // (the subjects of clauses below it included: "praised letters written by X" where the
    // parser made "letters" the subject of "written"; only the verb's own subject is left out)
    Set<String> clauses = Set.of("parataxis", "advcl", "csubj");
    List<Integer> region = t.subtree(v, clauses);
    for (int c : t.children(v, "advcl")) {
      if (c > v && t.hasChild(c, "mark", Set.of("to"))) {
        region.addAll(t.subtree(c, clauses));
      }
    }
    for (int c : t.children(v, "nsubj")) {
      region.removeAll(t.subtree(c, Set.of()));
    }
    for (int c : t.exact(v, "xcomp")) {
      if (!t.isVerb(c) && !t.exact(v, "obj").isEmpty()) {
        // "called it a historic day for Colombia": a predicate of the object says what it is
        // called; its words are not the verb's ("call ... FOR +" is an appeal)
        region.removeAll(t.subtree(c, Set.of()));
      }
    }
    region.sort(null);
    List<Integer> after = new ArrayList<>();
    for (int i : region) {
      if (i > span[1]) {
        after.add(i);
      }
    }
    // words before the verb are read as written ("did n't clash", "Gondor and Osgiliath have
    // delayed"), nearest first, within the sentence
    List<Integer> before = new ArrayList<>();
    for (int i = span[0] - 1; i >= 0; i--) {
      before.add(i);
    }
    Set<Integer> subjects = new HashSet<>(subjects(t, v, 0));
    subjects.addAll(t.exact(v, "nsubj:pass"));
    List<Integer> bestUsed = List.of();
    for (VerbPattern p : verbs.patterns(form.get())) {
      List<Integer> used = new ArrayList<>();
      int[] slot = {-1, -1, -1};
      int score =
          match(t, p.after(), p.elements().get(p.verbIndex()), after, false, subjects, used, slot);
      if (score < 0) {
        continue;
      }
      List<PatternElement> b = new ArrayList<>(p.before());
      java.util.Collections.reverse(b);
      int[] bslot = {-1, -1, -1};
      int sb = match(t, b, p.elements().get(p.verbIndex()), before, true, subjects, used, bslot);
      if (sb < 0) {
        continue;
      }
      if (score + sb > best) {
        best = score + sb;
        code = p.code().code();
        reverse = p.code().reverse();
        target = slot[0] >= 0 ? slot[0] : bslot[0];
        compound = slot[1] >= 0 ? slot[1] : bslot[1];
        source = slot[2] >= 0 ? slot[2] : bslot[2];
        bestUsed = used;
      }
    }
    consumed.addAll(bestUsed);
    if (code == null || !code.matches("[0-9]{2,4}")) {
      return Optional.empty();
    }
    // the dictionary marks a reciprocal action by a '%' pattern with the same code ("A and B
    // signed an agreement", "A and B met"): its conjoined doers act on each other
    boolean reciprocal = false;
    for (VerbPattern p : verbs.patterns(form.get())) {
      if (code.equals(p.code().code())
          && p.elements().stream().anyMatch(e -> e.kind() == PatternElement.Kind.COMPOUND)) {
        reciprocal = true;
        break;
      }
    }
    return Optional.of(new Trigger(code, reverse, target, compound, source, reciprocal));
  }

  /**
   * The longest multi-word form of the verb dictionary written over the verb ("WIRE_+TAPPED",
   * "+CORDONED_OFF"), starting up to three words before it; {@code span} gets its first and last
   * token. Empty when no form of several words covers the verb.
   */
  private Optional<VerbForm> multiWord(Tree t, int v, int[] span) {
    List<String> toks = new ArrayList<>(t.size());
    for (int i = 0; i < t.size(); i++) {
      toks.add(Phrases.token(t.tokens().get(i).text()));
    }
    for (int s = Math.max(0, v - 3); s <= v; s++) {
      Optional<VerbMatch> m = verbs.verbAt(toks, s);
      if (m.isPresent() && m.get().length() > 1 && s + m.get().length() > v) {
        span[0] = s;
        span[1] = s + m.get().length() - 1;
        return Optional.of(m.get().form());
      }
    }
    return Optional.empty();
  }

  /**
   * Matches pattern elements over token indices (after the verb in order; before it nearest first,
   * with the elements reversed); returns the words matched, or -1 on failure. An element's
   * adjacency flag ties it to the element before it in the file, so in a reversed list it is read
   * off the element matched just before, the verb's own flag for the first. {@code slots[0]} gets
   * the target ('+'), {@code slots[1]} the head of a compound actor ('%'), {@code slots[2]} the
   * source ('$').
   */
  private int match(
      Tree t,
      List<PatternElement> els,
      PatternElement verb,
      List<Integer> toks,
      boolean reversed,
      Set<Integer> subjects,
      List<Integer> used,
      int[] slots) {
    int p = 0;
    int score = 0;
    PatternElement prev = verb;
    for (PatternElement e : els) {
      boolean adjacent = reversed ? prev.adjacent() : e.adjacent();
      switch (e.kind()) {
        case WORD, SYNSET -> {
          int limit = !adjacent ? Math.min(toks.size(), p + 8) : Math.min(toks.size(), p + 1);
          int found = -1;
          int len = 0;
          for (int q = p; q < limit && found < 0; q++) {
            len = matchesAt(t, e, toks, q, reversed);
            if (len > 0) {
              found = q;
            }
          }
          if (found < 0) {
            return -1;
          }
          for (int k = 0; k < len; k++) {
            used.add(toks.get(found + k));
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
          slots[e.kind() == PatternElement.Kind.TARGET ? 0 : 2] = nominalHead(t, toks.get(found));
          p = found + 1;
        }
        case COMPOUND -> {
          // a conjoined noun phrase ("Gondor and Osgiliath"): its members are source and target
          int found = -1;
          for (int q = p; q < Math.min(toks.size(), p + 8) && found < 0; q++) {
            int h = nominalHead(t, toks.get(q));
            if ("conj".equals(t.rel(h))) {
              h = t.head(h);
            }
            // before the verb the compound must be its subject ("A and B met"), or the "of"
            // phrase of its subject ("delegations of A and B met": each party's delegation)
            if (t.isNoun(toks.get(q))
                && !t.exact(h, "conj").isEmpty()
                && (!reversed
                    || subjects.contains(h)
                    || "nmod".equals(t.rel(h))
                        && "of".equals(t.caseOf(h))
                        && subjects.contains(t.head(h))
                        && !t.pos(t.head(h)).startsWith("NNP"))) {
              found = q;
              slots[1] = h;
            }
          }
          if (found < 0) {
            return -1;
          }
          p = found + 1;
          score += 1;
        }
        case SKIP -> {
          // '^': one noun phrase is passed over ("warned at ^ +": "at the capital of X")
          int found = -1;
          for (int q = p; q < Math.min(toks.size(), p + 8) && found < 0; q++) {
            if (t.isNoun(toks.get(q))) {
              found = q;
            }
          }
          if (found < 0) {
            return -1;
          }
          int h = nominalHead(t, toks.get(found));
          p = found + 1;
          while (p < toks.size() && t.isNoun(toks.get(p)) && nominalHead(t, toks.get(p)) == h) {
            p++;
          }
        }
        default -> {
          // the verb itself does not appear among the elements matched here
        }
      }
      prev = e;
    }
    return score;
  }

  private int matchesAt(Tree t, PatternElement e, List<Integer> toks, int q, boolean reversed) {
    if (e.kind() == PatternElement.Kind.WORD) {
      return wordIs(t, toks.get(q), e.text()) ? 1 : 0;
    }
    String name = e.text().replaceAll("_+$", "");
    if (!verbs.synsets().containsKey(name)) {
      return 0;
    }
    List<List<String>> phrases = new ArrayList<>(verbs.expand(name));
    phrases.sort((x, y) -> y.size() - x.size()); // the longest member first
    for (List<String> phrase : phrases) {
      if (q + phrase.size() > toks.size()) {
        continue;
      }
      boolean ok = true;
      for (int k = 0; k < phrase.size() && ok; k++) {
        // before the verb the tokens run backwards: a phrase is read from its last word
        String w = reversed ? phrase.get(phrase.size() - 1 - k) : phrase.get(k);
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

  /**
   * A third-person pronoun subject that codes no actor stands for the subject of the clause that
   * governs its own ("X indicated it deplored Y": it = X), as TABARI dereferences pronouns; other
   * subjects are returned as they are.
   */
  private List<Integer> antecedents(Context cx, Tree t, int v, List<Integer> subjects) {
    if (subjects.size() != 1
        || !"PRP".equals(t.pos(subjects.get(0)))
        || !Set.of("it", "they", "he", "she").contains(t.lemma(subjects.get(0)))
        || !args(cx, t, subjects).isEmpty()) {
      return subjects;
    }
    int x = v;
    for (int k = 0; k < 4 && t.head(x) >= 0; k++) {
      String r = t.rel(x);
      if (!("ccomp".equals(r) || r.startsWith("advcl") || "conj".equals(r))) {
        break;
      }
      x = t.head(x);
      List<Integer> up = subjects(t, x, 0);
      if (!up.isEmpty() && up.get(0) < subjects.get(0) && !args(cx, t, up).isEmpty()) {
        return up;
      }
    }
    return subjects;
  }

  /**
   * Whether a common-noun compound of the event noun {@code n} stands between the adjective {@code
   * a} and it: "Afghan peace talks" are talks on Afghan peace, the adjective names the topic's
   * country, not a party. A compound that is an actor word ("Afghan government talks") is none.
   */
  private boolean topicBetween(Context cx, Tree t, int a, int n) {
    for (int k : t.exact(n, "compound")) {
      if (a < k
          && k < n
          && t.pos(k).startsWith("NN")
          && !t.pos(k).startsWith("NNP")
          && actors.code(List.of(t.tokens().get(k).text()), cx.date()).isEmpty()) {
        return true;
      }
    }
    return false;
  }

  /**
   * The subjects of the nearest clause above {@code v} (through complement, adverbial and conjoined
   * clauses) that has one; empty when none.
   */
  private List<Integer> governingSubjects(Tree t, int v) {
    int x = v;
    for (int k = 0; k < 4 && t.head(x) >= 0; k++) {
      String r = t.rel(x);
      if (!("ccomp".equals(r) || r.startsWith("advcl") || "conj".equals(r) || "xcomp".equals(r))) {
        break;
      }
      x = t.head(x);
      List<Integer> up = subjects(t, x, 0);
      if (!up.isEmpty()) {
        return up;
      }
    }
    return List.of();
  }

  /** Subjects of a predicate: its own, else those of the clause that controls it. */
  private List<Integer> subjects(Tree t, int v, int depth) {
    List<Integer> s = new ArrayList<>(t.exact(v, "nsubj"));
    s.replaceAll(x -> afterDateline(t, x));
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
      if ("xcomp".equals(r)
          && t.exact(h, "nsubj").isEmpty()
          && !t.exact(h, "nsubj:pass").isEmpty()) {
        return t.exact(h, "nsubj:pass"); // "X was seen to break into Y", "X was urged to meet Y"
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

  /**
   * The subject the parser hid under a dateline it took for the subject ("NAIROBI — Military
   * commanders of A and B signed ...", parsed with "NAIROBI" as the subject and the real subject as
   * its dependent): a capitalised place word opening the sentence, followed by a dash or colon,
   * gives way to the noun after the dash that depends on it. Else {@code s} itself.
   */
  private static int afterDateline(Tree t, int s) {
    if (s > 4 || !t.pos(s).startsWith("NNP")) {
      return s;
    }
    String w = t.tokens().get(s).text();
    if (w.length() < 3 || !w.equals(w.toUpperCase(java.util.Locale.ROOT))) {
      return s;
    }
    int dash = -1;
    for (int i = s + 1; i < Math.min(t.size(), s + 6); i++) {
      String x = t.tokens().get(i).text();
      if (Set.of("—", "–", "--", "-", ":").contains(x)) {
        dash = i;
        break;
      }
    }
    if (dash < 0) {
      return s;
    }
    for (int c : t.children(s)) {
      if (c > dash && t.isNoun(c) && Set.of("dep", "appos", "parataxis").contains(t.rel(c))) {
        return c;
      }
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
    for (int c : form.isPresent() ? List.<Integer>of() : t.exact(n, "amod")) {
      form = nouns.form(List.of(Phrases.token(t.lemma(c)), lemma)); // "joint declaration"
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
              && Character.isUpperCase(t.tokens().get(c).text().charAt(0))
              && !topicBetween(cx, t, c, n)) {
        sources.add(c);
      }
    }
    if (sources.isEmpty() && t.exact(n, "det").isEmpty()) {
      int poss = chunkPossessor(t, n); // the parser may leave "their ... agreement" unattached
      if (poss >= 0) {
        sources.add(poss);
      }
    }
    sources.replaceAll(c -> t.pos(c).startsWith("PRP") ? possessor(cx, t, n) : c);
    sources.removeIf(c -> c < 0);
    for (int c : sources.isEmpty() ? t.exact(n, "acl") : List.<Integer>of()) {
      // "a joint statement issued by A and B": the agents of a support verb's participle, unless
      // the participle codes an event of its own ("the agreement signed by A and B")
      if ("VBN".equals(t.pos(c))
          && SUPPORT_VERBS.contains(t.lemma(c))
          && verbs.form(List.of(Phrases.token(t.lemma(c)))).isEmpty()) {
        for (int a : t.children(c, "obl")) {
          if ("by".equals(t.caseOf(a))) {
            sources.add(a);
          }
        }
      }
    }
    int h = t.head(n);
    if (sources.isEmpty()
        && h >= 0
        && ("obj".equals(t.rel(n)) || "nsubj:pass".equals(t.rel(n)))
        && SUPPORT_VERBS.contains(t.lemma(h))) {
      sources.addAll(subjects(t, h, 0));
    }
    if (sources.isEmpty() && "in".equals(t.caseOf(n)) && t.hasChild(n, "cop", Set.of("be"))) {
      sources.addAll(t.exact(n, "nsubj")); // "A and B have been in talks with X"
    }
    if (sources.isEmpty()
        && FIGHTING_ROOTS.contains(code.substring(0, 2))
        && reciprocal(cx, t, n, code, out)) {
      return;
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
    // a sole modifier actor with a target: "US airstrikes against X"; as for verbs, the target is
    // the actor inside the phrase, never one below a circumstance ("in support of X")
    List<Integer> tg = actorHeads(cx, t, targets, Set.of());
    if (reciprocalNoun(code) && args(cx, t, tg).isEmpty()) {
      // "A and B held talks", "A and B issued a joint declaration", "their agreement" of A and B:
      // the parties of an agreement or a consultation act on each other, as "%" patterns code
      // "A and B met"
      Context at = cx.on(roleDay(cx, t, n));
      List<Arg> parties = args(at, t, sources);
      if (codes(parties).size() >= 2) {
        for (Arg a : parties) {
          for (Arg b : parties) {
            if (a != b) {
              emitArgs(at, t, n, code, List.of(a), List.of(b), out);
            }
          }
        }
        return;
      }
    }
    emit(cx, t, n, code, sources, tg, out);
  }

  /**
   * Codes whose event nouns are reciprocal in nature: a consultation (04) other than a visit, a
   * hosting or a mediation (042, 043, 045), and a formal agreement (057). Their conjoined parties
   * act on each other.
   */
  private static boolean reciprocalNoun(String code) {
    return code.startsWith("04") && !Set.of("042", "043", "045").contains(code.substring(0, 3))
        || code.startsWith("057");
  }

  /**
   * Roots whose nouns code their "between A and B" parties: fighting. ("The agreement between A and
   * B", "talks between A and B" mostly recall an earlier event, not a new one.)
   */
  private static final Set<String> FIGHTING_ROOTS = Set.of("18", "19", "20");

  /**
   * An event noun whose parties are named "between A and B" ("clashes between the security forces
   * and Taliban insurgents"): each party acts on each other, as "%" patterns code conjoined
   * subjects. False when the phrase names fewer than two coded parties.
   */
  private boolean reciprocal(Context cx, Tree t, int n, String code, Map<String, Event> out) {
    for (int c : t.children(n, "nmod")) {
      if (!"between".equals(t.caseOf(c))) {
        continue;
      }
      Context at = cx.on(roleDay(cx, t, n));
      List<Arg> parties = args(at, t, List.of(c));
      if (parties.size() < 2) {
        return false;
      }
      for (Arg a : parties) {
        for (Arg b : parties) {
          if (a != b) {
            emitArgs(at, t, n, code, List.of(a), List.of(b), out);
          }
        }
      }
      return true;
    }
    return false;
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
  private int possessor(Context cx, Tree t, int n) {
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

  /**
   * A coded argument.
   *
   * @param headed whether the phrase's head word is itself the actor (a name, an agent, a pronoun
   *     or an entity): "the Taliban", "Afghan forces"; not "the Afghanistan peace process"
   * @param ofActor whether the phrase names a thing of the actor rather than the actor: a common
   *     noun with a complement whose code comes only from its possessor or a prepositional phrase
   *     ("Ethiopia's commitment to peace", "the end of the military mission")
   */
  private record Arg(
      ActorCoder.Coded coded,
      String entity,
      Span span,
      String text,
      boolean headed,
      boolean ofActor) {
    Arg with(ActorCoder.Coded c) {
      return new Arg(c, entity, span, text, headed, ofActor);
    }
  }

  private void emit(
      Context cx,
      Tree t,
      int trig,
      String code,
      List<Integer> srcHeads,
      List<Integer> tgtHeads,
      Map<String, Event> out) {
    Context at = cx.on(roleDay(cx, t, trig));
    emitArgs(at, t, trig, code, args(at, t, srcHeads), args(at, t, tgtHeads), out);
  }

  /**
   * The day the actors of an event at {@code trig} hold their roles: the clause's own date when it
   * names a day, month or year other than the publication's (the middle of a month or year), so
   * "President Bush announced in October 2001" codes Bush as he was then, not as the article's day
   * has him; else null (the publication date).
   */
  private LocalDate roleDay(Context cx, Tree t, int trig) {
    String[] d = date(cx, t, trig);
    if (d[0] == null) {
      return null;
    }
    try {
      LocalDate day =
          switch (d[1]) {
            case "DAY" -> LocalDate.parse(d[0]);
            case "MONTH" -> LocalDate.parse(d[0] + "-15");
            case "YEAR" -> LocalDate.parse(d[0] + "-07-01");
            default -> null;
          };
      return day == null || day.equals(cx.article().published()) ? null : day;
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private void emitArgs(
      Context cx,
      Tree t,
      int trig,
      String code,
      List<Arg> sources,
      List<Arg> targets,
      Map<String, Event> out) {
    // "Ethiopia's commitment to peace": a thing of an actor does nothing itself
    sources = sources.stream().filter(a -> !a.ofActor()).toList();
    if (sources.isEmpty()) {
      return;
    }
    String root = code.substring(0, 2);
    if (targets.isEmpty() && dyadsOnly && !NO_TARGET_ROOTS.contains(root)) {
      return;
    }
    List<Arg> tl = targets.isEmpty() ? java.util.Collections.singletonList(null) : targets;
    for (Arg s : sources) {
      for (Arg g : tl) {
        if (g != null && g.coded().code().equals(s.coded().code())) {
          continue;
        }
        Event e = build(cx, t, trig, code, s, g);
        String id0 = e == null ? null : e.id();
        if (e != null && out.values().stream().anyMatch(o -> o.id().equals(id0))) {
          // another actor pair on the same trigger and code: the pair joins the id's key
          e =
              e.withId(
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

  private List<Arg> args(Context cx, Tree t, List<Integer> heads) {
    List<Arg> out = new ArrayList<>();
    for (int h : heads) {
      List<Integer> all = new ArrayList<>();
      all.add(h);
      for (int c : t.children(h, "conj")) {
        all.add(c);
      }
      for (int x : all) {
        List<Arg> found = new ArrayList<>();
        Arg own = arg(cx, t, x);
        Arg shared = null;
        List<Integer> sharedIdx = null;
        if ((own == null || own.coded().agentOnly()) && x != h) {
          // an agent alone ("government") reads the first conjunct's shared modifiers too
          sharedIdx = sharedModifiers(t, h, x);
          shared = arg(cx, t, sharedIdx, x);
        }
        if (shared != null && (own == null || !shared.coded().agentOnly())) {
          found.add(shared);
          found.addAll(distributed(cx, t, sharedIdx, x));
        } else {
          found.add(own);
          found.addAll(distributed(cx, t, t.subtree(x, PHRASE_SKIP), x));
        }
        for (Arg b : found) {
          for (Arg a : b == null ? List.<Arg>of() : perCode(b)) {
            if (out.stream().noneMatch(o -> o.coded().code().equals(a.coded().code()))) {
              out.add(a);
            }
          }
        }
      }
    }
    return out;
  }

  /**
   * The words of a conjunct that names no actor by itself, read with the modifiers of the first
   * conjunct that belong to both: those before it ("Danish media and government" → "Danish
   * government") and those after the last conjunct ("lawmakers and officials in X" → "officials in
   * X").
   */
  private static List<Integer> sharedModifiers(Tree t, int first, int conj) {
    List<Integer> idx = new ArrayList<>();
    for (int c : t.children(first)) {
      String r = t.rel(c);
      boolean before =
          c < first
              && ("amod".equals(r)
                  || "compound".equals(r)
                  || "nmod:poss".equals(r)
                  || "det".equals(r));
      boolean after = c > conj && "nmod".equals(r);
      if (before || after) {
        idx.addAll(t.subtree(c, PHRASE_SKIP));
      }
    }
    for (int i : t.subtree(conj, PHRASE_SKIP)) {
      if (!"cc".equals(t.rel(i)) && !"punct".equals(t.rel(i))) {
        idx.add(i);
      }
    }
    idx.sort(null);
    return idx;
  }

  /**
   * A conjunction inside a phrase (the words {@code idx}, headed by {@code h}), distributed over
   * its head: "lawmakers in A and B" → lawmakers in A, lawmakers in B; "the ambassadors of A, B and
   * C" → one actor each (the first is the phrase's own).
   */
  private List<Arg> distributed(Context cx, Tree t, List<Integer> idx, int h) {
    List<Arg> out = new ArrayList<>();
    for (int y : idx) {
      List<Integer> conj = t.exact(y, "conj");
      if (y == h || conj.isEmpty() || !t.isNoun(y)) {
        continue;
      }
      Set<Integer> own = new HashSet<>(t.subtree(y, PHRASE_SKIP));
      for (int m : conj) {
        if (!t.isNoun(m)) {
          continue;
        }
        List<Integer> words = new ArrayList<>();
        for (int i : idx) {
          if (!own.contains(i)) {
            words.add(i);
          }
        }
        for (int i : t.subtree(m, PHRASE_SKIP)) {
          if (!"cc".equals(t.rel(i)) && !"punct".equals(t.rel(i))) {
            words.add(i);
          }
        }
        words.sort(null);
        Arg a = arg(cx, t, words, m);
        if (a != null) {
          out.add(a);
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
      out.add(a.with(new ActorCoder.Coded(code, c.name(), c.start(), c.end(), List.of(code))));
    }
    return out;
  }

  private Arg arg(Context cx, Tree t, int h) {
    return arg(cx, t, t.subtree(h, PHRASE_SKIP), h);
  }

  /**
   * The words of tokens {@code idx} as the actor dictionaries read them: a token joined with
   * underscores ("Dol_Amroth") is several words, as in PETRARCH's dictionaries. {@code at} gets
   * each word's token index.
   */
  private static List<String> words(Tree t, List<Integer> idx, List<Integer> at) {
    List<String> words = new ArrayList<>();
    for (int i : idx) {
      String w = t.tokens().get(i).text();
      String[] parts = w.length() > 2 ? w.split("_+") : new String[] {w};
      for (String p : parts) {
        if (!p.isEmpty()) {
          words.add(p);
          at.add(i);
        }
      }
      if (parts.length == 0 || String.join("", parts).isEmpty()) {
        words.add(w);
        at.add(i);
      }
    }
    return words;
  }

  /** The actor the words {@code idx} (token indices in order) name; {@code h} is their head. */
  private Arg arg(Context cx, Tree t, List<Integer> idx0, int h) {
    List<Integer> idx = idx0;
    List<String> words = words(t, idx, new ArrayList<>());
    List<Integer> mentionIdx = null; // the apposition alone, where the head names no actor
    int mentionHead = h;
    if (!t.exact(h, "appos").isEmpty()) {
      // "Chief of the Army Staff, General Bajwa": an agent alone takes its apposition's name
      Optional<ActorCoder.Coded> alone = actors.code(words, cx.date());
      if (alone.isEmpty() || alone.get().agentOnly()) {
        Set<String> skip = new HashSet<>(PHRASE_SKIP);
        skip.remove("appos");
        List<Integer> wide = new ArrayList<>(idx);
        for (int a : t.exact(h, "appos")) {
          wide.addAll(t.subtree(a, skip));
        }
        wide.sort(null);
        List<String> ws = words(t, wide, new ArrayList<>());
        Optional<ActorCoder.Coded> named = actors.code(ws, cx.date());
        if (named.isPresent() && !named.get().agentOnly()) {
          idx = wide;
          words = ws;
          if (alone.isEmpty() && t.exact(h, "appos").size() == 1) {
            // "the first time Washington ...": the head is no actor at all, the name is the
            // mention
            mentionHead = t.exact(h, "appos").get(0);
            mentionIdx = t.subtree(mentionHead, skip);
          }
        }
      }
    }
    List<Integer> named = titleThenName(cx, t, h, idx, words);
    if (named != null) {
      idx = named;
      words = words(t, idx, new ArrayList<>());
    }
    List<Integer> at = new ArrayList<>();
    words = surnamesMasked(cx, t, words(t, idx, at), at);
    ArticleEntity ent = entityAt(cx, t.tokens().get(h).span());
    Optional<ActorCoder.Coded> c = actors.code(words, cx.date());
    Set<Integer> coding = new HashSet<>();
    if (c.isPresent() && c.get().start() >= 0) {
      for (int k = c.get().start(); k < c.get().end() && k < at.size(); k++) {
        coding.add(at.get(k));
      }
    }
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
    if (c.isPresent() && c.get().agentOnly()) {
      c = Optional.of(withCountry(cx, t, idx, c.get()));
    }
    if (c.isEmpty()) {
      return null;
    }
    if (coding.isEmpty() && ent != null) {
      for (int i : idx) {
        if (entityAt(cx, t.tokens().get(i).span()) == ent) {
          coding.add(i); // the entity's own words gave the code
        }
      }
    }
    boolean headed =
        coding.contains(h)
            || t.pos(h).startsWith("PRP")
            || t.pos(h).startsWith("WP")
            || ent != null;
    if (ent != null) {
      for (int i : idx) {
        if (entityAt(cx, t.tokens().get(i).span()) == ent) {
          coding.add(i); // the person or group the head names is part of the mention
        }
      }
    }
    for (int i : idx) {
      ArticleEntity e = entityAt(cx, t.tokens().get(i).span());
      if (e != null && e != ent && !coding.contains(i)) {
        Optional<ActorCoder.Coded> ec = actors.code(e, cx.date());
        if (ec.isPresent() && ec.get().code().equals(c.get().code())) {
          coding.add(i); // "US Special Representative for ... Zalmay Khalilzad": the same actor
        }
      }
    }
    Span span =
        mentionIdx == null
            ? mention(t, idx, h, coding)
            : mention(t, mentionIdx, mentionHead, coding);
    String text = cx.article().body().substring(span.start(), span.end());
    String key = entityKey(cx, t, idx);
    return new Arg(c.get(), key, span, text, headed, !headed && ofActor(t, h, coding));
  }

  /**
   * Whether the common noun {@code h}, which is not itself the actor, names a thing of the actor
   * its possessor or prepositional phrase codes ("Ethiopia's commitment to peace", "the militants'
   * commitment not to attack", "the end of the military mission"): the noun takes a complement (a
   * prepositional phrase or an infinitive) and the coding words lie below a possessor or a
   * prepositional modifier, not in a compound or adjective ("Taliban prisoners" are Taliban).
   */
  private static final Set<String> COMPLEMENT_PREPS = Set.of("to", "toward", "towards");

  private static boolean ofActor(Tree t, int h, Set<Integer> coding) {
    if (!"NN".equals(t.pos(h)) || coding.isEmpty()) { // "thousands of X" are X
      return false;
    }
    boolean complement = false;
    boolean viaOwner = false;
    for (int c : t.children(h)) {
      String r = t.rel(c);
      boolean codes = t.subtree(c, Set.of()).stream().anyMatch(coding::contains);
      if ("nmod:poss".equals(r) || "nmod".equals(r) && !"for".equals(t.caseOf(c))) {
        viaOwner |= codes;
      } else if (codes) {
        return false; // "Taliban prisoners", "Afghan forces": the actor's own noun phrase
      }
      if ("nmod".equals(r) && !codes && COMPLEMENT_PREPS.contains(t.caseOf(c))
          || "acl".equals(r) && "to".equals(t.caseOf(c))) {
        complement = true; // "commitment to peace", "commitment not to attack"
      }
    }
    return complement && viaOwner;
  }

  /**
   * Relations of a noun's dependents that belong to its mention as an actor: determiner,
   * adjectives, compounds and flat names, a possessor, a number, an apposition or title.
   */
  private static final Set<String> MENTION_RELS =
      Set.of(
          "det",
          "det:predet",
          "amod",
          "compound",
          "flat",
          "flat:foreign",
          "fixed",
          "nmod:poss",
          "nummod",
          "appos",
          "case",
          "punct");

  /**
   * The span of the actor mention in the phrase {@code idx} headed by {@code h}: the noun phrase of
   * the coded actor — determiner, adjectives, name, possessor, title or apposition — without the
   * phrase's own preposition ("with the US" → "the US"), temporal modifiers ("the US military on
   * Monday"), adverbs, and prepositional or nominal modifiers that gave nothing to the code ("the
   * US Embassy in Kabul" → "the US Embassy"; "a spokesman for US forces" keeps its "for" phrase,
   * which gave the code). {@code coding} holds the tokens the code came from; a part of the phrase
   * not below {@code h} (a name the parser split from its title) counts only where it codes.
   */
  private static Span mention(Tree t, List<Integer> idx0, int h0, Set<Integer> coding) {
    List<Integer> idx = idx0;
    int h = h0;
    int owner = ownerBelow(t, idx0, h0, coding);
    if (owner >= 0) {
      // "the disarmament of the Tigrayan forces' heavy weapons": the head is a thing of the
      // actor; the mention is the actor's own phrase
      h = owner;
      Set<Integer> sub = new HashSet<>(t.subtree(owner, Set.of()));
      idx = idx0.stream().filter(sub::contains).toList();
    }
    Set<Integer> in = new HashSet<>(idx);
    Set<Integer> keep = new HashSet<>();
    for (int r : idx) {
      if (r != h && (in.contains(t.head(r)) || !below(t, r, in, coding))) {
        continue;
      }
      keep.add(r);
      keepMention(t, r, in, coding, keep, 0);
    }
    keep.addAll(coding.stream().filter(in::contains).toList());
    int lo = Integer.MAX_VALUE;
    int hi = -1;
    for (int i : keep) {
      lo = Math.min(lo, i);
      hi = Math.max(hi, i);
    }
    // a mention neither starts nor ends with punctuation or a bare preposition
    while (lo < hi && (keep.contains(lo) ? edgeWord(t, lo) : true) && !coding.contains(lo)) {
      lo++;
    }
    while (hi > lo && (keep.contains(hi) ? edgeWord(t, hi) : true) && !coding.contains(hi)) {
      hi--;
    }
    return new Span(t.tokens().get(lo).span().start(), t.tokens().get(hi).span().end());
  }

  /**
   * Where the head {@code h} is not part of the code, and every coding word hangs below one "of"
   * phrase of a noun of the phrase ("the disarmament of the Tigrayan forces' heavy weapons"), that
   * phrase's head, climbed only through its own compounds and adjectives; else -1. A possessor
   * keeps its head ("Ghani's administration", "his supporters" are the actor's own), and so does a
   * "for" phrase ("a spokesman for US forces": the spokesman speaks for them).
   */
  private static int ownerBelow(Tree t, List<Integer> idx, int h, Set<Integer> coding) {
    if (coding.isEmpty() || coding.contains(h) || !t.pos(h).startsWith("NN")) {
      return -1;
    }
    Set<Integer> in = new HashSet<>(idx);
    int owner = -1;
    for (int i : coding) {
      if (!in.contains(i)) {
        continue;
      }
      int y = i;
      while (y != h
          && in.contains(t.head(y))
          && Set.of("compound", "flat", "amod", "det", "fixed", "nummod", "case", "punct")
              .contains(t.rel(y))) {
        y = t.head(y);
      }
      int top = y;
      if ("nmod:poss".equals(t.rel(y)) && y != h) {
        // "of the Tigrayan forces' heavy weapons": the possessor, where its noun is an "of" phrase
        top = t.head(y);
        while (top != h
            && in.contains(t.head(top))
            && Set.of("compound", "flat", "amod", "det").contains(t.rel(top))) {
          top = t.head(top);
        }
      }
      boolean ownerEdge = "nmod".equals(t.rel(top)) && "of".equals(t.caseOf(top));
      if (y == h || top == h || !ownerEdge || owner >= 0 && owner != y) {
        return -1;
      }
      owner = y;
    }
    return owner;
  }

  /** Whether token {@code i} is punctuation or a preposition, which no mention begins or ends. */
  private static boolean edgeWord(Tree t, int i) {
    String r = t.rel(i);
    return "punct".equals(r) || "case".equals(r) && !"POS".equals(t.pos(i)) || "cc".equals(r);
  }

  /** Whether the phrase part rooted at {@code r} (within {@code in}) holds a coding token. */
  private static boolean below(Tree t, int r, Set<Integer> in, Set<Integer> coding) {
    for (int i : t.subtree(r, Set.of())) {
      if (in.contains(i) && coding.contains(i)) {
        return true;
      }
    }
    return false;
  }

  private static void keepMention(
      Tree t, int x, Set<Integer> in, Set<Integer> coding, Set<Integer> keep, int depth) {
    if (depth > 12) {
      return;
    }
    for (int c : t.children(x)) {
      if (!in.contains(c) && !"punct".equals(t.rel(c))) {
        continue;
      }
      String r = t.rel(c);
      boolean own =
          MENTION_RELS.contains(r)
              && !(depth == 0 && "case".equals(r))
              // "the first time Washington": a noun phrase of its own, not a compound of the name
              && !("compound".equals(r) && !t.exact(c, "det").isEmpty())
              // "FARC commanders responsible for serious crimes": an adjective after the noun
              // is a reduced relative clause, no part of the name
              && !("amod".equals(r) && c > x);
      if (own || below(t, c, in, coding)) {
        keep.add(c);
        keepMention(t, c, in, coding, keep, depth + 1);
      }
    }
  }

  /**
   * {@code words} with each agent word that is the surname of a person's name left blank (the last
   * word of the entity's mention, a proper noun after another): "the American Kevin King" is a man
   * named King, no king ({@code USAGOV}); a title before the name ("King Abdullah") stays.
   */
  private List<String> surnamesMasked(Context cx, Tree t, List<String> words, List<Integer> at) {
    List<String> out = new ArrayList<>(words);
    for (int k = 0; k < out.size(); k++) {
      Span s = t.tokens().get(at.get(k)).span();
      ArticleEntity pe = entityAt(cx, s);
      if (pe == null || pe.type() != EntityType.PERSON) {
        continue;
      }
      boolean surname = false;
      int i = at.get(k);
      for (Span m : pe.mentions()) {
        // the last word of the mention, a proper noun after another: "Kevin King"
        surname |=
            m.end() == s.end()
                && m.start() < s.start()
                && t.pos(i).startsWith("NNP")
                && i > 0
                && t.pos(i - 1).startsWith("NNP");
      }
      if (surname) {
        Optional<ActorCoder.Coded> alone = actors.code(List.of(out.get(k)), cx.date());
        if (alone.isPresent() && alone.get().agentOnly()) {
          out.set(k, "");
        }
      }
    }
    return out;
  }

  /** Agents of a state itself: a state rarely acts on these of its own. */
  private static final Set<String> STATE_AGENTS =
      Set.of("GOV", "MIL", "ELI", "LEG", "JUD", "COP", "SPY");

  /**
   * {@code a} back to {@code ---} when its country came from the context (dateline, a definite
   * phrase's referent) rather than a possessive, it is a state agent ("the army") and {@code b} is
   * that state or one of its state agents.
   */
  private Arg uncomposed(Context cx, Arg a, Arg b) {
    String k = a.coded().code().substring(0, 3);
    String rest = b.coded().code().length() >= 6 ? b.coded().code().substring(3, 6) : "";
    if (!b.coded().code().startsWith(k)
        || "---".equals(k)
        || !(rest.isEmpty() || STATE_AGENTS.contains(rest))
        || !STATE_AGENTS.contains(
            a.coded().code().substring(3, Math.min(6, a.coded().code().length())))) {
      return a; // "the Taliban accused the government": a state against its own insurgents
    }
    List<String> ws = List.of(a.text().split("\\s+"));
    for (String w : ws) {
      if (POSSESSIVES.contains(w.toLowerCase(Locale.ROOT)) || w.endsWith("'s")) {
        return a; // "Britain withdrew its troops": the owner the text names, not the dateline's
      }
    }
    Optional<ActorCoder.Coded> own = actors.code(ws, cx.date());
    if (own.isEmpty() || !own.get().agentOnly()) {
      return a;
    }
    return a.with(own.get());
  }

  /** First three letters of codes that are no state ("IGO", "NGO", ...). */
  private static final Set<String> NON_STATE =
      Set.of("---", "IGO", "NGO", "IMG", "MNC", "UIS", "UAF", "REB", "INS", "OPP");

  /**
   * An agent alone ("the army", "the government") composed with the country or group the context
   * gives. A possessive names it: "his/her" the person the article's pronoun resolution made of it,
   * "its/their" the nearest coded subject of a clause above, "whose" the noun its relative clause
   * modifies, "our/my" inside a quote the quote's speaker, and a definite noun as possessor ("the
   * alliance's troops") the one earlier actor whose names hold that noun. Else, when the phrase has
   * no number ("some 600 soldiers": people counted, not an institution), the dateline's country
   * when it is also the country the article's actors name most ("KABUL: ... the government" →
   * {@code AFGGOV}; a "DOHA" dateline over an Afghan story composes nothing), else a definite
   * phrase ("the government", "the insurgents") the one actor of that kind named earlier in the
   * article. Nothing is guessed where two fit. A country adjective elsewhere in the sentence is not
   * used: it mostly belongs to another actor ("an Italian-run hospital received wounded people",
   * "in the Kenyan capital").
   */
  private ActorCoder.Coded withCountry(Context cx, Tree t, List<Integer> idx, ActorCoder.Coded c) {
    boolean counted = false;
    for (int i : idx) {
      String p = t.pos(i);
      if ("PRP$".equals(p) || "WP$".equals(p) || "nmod:poss".equals(t.rel(i))) {
        int h = t.head(i);
        if (h < 0 || idx.contains(t.head(h)) && !"compound".equals(t.rel(h))) {
          return c; // "the army of its ally": the possessive owns another noun of the phrase
        }
        String base = possessorCode(cx, t, i);
        return base == null ? c : composed(c, base);
      }
      if (p.startsWith("PRP") || "nummod".equals(t.rel(i)) || "CD".equals(p)) {
        counted = true;
      }
    }
    if (counted) {
      return c;
    }
    String k = datelineCountry(cx);
    if (k == null) {
      String only = definiteReferent(cx, t, idx, c);
      return only == null ? c : composed(c, only);
    }
    return composed(c, k);
  }

  /**
   * {@code c}'s agents composed onto {@code base}: {@code ---MIL} on {@code ETH} is {@code ETHMIL},
   * an agent the base already holds is not repeated ({@code ---GOV} on {@code AFGGOV}).
   */
  private static ActorCoder.Coded composed(ActorCoder.Coded c, String base) {
    List<String> codes = new ArrayList<>();
    for (String x : c.codes()) {
      if (!x.startsWith("---")) {
        codes.add(x);
        continue;
      }
      String agent = x.substring(3);
      codes.add(segments(base).contains(agent) ? base : base + agent);
    }
    return new ActorCoder.Coded(codes.get(0), c.name(), c.start(), c.end(), codes);
  }

  /** A code's three-letter parts after the first ("AFGINSTAL" → INS, TAL). */
  private static List<String> segments(String code) {
    List<String> out = new ArrayList<>();
    for (int i = 3; i + 3 <= code.length(); i += 3) {
      out.add(code.substring(i, i + 3));
    }
    return out;
  }

  /** Codes of agents a person holds as officeholder: a person's side is the code without them. */
  private static final Set<String> OFFICE_AGENTS =
      Set.of("GOV", "MIL", "ELI", "LEG", "JUD", "COP", "SPY", "MED", "PTY", "OPP");

  /**
   * The country or group a person's code stands for: "USAGOV" (a president) is of {@code USA},
   * "COLREBFARGOV" (a rebel leader) of {@code COLREBFAR}.
   */
  private static String sideOf(String code) {
    String x = code;
    while (x.length() > 3 && OFFICE_AGENTS.contains(x.substring(x.length() - 3))) {
      x = x.substring(0, x.length() - 3);
    }
    return x;
  }

  /** The side an entity's code gives (a person's without its office), null when none. */
  private String sideOf(Context cx, ArticleEntity e) {
    if (e == null) {
      return null;
    }
    Optional<ActorCoder.Coded> c = actors.code(e, cx.date());
    if (c.isEmpty() || c.get().agentOnly()) {
      return null;
    }
    return e.type() == EntityType.PERSON ? sideOf(c.get().code()) : c.get().code();
  }

  /**
   * The code the possessor {@code p} of an agent stands for, null when the text does not determine
   * it.
   */
  private String possessorCode(Context cx, Tree t, int p) {
    String w = t.tokens().get(p).text().toLowerCase(Locale.ROOT);
    Span at = t.tokens().get(p).span();
    switch (w) {
      case "his", "her" -> {
        ArticleEntity e = entityAt(cx, at); // the person the pronoun resolution chose
        return e != null && e.type() == EntityType.PERSON ? sideOf(cx, e) : null;
      }
      case "our", "my" -> {
        for (Quote q : cx.extraction().quotes()) {
          if (q.speaker() != null && q.span().start() <= at.start() && at.end() <= q.span().end()) {
            ArticleEntity e = entityOf(cx, q.speaker().entity());
            return sideOf(cx, e != null ? e : entityAt(cx, q.speaker().span()));
          }
        }
        return null;
      }
      case "its", "their" -> {
        int s = possessor(cx, t, t.head(p) >= 0 ? t.head(p) : p);
        if (s < 0 || t.subtree(s, PHRASE_SKIP).contains(p)) {
          return null;
        }
        List<Arg> as = args(cx, t, List.of(s));
        return as.size() == 1 && !as.get(0).coded().agentOnly() ? as.get(0).coded().code() : null;
      }
      case "whose" -> {
        // the noun the relative clause follows ("Eritrea, whose troops"), however it is attached
        int j = p - 1;
        while (j >= 0 && ",".equals(t.pos(j))) {
          j--;
        }
        if (j < 0 || !t.isNoun(j)) {
          return null;
        }
        List<Arg> as = args(cx, t, List.of(nominalHead(t, j)));
        return as.size() == 1 && !as.get(0).coded().agentOnly() ? as.get(0).coded().code() : null;
      }
      default -> {
        if (!"nmod:poss".equals(t.rel(p)) || !t.isNoun(p) || !definite(t, p)) {
          return null;
        }
        // "the alliance's troops": the one actor named earlier whose names hold the noun
        String word = t.lemma(p).toUpperCase(Locale.ROOT);
        Set<String> fits = new HashSet<>();
        for (ArticleEntity e : cx.extraction().entities()) {
          if (e.type() != EntityType.PERSON
              && before(e, at.start())
              && actors.nameWords(e, cx.date()).contains(word)) {
            String side = sideOf(cx, e);
            if (side != null) {
              fits.add(side);
            }
          }
        }
        return fits.size() == 1 ? fits.iterator().next() : null;
      }
    }
  }

  /** Agents of armed groups: one of them may be called by another's name. */
  private static final Set<String> ARMED = Set.of("INS", "REB", "UAF", "SEP");

  /** Whether an agent is armed, or a code names an armed group ("AFGINSTAL", "IMGMOSALQ"). */
  private static boolean armed(String code) {
    if (code.length() == 3) {
      return ARMED.contains(code);
    }
    return code.startsWith("IMG") || segments(code).stream().anyMatch(ARMED::contains);
  }

  /** Whether the noun {@code n} has the definite article ("the alliance"). */
  private static boolean definite(Tree t, int n) {
    for (int d : t.exact(n, "det")) {
      if ("the".equalsIgnoreCase(t.tokens().get(d).text())) {
        return true;
      }
    }
    return false;
  }

  private static boolean before(ArticleEntity e, int offset) {
    for (Span m : e.mentions()) {
      if (m.end() <= offset) {
        return true;
      }
    }
    return false;
  }

  private static ArticleEntity entityOf(Context cx, String key) {
    if (key == null) {
      return null;
    }
    for (ArticleEntity e : cx.extraction().entities()) {
      if (key.equals(e.key())) {
        return e;
      }
    }
    return null;
  }

  /**
   * "the government", "the insurgents": a definite agent phrase stands for the one actor named
   * earlier with the same noun ("the Afghan government ... the government"), else the one actor of
   * its kind named earlier in the article: for a state's agent (government, army, ...) the one
   * state whose country, or an agent of it, was named; for insurgents or rebels the one armed
   * group; for another agent the one actor whose code holds that agent. Null when none or several
   * fit.
   */
  private String definiteReferent(Context cx, Tree t, List<Integer> idx, ActorCoder.Coded c) {
    int head = -1;
    for (int i : idx) {
      if (t.isNoun(i) && (head < 0 || !idx.contains(t.head(i)))) {
        head = i;
      }
    }
    if (head < 0 || !definite(t, head) || c.codes().size() != 1) {
      return null;
    }
    String agent = c.code().substring(3);
    if (agent.length() != 3) {
      return null;
    }
    int at = t.tokens().get(idx.get(0)).span().start();
    String named = sameNounNamed(cx, t.lemma(head), agent, at);
    if (named != null) {
      return named;
    }
    Set<String> fits = new HashSet<>();
    for (ArticleEntity e : cx.extraction().entities()) {
      if (!before(e, at)) {
        continue;
      }
      String side = sideOf(cx, e);
      if (side == null || side.length() < 3) {
        continue;
      }
      String k = side.substring(0, 3);
      if (STATE_AGENTS.contains(agent)) {
        boolean state = !NON_STATE.contains(k);
        for (String g : segments(side)) {
          state &= STATE_AGENTS.contains(g);
        }
        if (state) {
          fits.add(k); // a group of a state ("AFGINSTAL") is not of the kind
        }
      } else if (segments(side).contains(agent) || armed(agent) && armed(side)) {
        fits.add(side); // "the insurgents": any armed group is a candidate, not only INS codes
      }
    }
    return fits.size() == 1 ? fits.iterator().next() : null;
  }

  /**
   * "the Afghan government ... the government": the one code that phrases with the same noun {@code
   * lemma} named earlier in the article (before {@code offset}) give with {@code agent} ("AFGGOV");
   * null when none or several.
   */
  private String sameNounNamed(Context cx, String lemma, String agent, int offset) {
    Set<String> fits = new HashSet<>();
    for (Sentence s : cx.annotation().sentences()) {
      if (s.span().start() >= offset) {
        break;
      }
      Tree u = new Tree(s);
      for (int i = 0; i < u.size(); i++) {
        if (!u.isNoun(i)
            || !lemma.equalsIgnoreCase(u.lemma(i))
            || u.tokens().get(i).span().end() > offset) {
          continue;
        }
        Optional<ActorCoder.Coded> k =
            actors.code(words(u, u.subtree(i, PHRASE_SKIP), new ArrayList<>()), cx.date());
        if (k.isPresent() && !k.get().agentOnly() && segments(k.get().code()).contains(agent)) {
          fits.add(k.get().code());
        }
      }
    }
    return fits.size() == 1 ? fits.iterator().next() : null;
  }

  private static String country(Optional<ActorCoder.Coded> c) {
    if (c.isEmpty() || c.get().code().length() < 3) {
      return null;
    }
    String k = c.get().code().substring(0, 3);
    return NON_STATE.contains(k) ? null : k;
  }

  private String datelineCountry(Context cx) {
    String d = cx.article().dateline();
    if (d == null || d.isBlank()) {
      return null;
    }
    String k = country(actors.code(List.of(d.trim().split("[\\s,]+")), cx.date()));
    if (k == null) {
      return null;
    }
    Map<String, Integer> weight = new HashMap<>();
    for (ArticleEntity e : cx.extraction().entities()) {
      String x = country(actors.code(e, cx.date()));
      if (x != null) {
        weight.merge(x, e.mentions().size(), Integer::sum);
      }
    }
    int best = weight.values().stream().mapToInt(Integer::intValue).max().orElse(0);
    return best > 0 && weight.getOrDefault(k, 0) == best ? k : null;
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

  private Event build(Context cx, Tree t, int trig, String code, Arg s0, Arg g0) {
    // a country composed from the dateline that is the other party's own ("the US attacked
    // troops", "Kenyatta praised the commanders" in a Washington or Nairobi story) tells nothing
    Arg s = g0 == null ? s0 : uncomposed(cx, s0, g0);
    Arg g = g0 == null ? null : uncomposed(cx, g0, s0);
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
    Factual f = factuality(cx.on(null), t, trig, s); // who says so holds the role of today
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
    boolean purpose = false;
    for (int y = c, k = 0; y >= 0 && t.head(y) >= 0 && k < 6; k++) {
      // "refused to attack", "prevent X from using Y to threaten Z", "committed not to allow X
      // to attack": the complement does not happen; a purpose ("... to threaten") is no fact
      String r = t.rel(y);
      int h = t.head(y);
      if (!t.isVerb(h) || !("xcomp".equals(r) || r.startsWith("advcl"))) {
        break;
      }
      String hl = t.lemma(h);
      boolean from = t.hasChild(y, "mark", Set.of("from"));
      boolean to = t.hasChild(y, "mark", Set.of("to"));
      if (PREVENT.contains(hl)
          && (from
              || !PREVENT_FROM_ONLY.contains(hl) && "xcomp".equals(r)
              || "stop".equals(hl) && "xcomp".equals(r) && t.pos(y).startsWith("VBG"))) {
        return new Factual(Factuality.NEGATED, null);
      }
      if ((from || to || "xcomp".equals(r))
          && (t.hasChild(h, "advmod", NEG) || !t.children(h, "neg").isEmpty())) {
        return new Factual(Factuality.NEGATED, null);
      }
      purpose |= r.startsWith("advcl") && to;
      y = h;
    }
    Factual local = null;
    if (t.hasChild(c, "aux", Set.of("will", "shall", "'ll"))
        || t.hasChild(c, "aux", Set.of("would", "'d")) && futureInPast(t, c)) {
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
    if (local == null && purpose) {
      local = new Factual(Factuality.HYPOTHETICAL, null);
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

  /**
   * Whether "would" in clause {@code c} is the past of "will" (a plan reported in the past: "said
   * he would meet", "would meet, according to sources") rather than a condition: no "if", "unless"
   * or "whether" on the clause or a clause it heads, and either a past-tense speech verb above it
   * or an "according to" attribution on it.
   */
  private static boolean futureInPast(Tree t, int c) {
    if (t.hasChild(c, "mark", Set.of("if", "unless", "whether"))) {
      return false;
    }
    for (int a : t.children(c, "advcl")) {
      if (t.hasChild(a, "mark", Set.of("if", "unless"))) {
        return false;
      }
    }
    for (int o : t.children(c, "obl")) {
      if ("accord".equals(t.caseOf(o)) || "according".equals(t.caseOf(o))) {
        return true;
      }
    }
    int x = c;
    for (int k = 0; k < 6 && t.head(x) >= 0; k++) {
      String r = t.rel(x);
      int h = t.head(x);
      if (!("ccomp".equals(r)
          || "parataxis".equals(r)
          || r.startsWith("advcl")
          || "xcomp".equals(r)
          || "conj".equals(r))) {
        return false;
      }
      if (t.hasChild(h, "mark", Set.of("if", "unless", "whether"))) {
        return false;
      }
      if (SAY.contains(t.lemma(h)) && ("VBD".equals(t.pos(h)) || "VBN".equals(t.pos(h)))) {
        return true;
      }
      x = h;
    }
    return false;
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
              cx.article().body().substring(q.speaker().span().start(), q.speaker().span().end()),
              true,
              false);
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

  private static final Set<String> POSSESSIVES =
      Set.of("its", "their", "his", "her", "our", "my", "whose");

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
        if (c.isPresent() && c.get().agentOnly() && i + c.get().start() > 0) {
          String before = toks.get(i + c.get().start() - 1).text().toLowerCase(Locale.ROOT);
          if (POSSESSIVES.contains(before)) {
            continue; // "its forces": the owner's, as the verb's own rules read it, not a target
          }
        }
        if (c.isPresent() && !c.get().code().equals(source.coded().code())) {
          Token a = toks.get(i + c.get().start());
          Token b = toks.get(i + Math.max(c.get().start(), c.get().end() - 1));
          Span sp = new Span(a.span().start(), b.span().end());
          return new Arg(
              c.get(), null, sp, cx.article().body().substring(sp.start(), sp.end()), true, false);
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
