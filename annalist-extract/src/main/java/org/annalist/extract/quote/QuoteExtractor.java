package org.annalist.extract.quote;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.annalist.model.Annotation;
import org.annalist.model.Article;
import org.annalist.model.ArticleEntity;
import org.annalist.model.Quote;
import org.annalist.model.QuoteKind;
import org.annalist.model.Sentence;
import org.annalist.model.Span;
import org.annalist.model.Speaker;
import org.annalist.model.Token;

/**
 * Finds the quotes of an article and who said them: direct and partial quotes between quotation
 * marks, and indirect speech (a speech verb with a clausal complement and no marks).
 *
 * <p>Input: the article, its annotation (sentences, tokens with lemma and POS, UD dependencies,
 * named-entity mentions; every offset into {@link Article#body()}) and its grouped entities (may be
 * empty). Output: the quotes in text order; {@link Quote#text()} is always {@code span().of(body)}.
 * Never throws on odd input: a quote whose speaker cannot be found has a null speaker. Stateless
 * and thread-safe.
 *
 * <p>Rules (the package documentation has the full list):
 *
 * <ul>
 *   <li>Marks are paired by {@link QuoteMarks}. A quote is {@link QuoteKind#DIRECT} when it is
 *       whole sentences: its opening mark starts a sentence or paragraph, or follows a colon or
 *       comma, and its first letter is upper case (or the quote runs over paragraphs); otherwise it
 *       is {@link QuoteKind#PARTIAL}.
 *   <li>Scare quotes: a partial quote of one or two words is kept only when a speech verb governs
 *       it (is an ancestor in the parse; without a parse: stands before it in the sentence) and it
 *       does not follow a naming word ("so-called", "dubbed", "termed", "the word").
 *   <li>Indirect speech: a speech verb with a {@code ccomp} (the clause is the span, without
 *       "that"), outside quotation marks, whose clause is not mostly quoted.
 *   <li>Speaker: the speech verb's {@code nsubj} (climbing from xcomp/advcl/conj/acl verbs to the
 *       verb that has one), its {@code obl} agent, or the object of "according to"; the retweet
 *       pattern gives the tweet's owner as speaker and the retweeter as relay. Pronouns and role
 *       nouns are resolved by {@link Speakers}. A quote with no attribution of its own inherits the
 *       speaker of the quote before it in the same paragraph, or in the previous paragraph when it
 *       opens its paragraph.
 * </ul>
 */
public final class QuoteExtractor {
  private static final Set<String> NAMING_WORDS =
      Set.of("so-called", "dubbed", "termed", "called", "word", "term", "phrase", "label");
  private static final Pattern AFTER_CLOSE =
      Pattern.compile(
          "^[,.!?]?\\s*(?:(?<pron>he|she|they|it|we|I)|(?<np>(?:the |The |a |A )?"
              + "(?:[A-Z][\\w’'.-]*\\s){0,5}[A-Z][\\w’'.-]*|the \\w+(?: \\w+)?))\\s+(?:also\\s+)?"
              + "(?<verb>said|says|added|told|stressed|insisted|tweeted|wrote|noted|warned)\\b"
              + "|^[,.!?]?\\s*(?<verb2>said|says|added|stressed|tweeted|wrote)\\s+"
              + "(?<np2>(?:the |a )?(?:[A-Z][\\w’'.-]*\\s){0,5}[A-Z][\\w’'.-]*)");
  private static final Pattern BEFORE_OPEN =
      Pattern.compile(
          "(?<np>(?:[A-Z][\\w’'.-]*\\s){0,5}[A-Z][\\w’'.-]*|he|she|they)"
              + "(?:\\s+(?:in|on|at) [^,.“\"]{1,30})?\\s+(?:also\\s+)?"
              + "(?<verb>said|says|added|told \\w+|stressed|tweeted|wrote|noted|warned)[,:]?\\s*$");
  private static final Pattern RECOVERED_VERB =
      Pattern.compile(
          "\\b(?:said|says|stressed|insisted|added|warned|noted|tweeted|claimed|stated)"
              + "(?: in a statement| in a tweet| on Twitter)?"
              + "(?: on)?(?: (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))?"
              + "(?: that)? ");
  private static final Pattern RETWEET =
      Pattern.compile(
          "(?<by>(?:[A-Z][\\w.-]*\\s){0,4}[A-Z][\\w.-]*)\\s+retweeted\\s+"
              + "(?<who>(?:[A-Z][\\w.-]*\\s){0,4}[A-Z][\\w.-]*?)(?:’s|'s|’|')?\\s+(?:tweet|post)");

  /** Creates an extractor; it holds no state. */
  public QuoteExtractor() {}

  /**
   * The quotes of {@code article}, in text order.
   *
   * @param article the article; offsets point into its body
   * @param annotation the language engine's annotation of that body
   * @param entities the article's grouped entities, or an empty list
   * @return the quotes, never null
   */
  public List<Quote> extract(Article article, Annotation annotation, List<ArticleEntity> entities) {
    Objects.requireNonNull(article, "article");
    Objects.requireNonNull(annotation, "annotation");
    Doc doc = Doc.of(article.body(), annotation);
    Speakers speakers = new Speakers(doc, entities == null ? List.of() : entities);
    List<Quote> out = new ArrayList<>();
    List<Span> marked = new ArrayList<>();
    for (MarkedSpan m : QuoteMarks.pair(doc.body())) {
      Quote q = marked(doc, speakers, m);
      if (q != null) {
        out.add(q);
        marked.add(q.span());
      }
    }
    out.addAll(indirect(doc, speakers, marked));
    out.sort(Comparator.comparingInt(q -> q.span().start()));
    return inherit(doc, out);
  }

  // ---------------------------------------------------------------- marked quotes

  private Quote marked(Doc doc, Speakers speakers, MarkedSpan m) {
    Span span = m.content();
    if (m.recoveredOpening()) {
      span = refineRecovered(doc, span);
    }
    String body = doc.body();
    int openAt = m.open() >= 0 ? m.open() : span.start();
    int closeAt = m.close() >= 0 ? m.close() : span.end();
    int si = doc.sentenceAt(span.start());
    Attribution a = attribute(doc, speakers, span, openAt, closeAt);
    QuoteKind kind = kind(doc, m, span);
    if (kind == QuoteKind.PARTIAL && wordCount(span.of(body)) <= 2) {
      if (followsNamingWord(body, openAt) || !a.governs) {
        return null;
      }
    }
    return new Quote(
        span, span.of(body), kind, a.speaker, a.relayedBy, a.verb, a.verbSpan, Math.max(si, 0));
  }

  /**
   * A quote whose opening mark is missing starts at its speech verb's complement: the verb's {@code
   * ccomp} in the parse, else the words after "said/stressed/... (in a statement, on Twitter)
   * (weekday) (that)".
   */
  private static Span refineRecovered(Doc doc, Span span) {
    int si = doc.sentenceAt(span.start());
    if (si >= 0 && doc.trees().get(si).parsed()) {
      Tree t = doc.trees().get(si);
      for (int i = 0; i < t.size(); i++) {
        Token tok = t.token(i);
        if (tok.span().start() < span.start()
            || tok.span().end() > span.end()
            || !SpeechVerbs.isSpeechVerb(tok.text(), tok.lemma(), tok.pos())) {
          continue;
        }
        int c = t.child(i, "ccomp");
        if (c >= 0) {
          int start = t.token(clauseStart(t, c)).span().start();
          if (start > span.start() && start < span.end()) {
            return new Span(start, span.end());
          }
        }
      }
    }
    Matcher v = RECOVERED_VERB.matcher(span.of(doc.body()));
    if (v.find() && span.start() + v.end() < span.end()) {
      return new Span(span.start() + v.end(), span.end());
    }
    return span;
  }

  private static QuoteKind kind(Doc doc, MarkedSpan m, Span span) {
    if (m.paragraphs() > 1) {
      return QuoteKind.DIRECT;
    }
    String body = doc.body();
    int open = m.open() >= 0 ? m.open() : span.start();
    boolean startsSentence = startsSentence(doc, open) || precededByColonOrComma(body, open);
    if (m.recoveredOpening()) {
      return startsSentence ? QuoteKind.DIRECT : QuoteKind.PARTIAL;
    }
    char first = firstLetter(span.of(body));
    boolean upper = Character.isUpperCase(first) || Character.isDigit(first);
    return startsSentence && upper ? QuoteKind.DIRECT : QuoteKind.PARTIAL;
  }

  private static boolean startsSentence(Doc doc, int pos) {
    String body = doc.body();
    int i = pos - 1;
    while (i >= 0 && body.charAt(i) != '\n' && Character.isWhitespace(body.charAt(i))) {
      i--;
    }
    if (i < 0 || body.charAt(i) == '\n' || ".!?".indexOf(body.charAt(i)) >= 0) {
      return true;
    }
    int si = doc.sentenceAt(pos);
    if (si >= 0) {
      Sentence s = doc.annotation().sentences().get(si);
      if (s.span().start() >= pos || s.tokens().isEmpty()) {
        return true;
      }
      return s.tokens().get(0).span().start() >= pos;
    }
    char c = body.charAt(i);
    return c == '.' || c == '!' || c == '?';
  }

  private static boolean precededByColonOrComma(String body, int pos) {
    int i = pos - 1;
    while (i >= 0 && Character.isWhitespace(body.charAt(i)) && body.charAt(i) != '\n') {
      i--;
    }
    return i >= 0 && (body.charAt(i) == ':' || body.charAt(i) == ',');
  }

  private static char firstLetter(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.isLetterOrDigit(s.charAt(i))) {
        return s.charAt(i);
      }
    }
    return ' ';
  }

  private static boolean followsNamingWord(String body, int open) {
    int e = open;
    while (e > 0 && Character.isWhitespace(body.charAt(e - 1))) {
      e--;
    }
    int s = e;
    while (s > 0 && !Character.isWhitespace(body.charAt(s - 1))) {
      s--;
    }
    String word = body.substring(s, e).toLowerCase(Locale.ROOT).replaceAll("[^a-z-]", "");
    return NAMING_WORDS.contains(word);
  }

  static int wordCount(String s) {
    return org.annalist.model.Words.tokens(s).size();
  }

  // ---------------------------------------------------------------- attribution

  /** What an attribution found; all null when nothing. */
  private record Attribution(
      Speaker speaker, Speaker relayedBy, String verb, Span verbSpan, boolean governs) {
    static final Attribution NONE = new Attribution(null, null, null, null, false);
  }

  private Attribution attribute(Doc doc, Speakers speakers, Span span, int openAt, int closeAt) {
    int s0 = doc.sentenceAt(openAt);
    int s1 = doc.sentenceAt(Math.max(closeAt - 1, openAt));
    if (s0 < 0) {
      return regexAttribution(doc, speakers, openAt, closeAt);
    }
    if (s1 < s0) {
      s1 = s0;
    }
    // 1. a speech verb outside the quote that governs a quoted token
    for (int si = s0; si <= s1; si++) {
      Tree t = doc.trees().get(si);
      if (!t.parsed()) {
        continue;
      }
      for (int i = 0; i < t.size(); i++) {
        if (!inside(t.token(i), span)) {
          continue;
        }
        int h = t.head(i);
        if (h < 0 || inside(t.token(h), span)) {
          continue;
        }
        int v = speechAncestor(t, h, openAt, closeAt);
        if (v >= 0) {
          Attribution a = fromVerb(doc, speakers, si, v, true);
          if (a.speaker != null) {
            return a;
          }
        }
      }
      // the quote's root is the sentence root and a speech verb hangs off it (parataxis)
      for (int i = 0; i < t.size(); i++) {
        Token tok = t.token(i);
        if (outside(tok, openAt, closeAt)
            && SpeechVerbs.isSpeechVerb(tok.text(), tok.lemma(), tok.pos())
            && t.head(i) >= 0
            && inside(t.token(t.head(i)), span)) {
          Attribution a = fromVerb(doc, speakers, si, i, true);
          if (a.speaker != null) {
            return a;
          }
        }
      }
    }
    // 2. "according to X" in the quote's sentences
    for (int si = s0; si <= s1; si++) {
      Attribution a = accordingTo(doc, speakers, si, openAt, closeAt);
      if (a != null) {
        return a;
      }
    }
    // 3. the retweet pattern
    Attribution rt = retweet(doc, speakers, openAt);
    if (rt != null) {
      return rt;
    }
    // 4. the nearest speech verb outside the quote in its sentences
    int best = -1;
    int bestSentence = -1;
    int bestDistance = Integer.MAX_VALUE;
    for (int si = s0; si <= s1; si++) {
      Tree t = doc.trees().get(si);
      for (int i = 0; i < t.size(); i++) {
        Token tok = t.token(i);
        if (!outside(tok, openAt, closeAt)
            || !SpeechVerbs.isSpeechVerb(tok.text(), tok.lemma(), tok.pos())) {
          continue;
        }
        int d =
            tok.span().start() >= closeAt
                ? tok.span().start() - closeAt
                : openAt - tok.span().end();
        if (d < bestDistance) {
          bestDistance = d;
          best = i;
          bestSentence = si;
        }
      }
    }
    if (best >= 0 && doc.trees().get(bestSentence).parsed()) {
      Attribution a = fromVerb(doc, speakers, bestSentence, best, true);
      if (a.speaker != null) {
        return a;
      }
    }
    Attribution r = regexAttribution(doc, speakers, openAt, closeAt);
    if (r.speaker != null) {
      return r;
    }
    if (best >= 0) {
      Token v = doc.trees().get(bestSentence).token(best);
      return new Attribution(null, null, SpeechVerbs.lemma(v.text(), v.lemma()), v.span(), true);
    }
    return Attribution.NONE;
  }

  private static boolean inside(Token t, Span span) {
    return t.span().start() >= span.start() && t.span().end() <= span.end();
  }

  private static boolean outside(Token t, int openAt, int closeAt) {
    return t.span().end() <= openAt || t.span().start() > closeAt;
  }

  /** The nearest speech verb at or above {@code i}, outside the quote, or -1. */
  private static int speechAncestor(Tree t, int i, int openAt, int closeAt) {
    int cur = i;
    for (int steps = 0; cur >= 0 && steps < t.size(); steps++) {
      Token tok = t.token(cur);
      if (outside(tok, openAt, closeAt)
          && SpeechVerbs.isSpeechVerb(tok.text(), tok.lemma(), tok.pos())) {
        return cur;
      }
      cur = t.head(cur);
    }
    return -1;
  }

  /** The speaker of speech verb {@code v} in sentence {@code si}. */
  private Attribution fromVerb(Doc doc, Speakers speakers, int si, int v, boolean governs) {
    Tree t = doc.trees().get(si);
    Token verb = t.token(v);
    String lemma = SpeechVerbs.lemma(verb.text(), verb.lemma());
    if ("retweet".equals(lemma)) {
      int by = t.child(v, "nsubj");
      int obj = t.child(v, "obj");
      int owner = obj >= 0 ? t.child(obj, "nmod:poss") : -1;
      if (owner < 0 && obj >= 0) {
        owner = t.child(obj, "compound");
      }
      if (owner >= 0) {
        Speaker who = speakers.fromHead(si, owner);
        Speaker relay = by >= 0 ? speakers.fromHead(si, by) : null;
        return new Attribution(who, relay, lemma, verb.span(), governs);
      }
    }
    int cur = v;
    for (int steps = 0; cur >= 0 && steps < 5; steps++) {
      int subj = t.child(cur, "nsubj");
      if (subj >= 0 && !"nsubj:pass".equals(t.rel(subj))) {
        return new Attribution(speakers.fromHead(si, subj), null, lemma, verb.span(), governs);
      }
      int agent = agent(t, cur);
      if (agent >= 0) {
        return new Attribution(speakers.fromHead(si, agent), null, lemma, verb.span(), governs);
      }
      String r = t.rel(cur);
      if ("ccomp".equals(r) || "parataxis".equals(r) || r.isEmpty() || "root".equals(r)) {
        break;
      }
      cur = t.head(cur);
    }
    return new Attribution(null, null, lemma, verb.span(), governs);
  }

  private static int agent(Tree t, int v) {
    for (int k : t.children(v)) {
      if ("obl:agent".equals(t.rel(k))) {
        return k;
      }
      if ("obl".equals(t.rel(k))) {
        int c = t.child(k, "case");
        if (c >= 0 && t.token(c).text().equalsIgnoreCase("by")) {
          return k;
        }
      }
    }
    return -1;
  }

  private Attribution accordingTo(Doc doc, Speakers speakers, int si, int openAt, int closeAt) {
    Tree t = doc.trees().get(si);
    for (int i = 0; i + 1 < t.size(); i++) {
      Token tok = t.token(i);
      if (!tok.text().equalsIgnoreCase("according")
          || !t.token(i + 1).text().equalsIgnoreCase("to")
          || !outside(tok, openAt, closeAt)) {
        continue;
      }
      int x = t.parsed() ? t.head(i) : -1;
      if (x < 0 || x <= i) {
        x = i + 2 < t.size() ? i + 2 : -1;
        while (x >= 0
            && x + 1 < t.size()
            && t.token(x + 1).pos() != null
            && t.token(x + 1).pos().startsWith("NN")) {
          x++;
        }
      }
      if (x >= 0) {
        Span vs = new Span(tok.span().start(), t.token(i + 1).span().end());
        return new Attribution(speakers.fromHead(si, x), null, "according to", vs, true);
      }
    }
    return null;
  }

  private Attribution retweet(Doc doc, Speakers speakers, int openAt) {
    int ps = paragraphStart(doc.body(), openAt);
    String before = doc.body().substring(ps, openAt);
    Matcher m = RETWEET.matcher(before);
    if (!m.find()) {
      return null;
    }
    Span who = trimmed(ps + m.start("who"), ps + m.end("who"), doc.body());
    Span by = new Span(ps + m.start("by"), ps + m.end("by"));
    int v = doc.body().indexOf("retweeted", ps + m.start());
    return new Attribution(
        speakers.fromSpan(who),
        speakers.fromSpan(by),
        "retweet",
        new Span(v, v + "retweeted".length()),
        true);
  }

  private static Span trimmed(int s, int e, String body) {
    int end = e;
    while (end > s && "’'".indexOf(body.charAt(end - 1)) >= 0) {
      end--;
    }
    return new Span(s, end);
  }

  /** Attribution by patterns next to the marks, for text the parse does not help with. */
  private Attribution regexAttribution(Doc doc, Speakers speakers, int openAt, int closeAt) {
    String body = doc.body();
    int lineEnd = body.indexOf('\n', closeAt);
    String after =
        body.substring(Math.min(closeAt + 1, body.length()), lineEnd < 0 ? body.length() : lineEnd);
    Matcher m = AFTER_CLOSE.matcher(after);
    int base = Math.min(closeAt + 1, body.length());
    if (m.find()) {
      String g = m.group("pron") != null ? "pron" : m.group("np") != null ? "np" : "np2";
      String vg = m.group("verb") != null ? "verb" : "verb2";
      Span who = new Span(base + m.start(g), base + m.end(g));
      Span verb = new Span(base + m.start(vg), base + m.end(vg));
      return new Attribution(
          speakers.fromSpan(who), null, SpeechVerbs.lemma(m.group(vg), null), verb, true);
    }
    int ps = paragraphStart(body, openAt);
    String before = body.substring(ps, openAt);
    Matcher b = BEFORE_OPEN.matcher(before);
    if (b.find()) {
      Span who = new Span(ps + b.start("np"), ps + b.end("np"));
      String verb = b.group("verb").split(" ")[0];
      Span vs = new Span(ps + b.start("verb"), ps + b.start("verb") + verb.length());
      return new Attribution(speakers.fromSpan(who), null, SpeechVerbs.lemma(verb, null), vs, true);
    }
    return Attribution.NONE;
  }

  static int paragraphStart(String body, int pos) {
    int i = body.lastIndexOf('\n', Math.max(pos - 1, 0));
    return i < 0 ? 0 : i + 1;
  }

  // ---------------------------------------------------------------- indirect speech

  private List<Quote> indirect(Doc doc, Speakers speakers, List<Span> marked) {
    List<Quote> out = new ArrayList<>();
    for (int si = 0; si < doc.trees().size(); si++) {
      Tree t = doc.trees().get(si);
      if (!t.parsed()) {
        continue;
      }
      for (int v = 0; v < t.size(); v++) {
        Token verb = t.token(v);
        if (!SpeechVerbs.isSpeechVerb(verb.text(), verb.lemma(), verb.pos())
            || insideAny(verb.span(), marked)) {
          continue;
        }
        Span clause = null;
        int c = t.child(v, "ccomp");
        if (c >= 0 && c < v && (t.head(v) >= 0 || !hasSubject(t, c))) {
          c = -1;
        }
        if (c >= 0) {
          int[] sub = t.subtree(c);
          int first = clauseStart(t, c);
          int last = lastWord(t, sub[1]);
          if (last >= first) {
            clause = new Span(t.token(first).span().start(), t.token(last).span().end());
          }
        } else if (bareComplement(t, v) >= 0) {
          int d = bareComplement(t, v);
          int first = firstWord(t, t.subtree(t.child(v, "obj"))[0]);
          int last = lastWord(t, t.subtree(d)[1]);
          if (last > first) {
            clause = new Span(t.token(first).span().start(), t.token(last).span().end());
          }
        } else if ("parataxis".equals(t.rel(v)) && t.head(v) >= 0 && t.head(v) < v) {
          int first = firstWord(t, 0);
          int last = v - 1;
          while (last > first && isPunct(t.token(last))) {
            last--;
          }
          int subj = t.child(v, "nsubj");
          if (subj >= 0) {
            last = Math.min(last, t.subtree(subj)[0] - 1);
            while (last > first && isPunct(t.token(last))) {
              last--;
            }
          }
          if (last > first) {
            clause = new Span(t.token(first).span().start(), t.token(last).span().end());
          }
        }
        if (clause == null
            || mostlyQuoted(clause, marked)
            || wordCount(clause.of(doc.body())) < 3) {
          continue;
        }
        Attribution a = fromVerb(doc, speakers, si, v, true);
        if (a.speaker == null) {
          continue;
        }
        out.add(
            new Quote(
                clause,
                clause.of(doc.body()),
                QuoteKind.INDIRECT,
                a.speaker,
                null,
                a.verb,
                a.verbSpan,
                si));
      }
    }
    return out;
  }

  /**
   * A clause the parser splits into an object and a {@code dep} verb ("demanded the army halt the
   * raids", "insisted the strikes have hit ..."): the dep verb, or -1.
   */
  private static int bareComplement(Tree t, int v) {
    int obj = t.child(v, "obj");
    if (obj < 0 || obj < v) {
      return -1;
    }
    for (int k : t.children(v)) {
      String pos = t.token(k).pos();
      if ("dep".equals(t.rel(k)) && k > obj && pos != null && pos.startsWith("VB")) {
        return k;
      }
    }
    return -1;
  }

  private static boolean hasSubject(Tree t, int c) {
    return t.child(c, "nsubj") >= 0 || t.child(c, "expl") >= 0 || t.child(c, "csubj") >= 0;
  }

  private static int clauseStart(Tree t, int c) {
    int[] sub = t.subtree(c);
    int first = sub[0];
    int mark = t.child(c, "mark");
    if (mark >= 0 && mark == first) {
      first++;
    }
    return firstWord(t, first);
  }

  private static int firstWord(Tree t, int i) {
    int k = i;
    if (k + 2 < t.size()
        && ":".equals(t.token(k + 1).text())
        && t.token(k).text().equals(t.token(k).text().toUpperCase(Locale.ROOT))
        && Character.isLetter(t.token(k).text().charAt(0))) {
      k += 2;
    }
    while (k < t.size() - 1 && isPunct(t.token(k))) {
      k++;
    }
    return k;
  }

  private static int lastWord(Tree t, int i) {
    int k = i;
    while (k > 0 && isPunct(t.token(k))) {
      k--;
    }
    return k;
  }

  private static boolean isPunct(Token t) {
    return !t.text().isEmpty() && !Character.isLetterOrDigit(t.text().charAt(0));
  }

  private static boolean insideAny(Span s, List<Span> spans) {
    for (Span m : spans) {
      if (s.start() >= m.start() && s.end() <= m.end()) {
        return true;
      }
    }
    return false;
  }

  private static boolean mostlyQuoted(Span clause, List<Span> marked) {
    int quoted = 0;
    for (Span m : marked) {
      quoted += Math.max(0, Math.min(clause.end(), m.end()) - Math.max(clause.start(), m.start()));
    }
    return quoted * 2 >= clause.length();
  }

  // ---------------------------------------------------------------- inheritance

  private static List<Quote> inherit(Doc doc, List<Quote> quotes) {
    List<Quote> out = new ArrayList<>(quotes.size());
    Quote previous = null;
    for (Quote q : quotes) {
      Quote r = q;
      if (q.speaker() == null && q.kind() != QuoteKind.INDIRECT && previous != null) {
        int pq = paragraphStart(doc.body(), q.span().start());
        int pp = paragraphStart(doc.body(), previous.span().start());
        boolean samePara = pq == pp;
        boolean opensPara = doc.body().substring(pq, q.span().start()).strip().length() <= 1;
        boolean adjacent = pq > pp && previousParagraphStart(doc.body(), pq) == pp;
        if ((samePara || (opensPara && adjacent)) && !heading(doc.body(), q.span())) {
          r =
              new Quote(
                  q.span(),
                  q.text(),
                  q.kind(),
                  previous.speaker(),
                  previous.relayedBy(),
                  q.verb(),
                  q.verbSpan(),
                  q.sentence());
        }
      }
      out.add(r);
      if (r.speaker() != null && r.kind() != QuoteKind.INDIRECT) {
        previous = r;
      }
    }
    return out;
  }

  /** A quote that is its whole paragraph and ends without punctuation (a quoted subheading). */
  private static boolean heading(String body, Span span) {
    int ps = paragraphStart(body, span.start());
    int pe = body.indexOf('\n', span.end());
    String para = body.substring(ps, pe < 0 ? body.length() : pe).strip();
    String inner = span.of(body).strip();
    return para.length() <= inner.length() + 2 && !inner.matches("(?s).*[.!?,]$");
  }

  private static int previousParagraphStart(String body, int paragraphStart) {
    int i = paragraphStart - 1;
    while (i > 0 && Character.isWhitespace(body.charAt(i))) {
      i--;
    }
    return paragraphStart(body, i);
  }
}
