package org.annalist.extract.coder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.annalist.extract.actor.DictionaryReader;
import org.annalist.extract.actor.VerbDictionary;
import org.annalist.extract.event.Cameo;
import org.annalist.extract.event.Plover;
import org.annalist.model.Annotation;
import org.annalist.model.Article;
import org.annalist.model.ArticleEntity;
import org.annalist.model.DatePrecision;
import org.annalist.model.Dependency;
import org.annalist.model.EntityType;
import org.annalist.model.Event;
import org.annalist.model.Extraction;
import org.annalist.model.Factuality;
import org.annalist.model.Sentence;
import org.annalist.model.Span;
import org.annalist.model.TimeExpression;
import org.annalist.model.TimexAnchoring;
import org.annalist.model.TimexType;
import org.annalist.model.Token;
import org.junit.jupiter.api.Test;

/** Role and factuality rules on hand-built parses (no models). */
class EventCoderTest {
  static final ActorCoder ACTORS =
      new ActorCoder(
          DictionaryReader.actors(
                  "test",
                  new StringReader(
                      "UNITED_STATES [USA]\nUS [USA]\nTALIBAN [TAL]\nPAKISTAN [PAK]\n"))
              .value(),
          DictionaryReader.agents("test", new StringReader("FORCES [~MIL]\nARMY [~MIL]\n"))
              .value());
  static final EventCoder CODER = EventCoder.standard(ACTORS);

  /** Tokens "word/POS/lemma" separated by spaces; deps "rel gov dep" separated by commas. */
  static List<Event> code(String toks, String deps, List<TimeExpression> times) {
    return code(CODER, toks, deps, times);
  }

  /** A coder over the test actors and a verb dictionary given as text. */
  static EventCoder coder(String verbs) {
    return new EventCoder(
        ACTORS,
        DictionaryReader.verbs("test.verbs", new StringReader(verbs)).value(),
        VerbDictionary.builder().build(),
        Cameo.load(),
        Plover.load());
  }

  static List<Event> code(EventCoder coder, String toks, String deps, List<TimeExpression> times) {
    StringBuilder body = new StringBuilder();
    List<Token> tokens = new ArrayList<>();
    int i = 0;
    for (String t : toks.split(" ")) {
      String[] p = t.split("/");
      if (body.length() > 0) {
        body.append(' ');
      }
      int s = body.length();
      body.append(p[0]);
      tokens.add(new Token(i++, new Span(s, body.length()), p[0], p[2], p[1]));
    }
    List<Dependency> ds = new ArrayList<>();
    for (String d : deps.split(",")) {
      String[] p = d.trim().split(" ");
      ds.add(new Dependency(p[0], Integer.parseInt(p[1]), Integer.parseInt(p[2])));
    }
    Sentence s = new Sentence(0, new Span(0, body.length()), tokens, ds);
    Article a = CodedArticles.article("a1", LocalDate.of(2021, 1, 4), "KABUL", body.toString());
    return coder.code(
        a,
        new Annotation("a1", List.of(s), List.of()),
        new Extraction("a1", "t", times, List.of(), List.of()));
  }

  @Test
  void accusationAndClaimedAirstrikes() {
    List<Event> es =
        code(
            "The/DT/the Taliban/NNP/Taliban accused/VBD/accuse US/NNP/US forces/NNS/force"
                + " of/IN/of carrying/VBG/carry out/RP/out airstrikes/NNS/airstrike ./././",
            "det 1 0,nsubj 2 1,root -1 2,compound 4 3,obj 2 4,mark 6 5,advcl 2 6,"
                + "compound:prt 6 7,obj 6 8,punct 2 9",
            List.of());
    Event acc = es.stream().filter(e -> e.root().equals("11")).findFirst().orElseThrow();
    assertEquals("112", acc.cameo());
    assertEquals("TAL", acc.source().code());
    assertEquals("USAMIL", acc.target().code());
    assertEquals(Factuality.ASSERTED, acc.factuality());
    Event strike = es.stream().filter(e -> e.root().equals("19")).findFirst().orElseThrow();
    assertEquals("195", strike.cameo());
    assertEquals("USAMIL", strike.source().code());
    assertEquals(Factuality.CLAIMED, strike.factuality());
    assertEquals("TAL", strike.assertedBy().code());
    assertEquals(DatePrecision.PUBLICATION, strike.datePrecision());
    assertEquals("2021-01-04", strike.date());
    assertEquals("KABUL", strike.place());
  }

  @Test
  void negatedAttack() {
    List<Event> es =
        code(
            "The/DT/the US/NNP/US did/VBD/do not/RB/not attack/VB/attack the/DT/the"
                + " Taliban/NNP/Taliban ./././",
            "det 1 0,nsubj 4 1,aux 4 2,advmod 4 3,root -1 4,det 6 5,obj 4 6,punct 4 7",
            List.of());
    assertEquals(1, es.size());
    assertEquals("USA", es.get(0).source().code());
    assertEquals("TAL", es.get(0).target().code());
    assertEquals(Factuality.NEGATED, es.get(0).factuality());
  }

  @Test
  void refusedAttackIsNegated() {
    List<Event> es =
        code(
            "The/DT/the US/NNP/US refused/VBD/refuse to/TO/to attack/VB/attack the/DT/the"
                + " Taliban/NNP/Taliban ./././",
            "det 1 0,nsubj 2 1,root -1 2,mark 4 3,xcomp 2 4,det 6 5,obj 4 6,punct 2 7",
            List.of());
    assertEquals(1, es.size());
    assertEquals("USA", es.get(0).source().code());
    assertEquals("TAL", es.get(0).target().code());
    assertEquals(Factuality.NEGATED, es.get(0).factuality());
  }

  @Test
  void preventedAttackIsNotAsserted() {
    // "prevent X from V-ing": the attack is what does not happen
    List<Event> es =
        code(
            "Pakistan/NNP/Pakistan stopped/VBD/stop the/DT/the Taliban/NNP/Taliban from/IN/from"
                + " attacking/VBG/attack the/DT/the US/NNP/US ./././",
            "nsubj 1 0,root -1 1,det 3 2,obj 1 3,mark 5 4,advcl 1 5,det 7 6,obj 5 7,punct 1 8",
            List.of());
    List<Event> attacks = es.stream().filter(e -> "attacking".equals(e.trigger())).toList();
    assertTrue(!attacks.isEmpty());
    for (Event e : attacks) {
      assertEquals(Factuality.NEGATED, e.factuality());
    }
  }

  @Test
  void agentAloneTakesTheDatelineCountryTheArticleIsAbout() {
    ActorCoder actors =
        new ActorCoder(
            DictionaryReader.actors(
                    "test",
                    new StringReader(
                        "KABUL [AFGGOV]\nAFGHANISTAN [AFG]\nTALIBAN [AFGINSTAL]\nUS [USA]\n"))
                .value(),
            DictionaryReader.agents("test", new StringReader("ARMY [~MIL]\n")).value());
    String body = "The Taliban attacked the army .";
    String[] words = body.split(" ");
    String[] tags = {"DT", "NNP", "VBD", "DT", "NN", "."};
    String[] lemmas = {"the", "Taliban", "attack", "the", "army", "."};
    List<Token> tokens = new ArrayList<>();
    int at = 0;
    for (int i = 0; i < words.length; i++) {
      tokens.add(new Token(i, new Span(at, at + words[i].length()), words[i], lemmas[i], tags[i]));
      at += words[i].length() + 1;
    }
    List<Dependency> ds =
        List.of(
            new Dependency("det", 1, 0),
            new Dependency("nsubj", 2, 1),
            new Dependency("root", -1, 2),
            new Dependency("det", 4, 3),
            new Dependency("obj", 2, 4),
            new Dependency("punct", 2, 5));
    Sentence s = new Sentence(0, new Span(0, body.length()), tokens, ds);
    Annotation an = new Annotation("a1", List.of(s), List.of());
    ArticleEntity afg =
        new ArticleEntity(
            "loc-1",
            "Afghanistan",
            EntityType.LOCATION,
            List.of(),
            List.of(),
            List.of(new Span(0, 3), new Span(4, 11)));
    // a second state named once (as "US"): the article is still about Afghanistan
    ArticleEntity us =
        new ArticleEntity(
            "loc-2", "US", EntityType.LOCATION, List.of(), List.of(), List.of(new Span(0, 3)));
    for (String dateline : new String[] {"KABUL", "WASHINGTON"}) {
      Article a = CodedArticles.article("a1", LocalDate.of(2021, 1, 4), dateline, body);
      List<Event> es =
          EventCoder.standard(actors)
              .code(a, an, new Extraction("a1", "t", List.of(), List.of(afg, us), List.of()));
      assertEquals(1, es.size());
      assertEquals("AFGINSTAL", es.get(0).source().code());
      // Kabul is Afghanistan's, the country the article names most; Washington tells nothing,
      // and "the army" has two states named before it
      assertEquals(
          "KABUL".equals(dateline) ? "AFGMIL" : "---MIL", es.get(0).target().code(), dateline);
      // with Afghanistan the only state named, "the army" is its army whatever the dateline
      List<Event> one =
          EventCoder.standard(actors)
              .code(a, an, new Extraction("a1", "t", List.of(), List.of(afg), List.of()));
      assertEquals("AFGMIL", one.get(0).target().code(), dateline);
    }
  }

  @Test
  void futureMeetingWithClauseDate() {
    String toks =
        "Pakistan/NNP/Pakistan will/MD/will meet/VB/meet with/IN/with the/DT/the"
            + " Taliban/NNP/Taliban on/IN/on Monday/NNP/Monday ./././";
    // "Monday" is at characters 39-45 of the body built from these tokens
    TimeExpression monday =
        new TimeExpression(
            new Span(39, 45),
            "Monday",
            TimexType.DATE,
            "2021-01-11",
            TimexAnchoring.values()[0],
            null,
            null);
    List<Event> es =
        code(
            toks,
            "nsubj 2 0,aux 2 1,root -1 2,case 5 3,det 5 4,obl 2 5,case 7 6,obl 2 7,punct 2 8",
            List.of(monday));
    assertEquals(1, es.size());
    Event e = es.get(0);
    assertEquals("04", e.root());
    assertEquals("PAK", e.source().code());
    assertEquals("TAL", e.target().code());
    assertEquals(Factuality.FUTURE, e.factuality());
    assertEquals("2021-01-11", e.date());
    assertEquals(DatePrecision.DAY, e.datePrecision());
  }

  @Test
  void noSourceNoEvent() {
    List<Event> es =
        code(
            "Airstrikes/NNS/airstrike hit/VBD/hit the/DT/the Taliban/NNP/Taliban ./././",
            "nsubj 1 0,root -1 1,det 3 2,obj 1 3,punct 1 4",
            List.of());
    assertTrue(es.isEmpty(), es.toString());
  }

  @Test
  void compoundSourcesAndClaim() {
    List<Event> es =
        code(
            "The/DT/the Taliban/NNP/Taliban said/VBD/say US/NNP/US forces/NNS/force"
                + " attacked/VBD/attack Pakistan/NNP/Pakistan and/CC/and the/DT/the"
                + " United/NNP/United States/NNP/States ./././",
            "det 1 0,nsubj 2 1,root -1 2,compound 4 3,nsubj 5 4,ccomp 2 5,obj 5 6,cc 10 7,"
                + "det 10 8,compound 10 9,conj 6 10,punct 2 11",
            List.of());
    // one event per conjoined target: US forces -> Pakistan, US forces -> the United States
    assertEquals(2, es.size(), es.toString());
    assertTrue(!es.get(0).id().equals(es.get(1).id()), "distinct ids");
    Event e = es.get(0);
    assertEquals("USAMIL", e.source().code());
    assertEquals("PAK", e.target().code());
    assertEquals(Factuality.CLAIMED, e.factuality());
    assertEquals("TAL", e.assertedBy().code());
  }

  @Test
  void targetFromModifierOfConsumedPatternWord() {
    // "* TIES [161]" consumes the object; the targets are the actors the object's "with" names
    List<Event> es =
        code(
            "Pakistan/NNP/Pakistan cut/VBD/cut diplomatic/JJ/diplomatic ties/NNS/tie"
                + " with/IN/with the/DT/the Taliban/NNP/Taliban and/CC/and US/NNP/US ./././",
            "nsubj 1 0,root -1 1,amod 3 2,obj 1 3,case 6 4,det 6 5,nmod 3 6,cc 8 7,conj 6 8,"
                + "punct 1 9",
            List.of());
    assertEquals(2, es.size(), es.toString());
    for (Event e : es) {
      assertEquals("161", e.cameo());
      assertEquals("PAK", e.source().code());
    }
    assertEquals("TAL", es.get(0).target().code());
    assertEquals("USA", es.get(1).target().code());
  }

  @Test
  void targetFromObliqueAfterUncodedObject() {
    // "shelled positions near X": the first coded actor after the verb within its clause
    List<Event> es =
        code(
            "Pakistan/NNP/Pakistan shelled/VBD/shell positions/NNS/position near/IN/near"
                + " the/DT/the Taliban/NNP/Taliban ./././",
            "nsubj 1 0,root -1 1,obj 1 2,case 5 3,det 5 4,nmod 2 5,punct 1 6",
            List.of());
    assertEquals(1, es.size(), es.toString());
    assertEquals("194", es.get(0).cameo());
    assertEquals("TAL", es.get(0).target().code());
  }

  @Test
  void noTargetBelowACircumstantialModifier() {
    // "bombed positions over the past days in support of X": X is no participant of the bombing
    List<Event> es =
        code(
            "US/NNP/US forces/NNS/force bombed/VBD/bomb positions/NNS/position over/IN/over"
                + " the/DT/the past/JJ/past days/NNS/day in/IN/in support/NN/support of/IN/of"
                + " Pakistan/NNP/Pakistan ./././",
            "compound 1 0,nsubj 2 1,root -1 2,obj 2 3,case 7 4,det 7 5,amod 7 6,nmod 3 7,"
                + "case 9 8,nmod 7 9,case 11 10,nmod 9 11,punct 2 12",
            List.of());
    assertEquals(1, es.size(), es.toString());
    assertEquals("195", es.get(0).cameo());
    assertEquals("USAMIL", es.get(0).source().code());
    assertEquals(null, es.get(0).target(), "no target through 'in support of'");
  }

  @Test
  void reportedWouldIsFutureBareWouldIsHypothetical() {
    List<Event> reported =
        code(
            "Officials/NNS/official said/VBD/say Pakistan/NNP/Pakistan would/MD/would"
                + " meet/VB/meet the/DT/the Taliban/NNP/Taliban ./././",
            "nsubj 1 0,root -1 1,nsubj 4 2,aux 4 3,ccomp 1 4,det 6 5,obj 4 6,punct 1 7",
            List.of());
    assertEquals(1, reported.size(), reported.toString());
    assertEquals(Factuality.FUTURE, reported.get(0).factuality());
    List<Event> bare =
        code(
            "Pakistan/NNP/Pakistan would/MD/would meet/VB/meet the/DT/the Taliban/NNP/Taliban"
                + " ./././",
            "nsubj 2 0,aux 2 1,root -1 2,det 4 3,obj 2 4,punct 2 5",
            List.of());
    assertEquals(1, bare.size(), bare.toString());
    assertEquals(Factuality.HYPOTHETICAL, bare.get(0).factuality());
  }

  @Test
  void patternWordsBeforeTheVerbAreReadAsWritten() {
    // "THREATENED TO *": the words lie in the governing clause, outside the verb's own phrase
    EventCoder c = coder("--- ATTACK [190] ---\nATTACK\n- THREATENED TO * [138]\n");
    List<Event> es =
        code(
            c,
            "Pakistan/NNP/Pakistan threatened/VBD/threaten to/TO/to attack/VB/attack"
                + " the/DT/the Taliban/NNP/Taliban ./././",
            "nsubj 1 0,root -1 1,mark 3 2,xcomp 1 3,det 5 4,obj 3 5,punct 1 6",
            List.of());
    assertEquals(1, es.size(), es.toString());
    assertEquals("138", es.get(0).cameo());
    assertEquals("PAK", es.get(0).source().code());
    assertEquals("TAL", es.get(0).target().code());
  }

  @Test
  void multiWordSynsetBeforeTheVerb() {
    EventCoder c =
        coder("&NEGAUX\n+DID N'T\n+WILL NOT\n\n--- MEET [040] ---\nMEET\n- &NEGAUX * [111]\n");
    List<Event> es =
        code(
            c,
            "Pakistan/NNP/Pakistan did/VBD/do n't/RB/not meet/VB/meet the/DT/the"
                + " Taliban/NNP/Taliban ./././",
            "nsubj 3 0,aux 3 1,advmod 3 2,root -1 3,det 5 4,obj 3 5,punct 3 6",
            List.of());
    assertEquals(1, es.size(), es.toString());
    assertEquals("111", es.get(0).cameo());
  }

  @Test
  void compoundActorsActOnEachOther() {
    EventCoder c = coder("--- AGREE [081] ---\nAGREE\n- % * [030:030]\n- * WITH % [031]\n");
    List<Event> both =
        code(
            c,
            "Pakistan/NNP/Pakistan and/CC/and the/DT/the Taliban/NNP/Taliban agree/VBP/agree"
                + " ./././",
            "nsubj 4 0,cc 3 1,det 3 2,conj 0 3,root -1 4,punct 4 5",
            List.of());
    assertEquals(2, both.size(), both.toString());
    assertEquals("PAK", both.get(0).source().code());
    assertEquals("TAL", both.get(0).target().code());
    assertEquals("TAL", both.get(1).source().code());
    assertEquals("PAK", both.get(1).target().code());
    assertEquals("030", both.get(0).cameo());
    List<Event> with =
        code(
            c,
            "US/NNP/US agrees/VBZ/agree with/IN/with Pakistan/NNP/Pakistan and/CC/and"
                + " the/DT/the Taliban/NNP/Taliban ./././",
            "nsubj 1 0,root -1 1,case 3 2,obl 1 3,cc 6 4,det 6 5,conj 3 6,punct 1 7",
            List.of());
    assertEquals(2, with.size(), with.toString());
    for (Event e : with) {
      assertEquals("031", e.cameo());
      assertEquals("USA", e.source().code());
    }
    // without a conjoined phrase '%' does not match: the block's own code
    List<Event> single =
        code(
            c,
            "US/NNP/US agrees/VBZ/agree with/IN/with Pakistan/NNP/Pakistan ./././",
            "nsubj 1 0,root -1 1,case 3 2,obl 1 3,punct 1 4",
            List.of());
    assertEquals(1, single.size(), single.toString());
    assertEquals("081", single.get(0).cameo());
  }

  @Test
  void complementSubjectIsTheTargetButNeverTheSourcesOwn() {
    List<Event> demand =
        code(
            "Pakistan/NNP/Pakistan demanded/VBD/demand that/IN/that the/DT/the"
                + " Taliban/NNP/Taliban withdraw/VB/withdraw ./././",
            "nsubj 1 0,root -1 1,mark 5 2,det 4 3,nsubj 5 4,ccomp 1 5,punct 1 6",
            List.of());
    assertEquals(1, demand.size(), demand.toString());
    assertEquals("100", demand.get(0).cameo());
    assertEquals("PAK", demand.get(0).source().code());
    assertEquals("TAL", demand.get(0).target().code());
    List<Event> promise =
        code(
            "US/NNP/US promised/VBD/promise that/IN/that US/NNP/US forces/NNS/force"
                + " would/MD/would leave/VB/leave ./././",
            "nsubj 1 0,root -1 1,mark 6 2,compound 4 3,nsubj 6 4,aux 6 5,ccomp 1 6,punct 1 7",
            List.of());
    assertTrue(promise.isEmpty(), "a promise about one's own forces: " + promise);
    List<Event> announced =
        code(
            "Pakistan/NNP/Pakistan announced/VBD/announce that/IN/that the/DT/the"
                + " Taliban/NNP/Taliban withdrew/VBD/withdraw ./././",
            "nsubj 1 0,root -1 1,mark 5 2,det 4 3,nsubj 5 4,ccomp 1 5,punct 1 6",
            List.of());
    assertTrue(announced.isEmpty(), "a statement about the Taliban is not to them: " + announced);
  }

  @Test
  void conjunctionInsideAPhraseIsDistributedOverItsHead() {
    List<Event> es =
        code(
            "Forces/NNS/force of/IN/of Pakistan/NNP/Pakistan and/CC/and US/NNP/US"
                + " attacked/VBD/attack the/DT/the Taliban/NNP/Taliban ./././",
            "nsubj 5 0,case 2 1,nmod 0 2,cc 4 3,conj 2 4,root -1 5,det 7 6,obj 5 7,punct 5 8",
            List.of());
    assertEquals(2, es.size(), es.toString());
    assertEquals("PAKMIL", es.get(0).source().code());
    assertEquals("USAMIL", es.get(1).source().code());
    for (Event e : es) {
      assertEquals("TAL", e.target().code());
    }
  }

  @Test
  void skippedNounPhraseInAPattern() {
    // "* AT ^ +": the phrase after "at" is passed over; the target is the next one
    EventCoder c = coder("--- WARN [160] ---\nWARN\n- * AT ^ + [162]\n");
    List<Event> es =
        code(
            c,
            "Pakistan/NNP/Pakistan warned/VBD/warn at/IN/at the/DT/the US/NNP/US of/IN/of"
                + " the/DT/the Taliban/NNP/Taliban ./././",
            "nsubj 1 0,root -1 1,case 4 2,det 4 3,obl 1 4,case 7 5,det 7 6,nmod 4 7,punct 1 8",
            List.of());
    assertEquals(1, es.size(), es.toString());
    assertEquals("162", es.get(0).cameo());
    assertEquals("TAL", es.get(0).target().code());
  }

  @Test
  void sharedModifiersAndUnderscoredNames() {
    ActorCoder actors =
        new ActorCoder(
            DictionaryReader.actors(
                    "test", new StringReader("PAKISTAN [PAK]\nTALIBAN_MOVEMENT [TAL]\n"))
                .value(),
            DictionaryReader.agents("test", new StringReader("GOVERNMENT [~GOV]\nMEDIA [~MED]\n"))
                .value());
    EventCoder c =
        new EventCoder(
            actors,
            EventCoder.projectVerbs(),
            EventCoder.projectNouns(),
            Cameo.load(),
            Plover.load());
    // "Pakistan media and government": "Pakistan" belongs to both conjuncts
    List<Event> es =
        code(
            c,
            "Pakistan/NNP/Pakistan media/NNS/media and/CC/and government/NN/government"
                + " attacked/VBD/attack the/DT/the Taliban_Movement/NNP/Taliban_Movement ./././",
            "compound 1 0,nsubj 4 1,cc 3 2,conj 1 3,root -1 4,det 6 5,obj 4 6,punct 4 7",
            List.of());
    assertEquals(2, es.size(), es.toString());
    assertEquals("PAKMED", es.get(0).source().code());
    assertEquals("PAKGOV", es.get(1).source().code());
    assertEquals("TAL", es.get(0).target().code(), "an underscored token is several words");
    // "media and government in Pakistan": the modifier after the last conjunct belongs to both
    List<Event> after =
        code(
            c,
            "Media/NNS/media and/CC/and government/NN/government in/IN/in Pakistan/NNP/Pakistan"
                + " attacked/VBD/attack the/DT/the Taliban_Movement/NNP/Taliban_Movement ./././",
            "nsubj 5 0,cc 2 1,conj 0 2,case 4 3,nmod 0 4,root -1 5,det 7 6,obj 5 7,punct 5 8",
            List.of());
    assertEquals(2, after.size(), after.toString());
    assertEquals("PAKMED", after.get(0).source().code());
    assertEquals("PAKGOV", after.get(1).source().code());
  }

  @Test
  void passiveControllerIsTheInfinitivesSource() {
    List<Event> es =
        code(
            "Pakistan/NNP/Pakistan was/VBD/be seen/VBN/see to/TO/to attack/VB/attack"
                + " the/DT/the Taliban/NNP/Taliban ./././",
            "nsubj:pass 2 0,aux:pass 2 1,root -1 2,mark 4 3,xcomp 2 4,det 6 5,obj 4 6,punct 2 7",
            List.of());
    assertEquals(1, es.size(), es.toString());
    assertEquals("PAK", es.get(0).source().code());
    assertEquals("TAL", es.get(0).target().code());
  }

  @Test
  void patternReachingIntoAnInfinitiveTakesItsTarget() {
    EventCoder c = coder("--- VOW [030] ---\nVOW\n- * WAR [138]\n");
    List<Event> es =
        code(
            c,
            "Pakistan/NNP/Pakistan vowed/VBD/vow to/TO/to wage/VB/wage war/NN/war on/IN/on"
                + " the/DT/the Taliban/NNP/Taliban ./././",
            "nsubj 1 0,root -1 1,mark 3 2,xcomp 1 3,obj 3 4,case 7 5,det 7 6,obl 3 7,punct 1 8",
            List.of());
    assertEquals(1, es.size(), es.toString());
    assertEquals("138", es.get(0).cameo());
    assertEquals("TAL", es.get(0).target().code());
  }

  @Test
  void pronounSubjectStandsForTheGoverningSubject() {
    List<Event> es =
        code(
            "Pakistan/NNP/Pakistan said/VBD/say it/PRP/it attacked/VBD/attack the/DT/the"
                + " Taliban/NNP/Taliban ./././",
            "nsubj 1 0,root -1 1,nsubj 3 2,ccomp 1 3,det 5 4,obj 3 5,punct 1 6",
            List.of());
    assertEquals(1, es.size(), es.toString());
    assertEquals("PAK", es.get(0).source().code());
    assertEquals("TAL", es.get(0).target().code());
  }

  @Test
  void placeOfAnActOnAnObjectAndCircumstancesAreNoTargets() {
    List<Event> signed =
        code(
            "The/DT/the Taliban/NNP/Taliban signed/VBD/sign an/DT/a agreement/NN/agreement"
                + " in/IN/in Pakistan/NNP/Pakistan ./././",
            "det 1 0,nsubj 2 1,root -1 2,det 4 3,obj 2 4,case 6 5,obl 2 6,punct 2 7",
            List.of());
    assertTrue(signed.isEmpty(), "the place of the signing is no party to it: " + signed);
    List<Event> withdrew =
        code(
            "US/NNP/US withdrew/VBD/withdraw troops/NNS/troops in/IN/in return/NN/return"
                + " for/IN/for Taliban/NNP/Taliban guarantees/NNS/guarantee ./././",
            "nsubj 1 0,root -1 1,obj 1 2,case 4 3,obl 1 4,case 7 5,compound 7 6,nmod 4 7,"
                + "punct 1 8",
            List.of());
    assertTrue(
        withdrew.stream().noneMatch(e -> e.target() != null && "TAL".equals(e.target().code())),
        "no target below 'in return for': " + withdrew);
  }

  @Test
  void pastParticipleOfANounIsAReducedPassive() {
    // "the Taliban agreement signed in Pakistan": the agreement was signed; it signed nothing
    List<Event> es =
        code(
            "the/DT/the Taliban/NNP/Taliban agreement/NN/agreement signed/VBN/sign in/IN/in"
                + " Pakistan/NNP/Pakistan ./././",
            "det 2 0,compound 2 1,root -1 2,acl 2 3,case 5 4,obl 3 5,punct 2 6",
            List.of());
    assertTrue(es.isEmpty(), es.toString());
  }

  @Test
  void reciprocalVerbWithConjoinedSubjectAndNoTarget() {
    List<Event> both =
        code(
            "Pakistan/NNP/Pakistan and/CC/and the/DT/the Taliban/NNP/Taliban met/VBD/meet"
                + " ./././",
            "nsubj 4 0,cc 3 1,det 3 2,conj 0 3,root -1 4,punct 4 5",
            List.of());
    assertEquals(2, both.size(), both.toString());
    assertEquals("PAK", both.get(0).source().code());
    assertEquals("TAL", both.get(0).target().code());
    assertEquals("TAL", both.get(1).source().code());
    assertEquals("PAK", both.get(1).target().code());
    // with a target of their own, the members do not act on each other
    List<Event> withTarget =
        code(
            "Pakistan/NNP/Pakistan and/CC/and the/DT/the Taliban/NNP/Taliban met/VBD/meet"
                + " the/DT/the US/NNP/US ./././",
            "nsubj 4 0,cc 3 1,det 3 2,conj 0 3,root -1 4,det 6 5,obj 4 6,punct 4 7",
            List.of());
    assertEquals(2, withTarget.size(), withTarget.toString());
    for (Event e : withTarget) {
      assertEquals("USA", e.target().code());
    }
  }

  @Test
  void eventNounTargetNotBelowACircumstance() {
    List<Event> es =
        code(
            "US/NNP/US airstrikes/NNS/airstrike on/IN/on positions/NNS/position in/IN/in"
                + " support/NN/support of/IN/of Pakistan/NNP/Pakistan continued/VBD/continue"
                + " ./././",
            "compound 1 0,nsubj 8 1,case 3 2,nmod 1 3,case 5 4,nmod 3 5,case 7 6,nmod 5 7,"
                + "root -1 8,punct 8 9",
            List.of());
    assertTrue(es.stream().anyMatch(e -> e.cameo().equals("195")), es.toString());
    assertTrue(es.stream().allMatch(e -> e.target() == null), "no target PAK: " + es);
  }

  @Test
  void projectDictionariesLoadCleanly() {
    var verbs =
        DictionaryReader.verbs(
            "annalist.verbs.txt",
            new java.io.InputStreamReader(
                EventCoder.class.getResourceAsStream(
                    "/org/annalist/extract/coder/annalist.verbs.txt"),
                java.nio.charset.StandardCharsets.UTF_8));
    assertTrue(verbs.problems().isEmpty(), verbs.problems().toString());
    assertTrue(verbs.value().forms().size() > 400, "forms: " + verbs.value().forms().size());
    assertTrue(EventCoder.projectNouns().forms().size() > 40);
  }

  @Test
  void actorSpansLeaveOutPrepositionsDatesAndPhrasesThatGaveNoCode() {
    // "US forces on Monday accused the Taliban in Kandahar": the mentions are "US forces" and
    // "the Taliban"; "on Monday" and "in Kandahar" are no part of the actors
    List<Event> es =
        code(
            "US/NNP/US forces/NNS/force on/IN/on Monday/NNP/Monday accused/VBD/accuse"
                + " the/DT/the Taliban/NNP/Taliban in/IN/in Kandahar/NNP/Kandahar ./././",
            "compound 1 0,nsubj 4 1,case 3 2,nmod 1 3,root -1 4,det 6 5,obj 4 6,case 8 7,"
                + "nmod 6 8,punct 4 9",
            List.of());
    assertEquals(1, es.size(), es.toString());
    Event e = es.get(0);
    assertEquals("US forces", e.source().text());
    assertEquals(0, e.source().span().start());
    assertEquals("the Taliban", e.target().text());
    assertEquals("the Taliban", textAt(e.target().span(), "US forces on Monday accused "));
  }

  @Test
  void aTargetSpanLosesItsPreposition() {
    // "Pakistan clashed with the Taliban": the target is "the Taliban", not "with the Taliban"
    List<Event> es =
        code(
            "Pakistan/NNP/Pakistan accused/VBD/accuse the/DT/the Taliban/NNP/Taliban"
                + " with/IN/with the/DT/the army/NN/army ./././",
            "nsubj 1 0,root -1 1,det 3 2,obj 1 3,case 6 4,det 6 5,nmod 3 6,punct 1 7",
            List.of());
    assertEquals("the Taliban", es.get(0).target().text(), es.toString());
  }

  @Test
  void consultationTargetsTheWithPartyNotTheTopic() {
    // "the US discussed Taliban talks with Pakistan": the counterpart is Pakistan; the Taliban
    // are what the talks are about
    List<Event> es =
        code(
            "The/DT/the US/NNP/US discussed/VBD/discuss Taliban/NNP/Taliban talks/NNS/talk"
                + " with/IN/with Pakistan/NNP/Pakistan ./././",
            "det 1 0,nsubj 2 1,root -1 2,compound 4 3,obj 2 4,case 6 5,nmod 4 6,punct 2 7",
            List.of());
    List<Event> consult = es.stream().filter(e -> e.root().equals("04")).toList();
    assertTrue(!consult.isEmpty(), es.toString());
    assertTrue(
        consult.stream().allMatch(e -> e.target() != null && "PAK".equals(e.target().code())),
        es.toString());
    assertEquals("Pakistan", consult.get(0).target().text());
  }

  @Test
  void aConsultationsTopicIsNoTarget() {
    // "Pakistan discussed the Taliban peace process": a country modifying the topic is no party
    List<Event> es =
        code(
            "Pakistan/NNP/Pakistan discussed/VBD/discuss the/DT/the Taliban/NNP/Taliban"
                + " peace/NN/peace process/NN/process ./././",
            "nsubj 1 0,root -1 1,det 5 2,compound 5 3,compound 5 4,obj 1 5,punct 1 6",
            List.of());
    assertTrue(es.stream().noneMatch(e -> e.root().equals("04")), es.toString());
  }

  @Test
  void theSourcesOwnStateInAnOfPhraseIsNoTarget() {
    // "the US army cut the size of the US force": the state's own attribute, no second party
    List<Event> es =
        code(
            "The/DT/the US/NNP/US army/NN/army cut/VBD/cut the/DT/the size/NN/size of/IN/of"
                + " the/DT/the US/NNP/US force/NN/force ./././",
            "det 2 0,compound 2 1,nsubj 3 2,root -1 3,det 5 4,obj 3 5,case 9 6,det 9 7,"
                + "compound 9 8,nmod 5 9,punct 3 10",
            List.of());
    assertTrue(
        es.stream().noneMatch(e -> e.target() != null && "USA".equals(e.target().code())),
        es.toString());
  }

  @Test
  void aCommitmentToActIsNoActorItsPossessorIs() {
    // "the Taliban's commitment not to attack Pakistan": no attack by "commitment"; the
    // possessor is the one committed, and the attack is negated
    List<Event> es =
        code(
            "the/DT/the Taliban/NNP/Taliban 's/POS/'s commitment/NN/commitment not/RB/not"
                + " to/TO/to attack/VB/attack Pakistan/NNP/Pakistan ./././",
            "det 1 0,nmod:poss 3 1,case 1 2,root -1 3,advmod 6 4,mark 6 5,acl 3 6,obj 6 7,"
                + "punct 3 8",
            List.of());
    assertTrue(es.stream().noneMatch(e -> e.source().text().contains("commitment")), es.toString());
    assertTrue(
        es.stream()
            .filter(e -> e.root().equals("19"))
            .allMatch(e -> "TAL".equals(e.source().code()) && e.factuality() == Factuality.NEGATED),
        es.toString());
  }

  @Test
  void aThingOfAnActorIsNoSource() {
    // "Pakistan's commitment to peace accused the Taliban" (a parse that made the noun the
    // subject): a commitment accuses nobody
    List<Event> es =
        code(
            "Pakistan/NNP/Pakistan 's/POS/'s commitment/NN/commitment to/IN/to peace/NN/peace"
                + " accused/VBD/accuse the/DT/the Taliban/NNP/Taliban ./././",
            "nmod:poss 2 0,case 0 1,nsubj 5 2,case 4 3,nmod 2 4,root -1 5,det 7 6,obj 5 7,"
                + "punct 5 8",
            List.of());
    assertTrue(es.isEmpty(), es.toString());
  }

  @Test
  void anAppositionNamesTheActorWhereTheHeadIsNone() {
    // "the first time, the US accused the Taliban" parsed with "the US" as the apposition of
    // "time": the source is coded from the name, and the mention is the name alone
    List<Event> es =
        code(
            "the/DT/the first/JJ/first time/NN/time US/NNP/US accused/VBD/accuse"
                + " the/DT/the Taliban/NNP/Taliban ./././",
            "det 2 0,amod 2 1,nsubj 4 2,appos 2 3,root -1 4,det 6 5,obj 4 6,punct 4 7",
            List.of());
    assertEquals(1, es.size(), es.toString());
    assertEquals("USA", es.get(0).source().code());
    assertEquals("US", es.get(0).source().text());
  }

  @Test
  void aThingOfAnActorIsMentionedByTheActorsOwnPhrase() {
    // "accused the families of the Taliban": the code is the Taliban's; so is the mention
    List<Event> es =
        code(
            "Pakistan/NNP/Pakistan accused/VBD/accuse the/DT/the families/NNS/family of/IN/of"
                + " the/DT/the Taliban/NNP/Taliban ./././",
            "nsubj 1 0,root -1 1,det 3 2,obj 1 3,case 6 4,det 6 5,nmod 3 6,punct 1 7",
            List.of());
    assertEquals(1, es.size(), es.toString());
    assertEquals("TAL", es.get(0).target().code());
    assertEquals("the Taliban", es.get(0).target().text());
  }

  @Test
  void aConsultationsVenueIsNoTarget() {
    // "Pakistan received the prize in the US": where, not with whom
    List<Event> es =
        code(
            "Pakistan/NNP/Pakistan received/VBD/receive the/DT/the prize/NN/prize in/IN/in"
                + " the/DT/the US/NNP/US ./././",
            "nsubj 1 0,root -1 1,det 3 2,obj 1 3,case 6 4,det 6 5,nmod 3 6,punct 1 7",
            List.of());
    assertTrue(
        es.stream().noneMatch(e -> e.target() != null && "USA".equals(e.target().code())),
        es.toString());
  }

  @Test
  void aReturnWithNothingReturnedIsNoRelease() {
    // "the US is returning to Pakistan": travel, not a return or release (084) of anyone
    List<Event> es =
        code(
            "the/DT/the US/NNP/US returned/VBD/return to/IN/to Pakistan/NNP/Pakistan ./././",
            "det 1 0,nsubj 2 1,root -1 2,case 4 3,obl 2 4,punct 2 5",
            List.of());
    assertTrue(es.stream().noneMatch(e -> e.cameo().startsWith("084")), es.toString());
    List<Event> released =
        code(
            "Pakistan/NNP/Pakistan returned/VBD/return Taliban/NNP/Taliban forces/NNS/force"
                + " ./././",
            "nsubj 1 0,root -1 1,compound 3 2,obj 1 3,punct 1 4",
            List.of());
    assertTrue(released.stream().anyMatch(e -> e.cameo().startsWith("084")), released.toString());
  }

  @Test
  void aCountryAdjectiveBeforeATopicNounIsNoPartyToTheTalks() {
    // "Afghan peace talks with Pakistan": talks on Afghan peace, not talks of the Afghans
    org.annalist.extract.actor.Dictionaries d =
        org.annalist.extract.actor.Dictionaries.builtIn().value();
    EventCoder builtIn = EventCoder.standard(new ActorCoder(d.actors(), d.agents()));
    String deps = "amod 2 0,compound 2 1,root -1 2,case 4 3,nmod 2 4,punct 2 5";
    List<Event> topic =
        code(
            builtIn,
            "Afghan/JJ/afghan peace/NN/peace talks/NNS/talk with/IN/with Pakistan/NNP/Pakistan"
                + " ./././",
            deps,
            List.of());
    assertTrue(
        topic.stream().noneMatch(e -> e.source().code().startsWith("AFG")), topic.toString());
    List<Event> party =
        code(
            builtIn,
            "Afghan/JJ/afghan talks/NNS/talk with/IN/with Pakistan/NNP/Pakistan ./././",
            "amod 1 0,root -1 1,case 3 2,nmod 1 3,punct 1 4",
            List.of());
    assertTrue(party.stream().anyMatch(e -> e.source().code().startsWith("AFG")), party.toString());
  }

  @Test
  void anActorInAnOfPhraseOfADiscussedThingIsTheTopic() {
    // "Pakistan discussed the disarmament of the Taliban": what is discussed, not with whom
    List<Event> es =
        code(
            "Pakistan/NNP/Pakistan discussed/VBD/discuss the/DT/the disarmament/NN/disarmament"
                + " of/IN/of the/DT/the Taliban/NNP/Taliban ./././",
            "nsubj 1 0,root -1 1,det 3 2,obj 1 3,case 6 4,det 6 5,nmod 3 6,punct 1 7",
            List.of());
    assertTrue(es.stream().noneMatch(e -> e.root().equals("04")), es.toString());
  }

  @Test
  void anAdjectiveAfterTheNounIsNoPartOfTheMention() {
    // "accused Taliban forces responsible for the attack": the mention is "Taliban forces"
    List<Event> es =
        code(
            "Pakistan/NNP/Pakistan accused/VBD/accuse Taliban/NNP/Taliban forces/NNS/force"
                + " responsible/JJ/responsible for/IN/for the/DT/the attack/NN/attack ./././",
            "nsubj 1 0,root -1 1,compound 3 2,obj 1 3,amod 3 4,case 7 5,det 7 6,obl 4 7,"
                + "punct 1 8",
            List.of());
    assertEquals("Taliban forces", es.get(0).target().text(), es.toString());
  }

  @Test
  void aPredicateOfTheObjectIsNoPartOfThePattern() {
    // "Pakistan called it a day for the Taliban": naming, not "call ... for X" (an appeal)
    List<Event> es =
        code(
            "Pakistan/NNP/Pakistan called/VBD/call it/PRP/it a/DT/a day/NN/day for/IN/for"
                + " the/DT/the Taliban/NNP/Taliban ./././",
            "nsubj 1 0,root -1 1,obj 1 2,det 4 3,xcomp 1 4,case 7 5,det 7 6,nmod 4 7,punct 1 8",
            List.of());
    assertTrue(es.stream().noneMatch(e -> e.root().equals("02")), es.toString());
  }

  private static String textAt(Span s, String before) {
    return s.start() == before.length() ? "the Taliban" : "at " + s;
  }
}
