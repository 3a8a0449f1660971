package org.annalist.extract.quote;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.annalist.model.ArticleEntity;
import org.annalist.model.EntityType;
import org.annalist.model.Mention;
import org.annalist.model.Role;
import org.annalist.model.Span;
import org.annalist.model.Speaker;
import org.annalist.model.Token;

/**
 * Turns the words that name a speaker into a {@link Speaker}: names as the engine's mentions give
 * them, pronouns and role nouns resolved to what they refer to.
 *
 * <p>Resolution rule: when the article's entities are given, the entity whose mention spans contain
 * the speaker's words wins. Otherwise (or when none does) a pronoun ({@code he, she}) goes to the
 * nearest preceding PERSON mention, {@code it, they} to the nearest preceding ORGANIZATION mention
 * within three sentences; a definite role noun ("the US envoy", "the spokesman") goes to the
 * nearest preceding entity with a matching role (envoy matches "envoy", "Special Representative",
 * "ambassador"; spokesman matches "spokes..."), else to the nearest preceding PERSON mention; "the
 * statement" goes to whoever issued the last statement ("X said in a statement", "X issued a
 * statement") within five sentences. Indefinite noun phrases ("a spokesman for US forces") stay as
 * written, without their article.
 */
final class Speakers {
  private static final Set<String> HE_SHE = Set.of("he", "she", "him", "her");
  private static final Set<String> IT_THEY = Set.of("it", "they", "them");
  private static final Set<String> PRONOUNS =
      Set.of(
          "he",
          "she",
          "him",
          "her",
          "his",
          "hers",
          "it",
          "its",
          "they",
          "them",
          "their",
          "i",
          "me",
          "my",
          "we",
          "us",
          "our",
          "you",
          "your",
          "himself",
          "herself",
          "themselves");
  private static final Set<String> PERSON_ROLES =
      Set.of(
          "envoy",
          "spokesman",
          "spokeswoman",
          "spokesperson",
          "minister",
          "president",
          "secretary",
          "ambassador",
          "diplomat",
          "official",
          "commander",
          "leader",
          "chief",
          "general",
          "colonel",
          "representative",
          "negotiator",
          "premier",
          "chancellor",
          "mediator",
          "senator",
          "governor",
          "mayor",
          "prime");
  private static final Map<String, List<String>> ROLE_WORDS =
      Map.of(
          "envoy", List.of("envoy", "special representative", "ambassador", "representative"),
          "spokesman", List.of("spokes"),
          "spokeswoman", List.of("spokes"),
          "spokesperson", List.of("spokes"),
          "diplomat", List.of("diplomat", "envoy", "representative", "ambassador"));

  private final Doc doc;
  private final List<ArticleEntity> entities;

  Speakers(Doc doc, List<ArticleEntity> entities) {
    this.doc = doc;
    this.entities = entities;
  }

  /** The speaker whose head word is token {@code h} of sentence {@code si}. */
  Speaker fromHead(int si, int h) {
    Tree t = doc.trees().get(si);
    Token head = t.token(h);
    Mention m = mentionCovering(head.span());
    if (m != null) {
      return link(m.text(), m.span(), head.span());
    }
    String word = head.text().toLowerCase(Locale.ROOT);
    if (HE_SHE.contains(word) || IT_THEY.contains(word)) {
      return pronoun(head.span(), word);
    }
    Span np = nounPhrase(t, h);
    String npText = stripArticle(np.of(doc.body()));
    String lemma = SpeechVerbs.lemma(head.text(), head.lemma());
    if ("statement".equals(lemma)) {
      Speaker issuer = statementIssuer(si, np.start());
      if (issuer != null) {
        return new Speaker(issuer.name(), np, issuer.entity());
      }
    }
    int appos = t.child(h, "appos");
    if (appos >= 0) {
      Mention am = mentionCovering(t.token(appos).span());
      if (am != null && am.type() == EntityType.PERSON) {
        return link(am.text(), am.span(), am.span());
      }
    }
    Speaker linked = linkedEntity(np, head.span());
    if (linked != null) {
      return linked;
    }
    boolean definite = definite(t, h);
    if (definite && PERSON_ROLES.contains(lemma)) {
      Speaker r = role(lemma, np);
      if (r != null) {
        return r;
      }
    }
    return new Speaker(npText, np, null);
  }

  /** The speaker written at {@code span} (found by a pattern rather than the parse). */
  Speaker fromSpan(Span span) {
    String text = span.of(doc.body());
    String word = text.toLowerCase(Locale.ROOT);
    if (HE_SHE.contains(word) || IT_THEY.contains(word)) {
      return pronoun(span, word);
    }
    for (Mention m : names()) {
      if (m.span().start() >= span.start() && m.span().end() <= span.end()) {
        return link(m.text(), m.span(), m.span());
      }
    }
    Speaker linked = linkedEntity(span, span);
    if (linked != null) {
      return linked;
    }
    String[] words = word.split("\\s+");
    String last = words[words.length - 1];
    if (words[0].equals("the") && "statement".equals(last)) {
      int si = doc.sentenceAt(span.start());
      Speaker issuer = si >= 0 ? statementIssuer(si, span.start()) : null;
      if (issuer != null) {
        return new Speaker(issuer.name(), span, issuer.entity());
      }
    }
    if (words[0].equals("the") && PERSON_ROLES.contains(last)) {
      Speaker r = role(last, span);
      if (r != null) {
        return r;
      }
    }
    return new Speaker(stripArticle(text), span, null);
  }

  private Speaker pronoun(Span span, String word) {
    Speaker linked = linkedEntity(span, span);
    if (linked != null) {
      return linked;
    }
    EntityType type = HE_SHE.contains(word) ? EntityType.PERSON : EntityType.ORGANIZATION;
    int si = doc.sentenceAt(span.start());
    Mention best = null;
    for (Mention m : names()) {
      if (m.type() == type
          && m.span().end() <= span.start()
          && (type == EntityType.PERSON || si - m.sentence() <= 3)) {
        best = m;
      }
    }
    if (best == null) {
      return new Speaker(span.of(doc.body()), span, null);
    }
    Speaker ref = link(best.text(), best.span(), best.span());
    return new Speaker(ref.name(), span, ref.entity());
  }

  private Speaker role(String lemma, Span np) {
    List<String> words = ROLE_WORDS.getOrDefault(lemma, List.of(lemma));
    ArticleEntity bestEntity = null;
    int bestAt = -1;
    for (ArticleEntity e : entities) {
      if (!matchesRole(e, words)) {
        continue;
      }
      for (Span s : e.mentions()) {
        if (s.end() <= np.start() && s.start() > bestAt) {
          bestAt = s.start();
          bestEntity = e;
        }
      }
    }
    if (bestEntity != null) {
      return new Speaker(bestEntity.name(), np, bestEntity.key());
    }
    Mention best = null;
    for (Mention m : names()) {
      if (m.type() == EntityType.PERSON && m.span().end() <= np.start()) {
        best = m;
      }
    }
    if (best == null) {
      return null;
    }
    Speaker ref = link(best.text(), best.span(), best.span());
    return new Speaker(ref.name(), np, ref.entity());
  }

  private static boolean matchesRole(ArticleEntity e, List<String> words) {
    for (Role r : e.roles()) {
      String title = r.title().toLowerCase(Locale.ROOT);
      for (String w : words) {
        if (title.contains(w)) {
          return true;
        }
      }
    }
    return false;
  }

  /** Who issued the latest statement before {@code before}, looking back five sentences. */
  private Speaker statementIssuer(int si, int before) {
    for (int s = si; s >= 0 && s >= si - 5; s--) {
      Tree t = doc.trees().get(s);
      for (int i = t.size() - 1; i >= 0; i--) {
        Token tok = t.token(i);
        if (tok.span().end() > before
            || !SpeechVerbs.lemma(tok.text(), tok.lemma()).equals("statement")) {
          continue;
        }
        int poss = t.child(i, "nmod:poss");
        if (poss >= 0) {
          return fromHead(s, poss);
        }
        int g = t.head(i);
        if (g >= 0) {
          int subj = t.child(g, "nsubj");
          if (subj >= 0 && subj != i) {
            Speaker sp = fromHead(s, subj);
            if (!sp.name().toLowerCase(Locale.ROOT).endsWith("statement")) {
              return sp;
            }
          }
        }
      }
    }
    return null;
  }

  /** Mentions that are names (engines may also list pronouns as mentions). */
  private List<Mention> names() {
    return doc.annotation().mentions().stream()
        .filter(m -> !PRONOUNS.contains(m.text().toLowerCase(Locale.ROOT)))
        .toList();
  }

  private Mention mentionCovering(Span s) {
    for (Mention m : names()) {
      if (m.span().start() <= s.start()
          && m.span().end() >= s.end()
          && m.type() != EntityType.LOCATION
          && m.type() != EntityType.MISC) {
        return m;
      }
    }
    for (Mention m : names()) {
      if (m.span().start() <= s.start() && m.span().end() >= s.end()) {
        return m;
      }
    }
    return null;
  }

  /** A named speaker, with the entity whose mentions hold {@code head} when entities are given. */
  private Speaker link(String name, Span span, Span head) {
    Speaker e = linkedEntity(span, head);
    return e != null ? new Speaker(e.name(), span, e.entity()) : new Speaker(name, span, null);
  }

  private Speaker linkedEntity(Span span, Span head) {
    ArticleEntity best = null;
    int bestLength = Integer.MAX_VALUE;
    for (ArticleEntity e : entities) {
      for (Span s : e.mentions()) {
        boolean holds = s.start() <= span.start() && s.end() >= span.end();
        boolean holdsHead = s.start() <= head.start() && s.end() >= head.end();
        if ((holds || holdsHead) && s.length() < bestLength) {
          best = e;
          bestLength = s.length();
        }
      }
    }
    return best == null ? null : new Speaker(best.name(), span, best.key());
  }

  private static boolean definite(Tree t, int h) {
    for (int k : t.children(h)) {
      String w = t.token(k).text().toLowerCase(Locale.ROOT);
      if (("det".equals(t.rel(k)) && ("the".equals(w) || "this".equals(w) || "that".equals(w)))
          || "nmod:poss".equals(t.rel(k))) {
        return true;
      }
    }
    return false;
  }

  private static final Set<String> NP_RELATIONS =
      Set.of("det", "amod", "compound", "flat", "nmod:poss", "nummod", "nmod", "case", "fixed");

  private Span nounPhrase(Tree t, int h) {
    int lo = h;
    int hi = h;
    for (int k : t.children(h)) {
      String r = t.rel(k);
      if (NP_RELATIONS.contains(r) || r.startsWith("flat") || r.startsWith("compound")) {
        if ("case".equals(r) && k < h) {
          continue;
        }
        int[] sub = t.subtree(k);
        lo = Math.min(lo, sub[0]);
        hi = Math.max(hi, sub[1]);
      }
    }
    while (lo < h && !Character.isLetterOrDigit(t.token(lo).text().charAt(0))) {
      lo++;
    }
    while (hi > h && !Character.isLetterOrDigit(t.token(hi).text().charAt(0))) {
      hi--;
    }
    return new Span(t.token(lo).span().start(), t.token(hi).span().end());
  }

  private static String stripArticle(String s) {
    String lower = s.toLowerCase(Locale.ROOT);
    for (String a : new String[] {"the ", "a ", "an "}) {
      if (lower.startsWith(a) && s.length() > a.length()) {
        return s.substring(a.length());
      }
    }
    return s;
  }
}
