package org.annalist.extract.entity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.annalist.model.Annotation;
import org.annalist.model.Article;
import org.annalist.model.ArticleEntity;
import org.annalist.model.Dependency;
import org.annalist.model.EntityType;
import org.annalist.model.Mention;
import org.annalist.model.Role;
import org.annalist.model.Sentence;
import org.annalist.model.Span;
import org.annalist.model.Token;

/** One run of {@link ArticleEntities} over one article: mutable, confined to one call. */
final class Grouping {
  private static final Pattern CREDIT =
      Pattern.compile(
          "^\\s*[(\\[]?\\s*(?:by|reporting by|written by|edited by|compiled by|additional reporting"
              + " by|photo|photos|photograph|pic|pic credit|image|credit|courtesy|file photo)\\b.*",
          Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
  private static final Pattern INLINE_CREDIT =
      Pattern.compile(
          "[(\\[]\\s*(?:pic|photo|image) credits?\\b[^)\\]]*[)\\]]", Pattern.CASE_INSENSITIVE);

  private final Article article;
  private final Annotation annotation;
  private final String body;
  private final List<Token> toks = new ArrayList<>();
  private final List<Integer> sentOf = new ArrayList<>();
  private final Map<Integer, Integer> firstTokOfSentence = new HashMap<>();
  private final boolean[] inQuote;
  private final Set<Integer> creditSentences = new java.util.HashSet<>();
  private final List<Span> creditSpans = new ArrayList<>();
  private final List<Cluster> clusters = new ArrayList<>();

  /** Name mention spans (start offset) to their cluster. */
  private final List<Placed> placed = new ArrayList<>();

  /** Spans of role titles: role nouns inside them are not mentions of their own. */
  private final List<Span> roleSpans = new ArrayList<>();

  private final List<Span> nameSpans = new ArrayList<>();

  /** The NER mentions, repaired (see {@link #repair}). */
  private List<Mention> mentions;

  /** A mention placed in a cluster, for pronoun antecedents. */
  private record Placed(Span span, int sentence, Cluster cluster, boolean subject) {}

  /** A name as used: its text without honorifics and possessive, and where. */
  private record Name(
      Span span,
      String text,
      EntityType type,
      int sentence,
      int firstTok,
      int endTok,
      List<String> honorifics,
      int honorificStart) {}

  /** "EXPANSION (ACR)" or "ACR (EXPANSION)". */
  private record AcronymDef(
      String acronym, Span acronymSpan, Span expansion, String expansionText) {}

  Grouping(Article article, Annotation annotation) {
    this.article = article;
    this.annotation = annotation;
    this.body = article.body();
    for (Sentence s : annotation.sentences()) {
      firstTokOfSentence.put(s.index(), toks.size());
      for (Token t : s.tokens()) {
        if (t.span().end() <= body.length()) {
          toks.add(t);
          sentOf.add(s.index());
        }
      }
    }
    this.inQuote = quoteMask(body);
    findCredits();
    this.mentions = repair(annotation.mentions());
  }

  private static final Pattern PARTICLE =
      Pattern.compile("\\s+(?:bin|ibn|bint|al|el|abu|van|von|de|da|del|du)\\s+");

  /**
   * Repairs two NER slips: a person's name cut at a particle ("Mohammed" "bin" "Abdulrahman
   * Al-Thani" is one name), and a person's name swallowed by an organisation mention together with
   * the title before it ("US Special Representative for ... Zalmay Khalilzad" tagged ORGANIZATION):
   * when a role noun stands in or just before the mention and the mention holds a run of two to
   * four capitalised words that are not title words, ending the mention or followed by a verb, the
   * run becomes a PERSON mention and the rest is dropped (the title is read as a title). Mentions
   * without a letter are dropped.
   */
  private List<Mention> repair(List<Mention> raw) {
    List<Mention> sorted = new ArrayList<>();
    for (Mention m : raw) {
      if (m.span().end() <= body.length()
          && m.text().codePoints().anyMatch(Character::isLetter)
          && !isPossessiveToken(m.text())) {
        sorted.add(m);
      }
    }
    sorted.sort(Comparator.comparingInt(m -> m.span().start()));
    List<Mention> joined = new ArrayList<>();
    for (Mention m : sorted) {
      Mention prev = joined.isEmpty() ? null : joined.get(joined.size() - 1);
      if (prev != null
          && prev.type() == EntityType.PERSON
          && m.type() == EntityType.PERSON
          && prev.span().end() <= m.span().start()
          && PARTICLE.matcher(body.substring(prev.span().end(), m.span().start())).matches()) {
        Span s = new Span(prev.span().start(), m.span().end());
        joined.set(
            joined.size() - 1, new Mention(s, s.of(body), EntityType.PERSON, prev.sentence()));
      } else {
        joined.add(m);
      }
    }
    List<Mention> out = new ArrayList<>();
    for (Mention m : joined) {
      Mention person = m.type() == EntityType.PERSON ? null : embeddedPerson(m);
      out.add(person == null ? m : person);
    }
    return out;
  }

  private Mention embeddedPerson(Mention m) {
    int a = tokenAtOrAfter(m.span().start());
    int b = a;
    while (b < toks.size() && toks.get(b).span().end() <= m.span().end()) {
      b++;
    }
    if (b - a < 3) {
      return null;
    }
    int head = -1;
    for (int i = Math.max(0, a - 4); i < b; i++) {
      if (sameSentence(i, a)
          && Lexicon.roleGroup(text(i)) != null
          && !Lexicon.isMilitary(text(i))) {
        head = i;
        break;
      }
    }
    if (head < 0) {
      return null;
    }
    int i = Math.max(head + 1, a + 1);
    while (i < b) {
      int j = i;
      while (j < b && nameWord(j)) {
        j++;
      }
      int len = j - i;
      boolean ends =
          j == b
              || !Lexicon.CONNECTORS.contains(Lexicon.word(text(j)))
                  && Character.isLowerCase(text(j).charAt(0));
      if (len >= 2 && len <= 4 && ends && !nameWord(i - 1)) {
        Span s = spanOf(i, j);
        return new Mention(s, s.of(body), EntityType.PERSON, m.sentence());
      }
      i = Math.max(j, i + 1);
    }
    return null;
  }

  /** A capitalised word that is not a title word, connector or honorific. */
  private boolean nameWord(int g) {
    String t = text(g);
    String w = Lexicon.word(t);
    return Character.isUpperCase(t.charAt(0))
        && t.length() > 1
        && !Names.looksLikeAcronym(t)
        && Lexicon.roleGroup(t) == null
        && !Lexicon.TITLE_WORDS.contains(w)
        && !Lexicon.CONNECTORS.contains(w)
        && !Lexicon.isHonorific(t)
        && Character.isLetter(t.charAt(0));
  }

  List<ArticleEntity> run() {
    List<Cluster> cs = clusters();
    List<ArticleEntity> out = new ArrayList<>();
    int k = 1;
    for (Cluster c : cs) {
      String name = c.canonical();
      List<String> aliases = new ArrayList<>();
      for (String f : c.otherForms) {
        if (!f.equals(name) && !aliases.contains(f)) {
          aliases.add(f);
        }
      }
      List<Span> spans = new ArrayList<>(c.spans);
      spans.sort(Comparator.comparingInt(Span::start).thenComparingInt(Span::end));
      List<Role> roles = new ArrayList<>();
      List<Role> sorted = new ArrayList<>(c.roles);
      sorted.sort(Comparator.comparingInt(r -> r.span().start()));
      for (Role r : sorted) {
        if (roles.stream().noneMatch(x -> x.title().equals(r.title()))) {
          roles.add(r);
        }
      }
      out.add(new ArticleEntity("e" + k++, name, c.type(), aliases, roles, spans));
    }
    return out;
  }

  List<Cluster> clusters() {
    List<Name> names = names();
    List<AcronymDef> defs = acronymDefs();
    Map<String, Cluster> personAcronyms = new HashMap<>();
    Map<Name, List<Role>> rolesOf = new HashMap<>();
    for (Name n : names) {
      if (n.type() == EntityType.PERSON) {
        rolesOf.put(n, roles(n, defs, personAcronyms));
      }
    }
    Map<String, Cluster> defClusters = new HashMap<>();
    List<Object> stream = new ArrayList<>(names);
    List<int[]> bare = bareAcronyms(names);
    for (int[] b : bare) {
      stream.add(b);
    }
    stream.sort(
        Comparator.comparingInt(
            o -> o instanceof Name n ? n.span().start() : toks.get(((int[]) o)[0]).span().start()));
    Map<String, String> personAcronymOwner = new HashMap<>();
    for (Object o : stream) {
      if (o instanceof Name n) {
        if (n.type() == EntityType.PERSON) {
          nameSpans.add(n.span());
        }
        String acr = Names.looksLikeAcronym(n.text()) ? n.text() : null;
        if (acr != null && (personAcronyms.containsKey(acr) || defFor(defs, acr) != null)) {
          acronymMention(acr, n.span(), n.sentence(), n.type(), defs, defClusters, personAcronyms);
          continue;
        }
        AcronymDef def = defCovering(defs, n.span());
        if (def != null
            && !personAcronyms.containsKey(def.acronym())
            && def.expansion().start() == n.span().start()) {
          Cluster c = defCluster(def, n.type(), defClusters);
          if (n.text().equals(def.expansionText())) {
            c.name(n.text());
          }
          c.type(n.type() == EntityType.PERSON ? EntityType.ORGANIZATION : n.type());
          place(c, n.span(), n.sentence());
          continue;
        }
        if (n.type() == EntityType.PERSON) {
          Cluster c = personCluster(n);
          for (Role r : rolesOf.getOrDefault(n, List.of())) {
            if (!c.roles.contains(r)) {
              c.roles.add(r);
            }
          }
          for (Map.Entry<String, Cluster> e : personAcronyms.entrySet()) {
            if (e.getValue() == null && ownsAcronym(n, defs, e.getKey())) {
              e.setValue(c);
              c.otherForms.add(e.getKey());
            }
          }
          continue;
        }
        Cluster c = otherCluster(n.text(), n.type());
        place(c, n.span(), n.sentence());
      } else {
        int t = ((int[]) o)[0];
        Span s = toks.get(t).span();
        acronymMention(s.of(body), s, sentOf.get(t), null, defs, defClusters, personAcronyms);
      }
    }
    personAcronymOwner.clear();
    roleNounMentions();
    pronouns();
    clusters.sort(Comparator.comparingInt(c -> c.first));
    clusters.removeIf(c -> c.names.isEmpty() || c.spans.isEmpty());
    return clusters;
  }

  // ---------------------------------------------------------------- names

  private List<Name> names() {
    List<Name> out = new ArrayList<>();
    for (Mention m : mentions) {
      if (m.span().end() > body.length() || m.span().length() == 0) {
        continue;
      }
      int a = tokenAtOrAfter(m.span().start());
      int b = a;
      while (b < toks.size() && toks.get(b).span().end() <= m.span().end()) {
        b++;
      }
      if (a >= b) {
        continue;
      }
      int sentence = sentOf.get(a);
      if (creditSentences.contains(sentence) || inCredit(m.span())) {
        continue;
      }
      List<String> honorifics = new ArrayList<>();
      if (m.type() == EntityType.PERSON) {
        while (b - a > 1 && Lexicon.isHonorific(text(a))) {
          honorifics.add(text(a));
          a++;
        }
      } else {
        while (b - a > 1 && "the".equalsIgnoreCase(text(a))) {
          a++;
        }
      }
      while (b - a > 1 && isPossessiveToken(text(b - 1))) {
        b--;
      }
      int start = toks.get(a).span().start();
      int end = toks.get(b - 1).span().end();
      String last = text(b - 1);
      String stripped = Names.stripPossessive(last);
      end -= last.length() - stripped.length();
      if (end <= start) {
        continue;
      }
      int hs = a;
      if (m.type() == EntityType.PERSON) {
        List<String> outer = new ArrayList<>();
        int h = a - honorifics.size() - 1;
        while (h >= 0 && sameSentence(h, a) && Lexicon.isHonorific(text(h))) {
          outer.add(0, text(h));
          h--;
        }
        outer.addAll(honorifics);
        honorifics = outer;
        hs = a - honorifics.size();
      }
      out.add(
          new Name(
              new Span(start, end),
              body.substring(start, end),
              m.type(),
              sentence,
              a,
              b,
              List.copyOf(honorifics),
              hs));
    }
    out.sort(Comparator.comparingInt(n -> n.span().start()));
    return out;
  }

  private static boolean isPossessiveToken(String t) {
    String x = t.replace('\u2019', '\'');
    return "'s".equals(x) || "'".equals(x) || "'S".equals(x);
  }

  private Cluster personCluster(Name n) {
    List<String> words = Names.words(n.text());
    Cluster best = null;
    if (words.size() == 1) {
      String w = words.get(0);
      best = mostRecent(c -> c.person && lastWordIs(c, w));
      if (best == null) {
        List<Cluster> byFirst = new ArrayList<>();
        for (Cluster c : clusters) {
          if (c.person && firstWordIs(c, w)) {
            byFirst.add(c);
          }
        }
        best = byFirst.size() == 1 ? byFirst.get(0) : null;
      }
    } else {
      best =
          mostRecent(
              c ->
                  c.person
                      && c.nameWords().stream()
                          .anyMatch(
                              nw ->
                                  Names.compatiblePersons(nw, words)
                                      || nw.size() == 1
                                          && Names.sameToken(
                                              nw.get(0), words.get(words.size() - 1))));
    }
    if (best == null) {
      best = new Cluster(true);
      clusters.add(best);
    }
    best.name(n.text());
    if (!n.honorifics().isEmpty()) {
      best.otherForms.add(String.join(" ", n.honorifics()) + " " + n.text());
      for (String h : n.honorifics()) {
        best.female |= Lexicon.FEMALE_TITLES.contains(Lexicon.word(h));
        best.male |= Lexicon.MALE_TITLES.contains(Lexicon.word(h));
      }
    }
    place(best, n.span(), n.sentence());
    return best;
  }

  private static boolean lastWordIs(Cluster c, String w) {
    for (List<String> nw : c.nameWords()) {
      if (nw.size() > 1 && Names.sameToken(nw.get(nw.size() - 1), w)
          || nw.size() == 1 && Names.sameToken(nw.get(0), w)) {
        return true;
      }
    }
    return false;
  }

  private static boolean firstWordIs(Cluster c, String w) {
    for (List<String> nw : c.nameWords()) {
      if (nw.size() > 1 && Names.sameToken(nw.get(0), w)) {
        return true;
      }
    }
    return false;
  }

  private Cluster mostRecent(java.util.function.Predicate<Cluster> p) {
    Cluster best = null;
    for (Cluster c : clusters) {
      if (p.test(c) && (best == null || c.last > best.last)) {
        best = c;
      }
    }
    return best;
  }

  private Cluster otherCluster(String text, EntityType type) {
    Set<String> keys = Names.keys(text);
    Cluster found = null;
    for (Cluster c : clusters) {
      if (!c.person && overlaps(c.keys, keys)) {
        found = c;
        break;
      }
    }
    if (found == null) {
      Set<String> stripped = withoutLeadingPlace(keys);
      for (Cluster c : clusters) {
        if (!c.person
            && (overlaps(c.keys, stripped) || overlaps(withoutLeadingPlace(c.keys), keys))) {
          found = c;
          break;
        }
      }
    }
    if (found == null && Names.looksLikeAcronym(text)) {
      found = initialsMatch(text);
    }
    if (found == null) {
      found = new Cluster(false);
      clusters.add(found);
    }
    found.name(text);
    found.type(type);
    return found;
  }

  /**
   * Keys with a leading word dropped when that word names a place or nationality of the article.
   */
  private Set<String> withoutLeadingPlace(Set<String> keys) {
    Set<String> places = new java.util.HashSet<>();
    for (Cluster c : clusters) {
      EntityType t = c.type();
      if (!c.person && (t == EntityType.LOCATION || t == EntityType.NATIONALITY)) {
        places.addAll(c.keys);
      }
    }
    Set<String> out = new LinkedHashSet<>();
    for (String k : keys) {
      int sp = k.indexOf(' ');
      if (sp > 0 && places.contains(k.substring(0, sp)) && k.indexOf(' ', sp + 1) > 0) {
        out.add(k.substring(sp + 1));
      }
    }
    return out;
  }

  private static boolean overlaps(Set<String> a, Set<String> b) {
    for (String x : b) {
      if (a.contains(x)) {
        return true;
      }
    }
    return false;
  }

  private Cluster initialsMatch(String acronym) {
    for (Cluster c : clusters) {
      if (c.person) {
        continue;
      }
      for (String n : c.names) {
        List<String> w = Names.words(n);
        if (w.size() >= 2 && Names.spells(acronym, w)) {
          return c;
        }
      }
    }
    return null;
  }

  private void place(Cluster c, Span s, int sentence) {
    c.span(s);
    placed.add(new Placed(s, sentence, c, isSubject(s, sentence)));
  }

  // ---------------------------------------------------------------- acronyms

  private List<AcronymDef> acronymDefs() {
    List<AcronymDef> out = new ArrayList<>();
    for (int g = 0; g < toks.size(); g++) {
      if (!isOpen(text(g))) {
        continue;
      }
      int close = g + 1;
      while (close < toks.size()
          && close - g < 12
          && sameSentence(close, g)
          && !isClose(text(close))) {
        close++;
      }
      if (close >= toks.size() || !isClose(text(close)) || close == g + 1) {
        continue;
      }
      if (close == g + 2 && Names.looksLikeAcronym(text(g + 1))) {
        String acr = text(g + 1);
        List<String> before = new ArrayList<>();
        int from = g - 1;
        while (from >= 0
            && sameSentence(from, g)
            && g - from <= acr.length() + 5
            && isWordish(text(from))) {
          from--;
        }
        from++;
        for (int i = from; i < g; i++) {
          before.add(text(i));
        }
        int st = Names.expansionStart(acr, before);
        if (st >= 0) {
          Span exp = new Span(toks.get(from + st).span().start(), toks.get(g - 1).span().end());
          out.add(new AcronymDef(acr, toks.get(g + 1).span(), exp, exp.of(body)));
        }
      } else if (g > 0 && sameSentence(g - 1, g) && Names.looksLikeAcronym(text(g - 1))) {
        List<String> inner = new ArrayList<>();
        for (int i = g + 1; i < close; i++) {
          inner.add(text(i));
        }
        if (Names.spells(text(g - 1), inner)) {
          Span exp = new Span(toks.get(g + 1).span().start(), toks.get(close - 1).span().end());
          out.add(new AcronymDef(text(g - 1), toks.get(g - 1).span(), exp, exp.of(body)));
        }
      }
    }
    return out;
  }

  private static boolean isWordish(String t) {
    return Character.isLetter(t.charAt(0)) || "&".equals(t) || "-".equals(t);
  }

  private static boolean isOpen(String t) {
    return "(".equals(t) || "-LRB-".equals(t);
  }

  private static boolean isClose(String t) {
    return ")".equals(t) || "-RRB-".equals(t);
  }

  private static AcronymDef defFor(List<AcronymDef> defs, String acr) {
    for (AcronymDef d : defs) {
      if (d.acronym().equals(acr)) {
        return d;
      }
    }
    return null;
  }

  private static AcronymDef defCovering(List<AcronymDef> defs, Span s) {
    for (AcronymDef d : defs) {
      if (s.start() < d.expansion().end() && d.expansion().start() < s.end()) {
        return d;
      }
    }
    return null;
  }

  private Cluster defCluster(AcronymDef d, EntityType type, Map<String, Cluster> defClusters) {
    Cluster c = defClusters.get(d.acronym());
    if (c == null) {
      c =
          otherCluster(
              d.expansionText(),
              type == null || type == EntityType.PERSON ? EntityType.ORGANIZATION : type);
      c.otherForms.add(d.acronym());
      c.keys.addAll(Names.keys(d.acronym()));
      defClusters.put(d.acronym(), c);
    }
    return c;
  }

  private void acronymMention(
      String acr,
      Span s,
      int sentence,
      EntityType nerType,
      List<AcronymDef> defs,
      Map<String, Cluster> defClusters,
      Map<String, Cluster> personAcronyms) {
    Cluster owner = personAcronyms.get(acr);
    if (owner != null) {
      if (!insideRole(s)) {
        place(owner, s, sentence);
      }
      owner.otherForms.add(acr);
      return;
    }
    if (personAcronyms.containsKey(acr)) {
      return; // a person's title acronym before the person is known
    }
    AcronymDef d = defFor(defs, acr);
    Cluster c;
    if (d != null) {
      c = defCluster(d, nerType, defClusters);
    } else {
      c = initialsMatch(acr);
      if (c == null) {
        c = otherCluster(acr, nerType == null ? EntityType.ORGANIZATION : nerType);
      } else {
        c.otherForms.add(acr);
      }
    }
    if (d != null && !c.names.contains(d.expansionText())) {
      c.name(d.expansionText());
    }
    if (nerType != null && nerType != EntityType.PERSON) {
      c.type(nerType);
    } else if (c.types.isEmpty()) {
      c.type(EntityType.ORGANIZATION);
    }
    if (!c.names.contains(acr)) {
      c.otherForms.add(acr);
    }
    place(c, s, sentence);
  }

  /** All-capital tokens NER missed: not in a mention, not in a run of capitals, not a dateline. */
  private List<int[]> bareAcronyms(List<Name> names) {
    List<int[]> out = new ArrayList<>();
    for (int g = 0; g < toks.size(); g++) {
      String t = text(g);
      if (!Names.looksLikeAcronym(t) || creditSentences.contains(sentOf.get(g))) {
        continue;
      }
      Span s = toks.get(g).span();
      boolean covered = false;
      for (Mention m : mentions) {
        if (m.span().start() < s.end() && s.start() < m.span().end()) {
          covered = true;
          break;
        }
      }
      if (covered || inCredit(s)) {
        continue;
      }
      boolean capsRun =
          g > 0 && sameSentence(g - 1, g) && isCapsWord(text(g - 1))
              || g + 1 < toks.size() && sameSentence(g + 1, g) && isCapsWord(text(g + 1));
      boolean dateline =
          g + 1 < toks.size() && (":".equals(text(g + 1)) || "--".equals(text(g + 1)));
      if (!capsRun && !dateline) {
        out.add(new int[] {g});
      }
    }
    return out;
  }

  private static boolean isCapsWord(String t) {
    return t.length() >= 2
        && t.chars().allMatch(ch -> Character.isUpperCase(ch) || ch == '.' || ch == '\'');
  }

  // ---------------------------------------------------------------- roles

  /**
   * The roles around a person's name: the title run before it and an apposition after it. Acronyms
   * defined inside the title are recorded in {@code personAcronyms} (owner filled in later).
   */
  private List<Role> roles(Name n, List<AcronymDef> defs, Map<String, Cluster> personAcronyms) {
    List<Role> out = new ArrayList<>();
    int end = n.honorificStart(); // exclusive end of the title run
    int start = end;
    int g = end - 1;
    while (g >= 0 && sameSentence(g, n.firstTok()) && end - g <= 16 && titleToken(g)) {
      g--;
    }
    start = g + 1;
    while (start < end
        && (Lexicon.CONNECTORS.contains(Lexicon.word(text(start))) || isClose(text(start)))) {
      start++;
    }
    // honorifics straight before the name
    List<String> hon = n.honorifics();
    int honStart = n.honorificStart();
    boolean military =
        !hon.isEmpty()
            && hon.stream().allMatch(h -> Lexicon.isMilitary(h) || Lexicon.isCourtesy(h));
    if (military) {
      int i = honStart;
      for (String h : hon) {
        if (Lexicon.isMilitary(h) && i < toks.size()) {
          Span hs = spanOf(i, i + 1);
          out.add(new Role(hs.of(body), null, hs));
          roleSpans.add(hs);
        }
        i++;
      }
    }
    int titleEnd = military || hon.stream().allMatch(Lexicon::isCourtesy) ? end : n.firstTok();
    int titleStart = start;
    // a bare office ("President Joe Biden"): the honorifics are the title
    if (titleStart >= end
        && !military
        && !hon.isEmpty()
        && hon.stream().anyMatch(h -> !Lexicon.isCourtesy(h))) {
      titleStart = honStart;
      titleEnd = n.firstTok();
    }
    if (titleStart < titleEnd) {
      // strip a trailing "(ACR)": it names the title; the acronym is the person's alias
      int te = titleEnd;
      if (te - titleStart >= 3 && isClose(text(te - 1)) && isOpen(text(te - 3))) {
        String acr = text(te - 2);
        AcronymDef d = defFor(defs, acr);
        if (d != null) {
          personAcronyms.putIfAbsent(acr, null);
        }
        te -= 3;
      }
      Role r = titleRole(titleStart, te);
      if (r != null) {
        out.add(0, r);
      }
    }
    // "X, the role of Y, ..." after the name, or "The role, X," before it
    Role app = appositionAfter(n);
    if (app == null) {
      app = appositionBefore(n);
    }
    if (app != null) {
      out.add(app);
    }
    return out;
  }

  private boolean ownsAcronym(Name n, List<AcronymDef> defs, String acr) {
    AcronymDef d = defFor(defs, acr);
    if (d == null) {
      return false;
    }
    int acrTok = tokenAtOrAfter(d.acronymSpan().start());
    return sentOf.get(acrTok).equals(n.sentence())
        && acrTok < n.firstTok()
        && n.firstTok() - acrTok <= 4;
  }

  /** May token {@code g} stand inside a title before a name? */
  private boolean titleToken(int g) {
    String t = text(g);
    if (isOpen(t) || isClose(t)) {
      return true;
    }
    if (!Character.isLetter(t.charAt(0)) && !isPossessiveToken(t)) {
      return false;
    }
    if (insideName(toks.get(g).span(), EntityType.PERSON)) {
      return false;
    }
    String w = Lexicon.word(t);
    if (Lexicon.CONNECTORS.contains(w) || isPossessiveToken(t)) {
      return true;
    }
    if (Character.isUpperCase(t.charAt(0))) {
      String pos = toks.get(g).pos();
      return pos == null || !pos.startsWith("VB");
    }
    if (Lexicon.ROLE_HEADS.containsKey(w) || Lexicon.TITLE_WORDS.contains(w)) {
      return true;
    }
    String pos = toks.get(g).pos();
    return pos != null && (pos.startsWith("NN") || pos.startsWith("JJ"));
  }

  private boolean insideName(Span s, EntityType type) {
    for (Mention m : mentions) {
      if (m.type() == type && m.span().start() <= s.start() && s.end() <= m.span().end()) {
        return true;
      }
    }
    return false;
  }

  /** A role from tokens [a, b) when they hold a role noun; trailing connectors trimmed. */
  private Role titleRole(int a, int b) {
    while (b > a
        && (Lexicon.CONNECTORS.contains(Lexicon.word(text(b - 1))) || isOpen(text(b - 1)))) {
      b--;
    }
    while (a < b && Lexicon.CONNECTORS.contains(Lexicon.word(text(a)))) {
      a++;
    }
    if (a >= b) {
      return null;
    }
    int head = -1;
    for (int i = a; i < b; i++) {
      if (Lexicon.roleGroup(text(i)) != null) {
        head = i;
        break;
      }
    }
    if (head < 0) {
      return null;
    }
    Span s = spanOf(a, b);
    roleSpans.add(s);
    return new Role(s.of(body), organization(a, head, b), s);
  }

  /**
   * The organisation of a title [a, b) with its first role noun at {@code head}: "X's head" gives
   * X; else a place, nationality or organisation named before the head; else an organisation named
   * after it; else the last "for/of X" phrase that reads as an organisation.
   */
  private String organization(int a, int head, int b) {
    for (int i = a + 1; i < head + 1 && i < b; i++) {
      if (isPossessiveToken(text(i)) || text(i).replace('\u2019', '\'').endsWith("'s")) {
        int e = isPossessiveToken(text(i)) ? i : i + 1;
        Span s = spanOf(a, e);
        String x = s.of(body);
        return Names.stripPossessive(x).strip();
      }
    }
    for (Mention m : mentions) {
      if (m.type() == EntityType.PERSON) {
        continue;
      }
      int ms = m.span().start();
      if (ms >= toks.get(a).span().start() && m.span().end() <= toks.get(head).span().start()) {
        return m.text();
      }
    }
    String lead = text(a).replace(".", "").toLowerCase(Locale.ROOT);
    if (a < head && Lexicon.COUNTRY_FOLDS.containsValue(lead)) {
      return text(a);
    }
    for (int i = b - 1; i > head; i--) {
      String w = Lexicon.word(text(i));
      if ("for".equals(w) || "of".equals(w)) {
        int s = i + 1;
        if (s < b && "the".equals(Lexicon.word(text(s)))) {
          s++;
        }
        boolean orgish = false;
        for (int j = s; j < b; j++) {
          orgish |= Lexicon.ORG_HEADS.contains(Lexicon.word(text(j)));
        }
        if (orgish && s < b) {
          return spanOf(s, b).of(body);
        }
      }
    }
    for (Mention m : mentions) {
      if (m.type() == EntityType.ORGANIZATION
          && m.span().start() > toks.get(head).span().start()
          && m.span().end() <= toks.get(b - 1).span().end()) {
        return m.text();
      }
    }
    return null;
  }

  private Role appositionAfter(Name n) {
    int g = n.endTok();
    if (g >= toks.size() || !sameSentence(g, n.firstTok()) || !",".equals(text(g))) {
      return null;
    }
    int a = g + 1;
    if (a < toks.size() && sameSentence(a, g) && isDeterminer(text(a))) {
      a++;
    }
    int b = a;
    while (b < toks.size() && sameSentence(b, g) && b - a < 16) {
      String t = text(b);
      String w = Lexicon.word(t);
      if (",".equals(t)
          || ";".equals(t)
          || ".".equals(t)
          || ":".equals(t)
          || isClose(t)
          || "who".equals(w)
          || "which".equals(w)
          || "that".equals(w)
          || isQuoteChar(t)) {
        break;
      }
      String pos = toks.get(b).pos();
      if (pos != null && (pos.startsWith("VB") || "MD".equals(pos))) {
        break;
      }
      if (insideName(toks.get(b).span(), EntityType.PERSON)) {
        return null;
      }
      b++;
    }
    if (b == a || b - a >= 16) {
      return null;
    }
    // the role noun must come early: "spokesman for ...", "the veteran US diplomat"
    int head = -1;
    for (int i = a; i < Math.min(b, a + 5); i++) {
      if (Lexicon.roleGroup(text(i)) != null && Character.isLowerCase(text(i).charAt(0))
          || Lexicon.roleGroup(text(i)) != null && i == a) {
        head = i;
        break;
      }
      if (",".equals(text(i))) {
        break;
      }
    }
    if (head < 0) {
      return null;
    }
    return titleRole(a, b);
  }

  private Role appositionBefore(Name n) {
    int g = n.honorificStart() - 1;
    if (g < 1 || !sameSentence(g, n.firstTok()) || !",".equals(text(g))) {
      return null;
    }
    int after = n.endTok();
    if (after < toks.size() && sameSentence(after, g) && !",".equals(text(after))) {
      return null;
    }
    int a = g - 1;
    while (a >= 0 && sameSentence(a, g) && g - a < 16) {
      String t = text(a);
      if (",".equals(t) || ";".equals(t) || ":".equals(t) || isQuoteChar(t)) {
        break;
      }
      a--;
    }
    a++;
    if (a >= g || !isDeterminer(text(a))) {
      return null;
    }
    int head = -1;
    for (int i = a + 1; i < Math.min(g, a + 4); i++) {
      if (Lexicon.roleGroup(text(i)) != null) {
        head = i;
        break;
      }
    }
    if (head < 0) {
      return null;
    }
    return titleRole(a + 1, g);
  }

  private static boolean isDeterminer(String t) {
    String w = t.toLowerCase(Locale.ROOT);
    return "the".equals(w) || "a".equals(w) || "an".equals(w);
  }

  private static boolean isQuoteChar(String t) {
    return "\"".equals(t)
        || "\u201c".equals(t)
        || "\u201d".equals(t)
        || "``".equals(t)
        || "''".equals(t);
  }

  private boolean insideRole(Span s) {
    for (Span r : roleSpans) {
      if (r.start() <= s.start() && s.end() <= r.end()) {
        return true;
      }
    }
    return false;
  }

  // ---------------------------------------------------------------- role nouns

  private void roleNounMentions() {
    for (int g = 0; g < toks.size(); g++) {
      if (!"the".equalsIgnoreCase(text(g)) || creditSentences.contains(sentOf.get(g))) {
        continue;
      }
      int i = g + 1;
      List<String> modifiers = new ArrayList<>();
      while (i < toks.size()
          && sameSentence(i, g)
          && i - g <= 4
          && Lexicon.roleGroup(text(i)) == null) {
        String t = text(i);
        if (!Character.isLetter(t.charAt(0))) {
          break;
        }
        String w = Lexicon.word(t);
        if (Character.isUpperCase(t.charAt(0))) {
          modifiers.add(t);
        } else if (!Lexicon.TITLE_WORDS.contains(w)) {
          break;
        }
        i++;
      }
      if (i >= toks.size() || !sameSentence(i, g) || Lexicon.roleGroup(text(i)) == null) {
        continue;
      }
      String group = Lexicon.roleGroup(text(i));
      if (i + 1 < toks.size() && sameSentence(i + 1, g)) {
        String next = text(i + 1);
        String nw = Lexicon.word(next);
        if (Character.isUpperCase(next.charAt(0))
            || "of".equals(nw)
            || "for".equals(nw)
            || isPossessiveToken(next)
            || isOpen(next)
            || ",".equals(nw) && isNameAt(i + 2)) {
          continue;
        }
      }
      Span s = spanOf(g, i + 1);
      if (insideRole(s) || overlapsName(s)) {
        continue;
      }
      Cluster only = null;
      int count = 0;
      for (Cluster c : clusters) {
        if (!c.person || c.first >= s.start()) {
          continue;
        }
        if (hasRole(c, group, modifiers, s.start())) {
          only = c;
          count++;
        }
      }
      if (count == 1) {
        place(only, s, sentOf.get(g));
      }
    }
  }

  private boolean isNameAt(int g) {
    return g < toks.size() && insideName(toks.get(g).span(), EntityType.PERSON);
  }

  private boolean overlapsName(Span s) {
    for (Span n : nameSpans) {
      if (n.start() < s.end() && s.start() < n.end()) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasRole(Cluster c, String group, List<String> modifiers, int before) {
    for (Role r : c.roles) {
      if (r.span().start() >= before) {
        continue;
      }
      boolean head = false;
      for (String w : r.title().split("[\\s]+")) {
        head |= group.equals(Lexicon.roleGroup(w));
      }
      if (!head) {
        continue;
      }
      String all =
          " "
              + String.join(
                  " ",
                  Names.keys(r.title() + " " + (r.organization() == null ? "" : r.organization())))
              + " ";
      boolean mods = true;
      for (String m : modifiers) {
        String k = Names.keys(m).iterator().next();
        mods &= all.contains(" " + k + " ");
      }
      if (mods) {
        return true;
      }
    }
    return false;
  }

  // ---------------------------------------------------------------- pronouns

  private void pronouns() {
    placed.sort(Comparator.comparingInt(p -> p.span().start()));
    for (int g = 0; g < toks.size(); g++) {
      String w = text(g).toLowerCase(Locale.ROOT);
      boolean male = Lexicon.MALE.contains(w);
      boolean female = Lexicon.FEMALE.contains(w);
      Span s = toks.get(g).span();
      if (!male && !female || inQuote[s.start()] || creditSentences.contains(sentOf.get(g))) {
        continue;
      }
      int sentence = sentOf.get(g);
      Cluster c = antecedent(sentence, s.start(), male);
      for (int k = 1;
          c == null && k <= 2 && !anyPerson(sentence - k + 1, Integer.MAX_VALUE, male);
          k++) {
        if (!anyPerson(sentence - k, Integer.MAX_VALUE, male)) {
          continue;
        }
        c = antecedent(sentence - k, Integer.MAX_VALUE, male);
        break;
      }
      if (c != null) {
        if (male) {
          c.male = true;
        } else {
          c.female = true;
        }
        Placed p = new Placed(s, sentence, c, isSubject(s, sentence));
        c.span(s);
        int at = 0;
        while (at < placed.size() && placed.get(at).span().start() < s.start()) {
          at++;
        }
        placed.add(at, p);
      }
    }
  }

  private boolean compatible(Cluster c, boolean male) {
    return male ? !c.female : !c.male;
  }

  private boolean anyPerson(int sentence, int before, boolean male) {
    if (sentence < 0) {
      return false;
    }
    for (Placed p : placed) {
      if (p.sentence() == sentence
          && p.span().start() < before
          && p.cluster().person
          && !inQuote[p.span().start()]
          && compatible(p.cluster(), male)) {
        return true;
      }
    }
    return false;
  }

  /** The one person (or the one subject) mentioned in {@code sentence} before {@code before}. */
  private Cluster antecedent(int sentence, int before, boolean male) {
    if (sentence < 0) {
      return null;
    }
    Set<Cluster> all = new LinkedHashSet<>();
    Set<Cluster> subjects = new LinkedHashSet<>();
    for (Placed p : placed) {
      if (p.sentence() == sentence
          && p.span().start() < before
          && p.cluster().person
          && !inQuote[p.span().start()]
          && compatible(p.cluster(), male)) {
        all.add(p.cluster());
        if (p.subject()) {
          subjects.add(p.cluster());
        }
      }
    }
    if (all.size() == 1) {
      return all.iterator().next();
    }
    return subjects.size() == 1 ? subjects.iterator().next() : null;
  }

  /** Is the mention at {@code s} a subject: nsubj in the parse, else before the first verb. */
  private boolean isSubject(Span s, int sentence) {
    Sentence sent =
        sentence >= 0 && sentence < annotation.sentences().size()
            ? annotation.sentences().get(sentence)
            : null;
    if (sent == null || sent.index() != sentence) {
      return false;
    }
    if (!sent.dependencies().isEmpty()) {
      for (Dependency d : sent.dependencies()) {
        if (d.relation().startsWith("nsubj") && d.dependent() < sent.tokens().size()) {
          Span t = sent.tokens().get(d.dependent()).span();
          if (s.start() <= t.start() && t.end() <= s.end()) {
            return true;
          }
        }
      }
      return false;
    }
    for (Token t : sent.tokens()) {
      if (t.span().start() >= s.start()) {
        return true;
      }
      if (t.pos() != null && t.pos().startsWith("VB") && !inQuote[t.span().start()]) {
        return false;
      }
    }
    return false;
  }

  // ---------------------------------------------------------------- text helpers

  private String text(int g) {
    return toks.get(g).span().of(body);
  }

  private boolean sameSentence(int a, int b) {
    return sentOf.get(a).equals(sentOf.get(b));
  }

  private Span spanOf(int a, int b) {
    return new Span(toks.get(a).span().start(), toks.get(b - 1).span().end());
  }

  private int tokenAtOrAfter(int offset) {
    int lo = 0;
    int hi = toks.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (toks.get(mid).span().start() < offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  private void findCredits() {
    String byline = article.byline() == null ? null : Names.fold(article.byline());
    for (Sentence s : annotation.sentences()) {
      if (s.span().end() > body.length()) {
        continue;
      }
      String t = s.span().of(body);
      if (CREDIT.matcher(t).matches() && t.length() < 120
          || byline != null && Names.fold(t).replaceAll("[.\\s]+$", "").equals(byline)) {
        creditSentences.add(s.index());
      }
    }
    var m = INLINE_CREDIT.matcher(body);
    while (m.find()) {
      creditSpans.add(new Span(m.start(), m.end()));
    }
  }

  private boolean inCredit(Span s) {
    for (Span c : creditSpans) {
      if (c.start() <= s.start() && s.end() <= c.end()) {
        return true;
      }
    }
    return false;
  }

  /** Characters inside quotation marks; “ opens, ” closes, " toggles; a paragraph break resets. */
  static boolean[] quoteMask(String body) {
    boolean[] mask = new boolean[body.length() + 1];
    boolean open = false;
    for (int i = 0; i < body.length(); i++) {
      char ch = body.charAt(i);
      if (ch == '\n' && i + 1 < body.length() && body.charAt(i + 1) == '\n') {
        open = false;
      }
      if (ch == '\u201c') {
        open = true;
      } else if (ch == '\u201d') {
        mask[i] = open;
        open = false;
        continue;
      } else if (ch == '"') {
        open = !open;
      }
      mask[i] = open;
    }
    return mask;
  }

  /** A mutable group of mentions while one article is grouped; never leaves the package. */
  private static final class Cluster {
    private final boolean person;
    private final Map<EntityType, Integer> types = new LinkedHashMap<>();
    private final List<String> names = new ArrayList<>();
    private final Set<String> otherForms = new LinkedHashSet<>();
    private final List<Role> roles = new ArrayList<>();
    private final List<Span> spans = new ArrayList<>();
    private final Set<String> keys = new LinkedHashSet<>();
    private int first = Integer.MAX_VALUE;
    private int last = -1;
    private boolean female;
    private boolean male;

    Cluster(boolean person) {
      this.person = person;
    }

    void type(EntityType t) {
      types.merge(t, 1, Integer::sum);
    }

    EntityType type() {
      if (person) {
        return EntityType.PERSON;
      }
      return types.entrySet().stream()
          .max(Comparator.comparingInt(Map.Entry::getValue))
          .map(Map.Entry::getKey)
          .orElse(EntityType.ORGANIZATION);
    }

    void name(String form) {
      if (!names.contains(form)) {
        names.add(form);
      }
      otherForms.add(form);
      if (!person) {
        keys.addAll(Names.keys(form));
      }
    }

    void span(Span s) {
      if (!spans.contains(s)) {
        spans.add(s);
      }
      first = Math.min(first, s.start());
      last = Math.max(last, s.start());
    }

    /** The longest name form (most words, then most characters; the earliest on a tie). */
    String canonical() {
      String best = null;
      for (String n : names) {
        if (best == null || longer(n, best)) {
          best = n;
        }
      }
      return best;
    }

    private static boolean longer(String a, String b) {
      int wa = Names.words(a).size();
      int wb = Names.words(b).size();
      return wa != wb ? wa > wb : a.length() > b.length();
    }

    /** The words of every person name form. */
    List<List<String>> nameWords() {
      List<List<String>> out = new ArrayList<>();
      for (String n : names) {
        out.add(Names.words(n));
      }
      return out;
    }
  }
}
