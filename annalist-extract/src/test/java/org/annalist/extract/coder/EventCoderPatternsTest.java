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
import org.annalist.model.Dependency;
import org.annalist.model.Event;
import org.annalist.model.Extraction;
import org.annalist.model.Sentence;
import org.annalist.model.Span;
import org.annalist.model.Token;
import org.junit.jupiter.api.Test;

/** Verb patterns with synsets, surface forms and pattern-word objects, on hand-built parses. */
class EventCoderPatternsTest {
  private static final String VERBS =
      String.join(
          "\n",
          "&TIES",
          "+MILITARY",
          "+&MONEY",
          "",
          "&MONEY",
          "+GOLD_COINS",
          "",
          "&NEG",
          "+DID N'T",
          "",
          "--- CUT [160] ---",
          "CUT",
          "- &NEG * &TIES TIES [162]",
          "- * &TIES TIES [161]",
          "- * CONTACTS [901]",
          "",
          "--- LEAVE [012] ---",
          "LEAVE",
          "",
          "--- LEFT [032:033] ---",
          "LEFT",
          "",
          "--- SIGN [057] ---",
          "SIGN",
          "- * ACCORD [057]",
          "- % * ACCORD [057]",
          "",
          "--- AGREE [081] ---",
          "AGREE",
          "- % * [030:030]",
          "",
          "--- CONFISCATE [1711] ---",
          "CONFISCATE",
          "WIRE_+TAP {WIRE_+TAPPED WIRE_+TAPPING }",
          "",
          "--- DEPLORE [112] ---",
          "DEPLORE",
          "- NOTED + * [115]",
          "",
          "--- PROTEST [140] ---",
          "PROTEST",
          "");

  private static final ActorCoder ACTORS =
      new ActorCoder(
          DictionaryReader.actors(
                  "test", new StringReader("ARNOR [ARN]\nGONDOR [GON]\nMORDOR [MOR]\n"))
              .value(),
          DictionaryReader.agents("test", new StringReader("ARMY [~MIL]\n")).value());
  private static final VerbDictionary VERB_DICT =
      DictionaryReader.verbs("test", new StringReader(VERBS)).value();
  private static final EventCoder CODER =
      new EventCoder(
          ACTORS, VERB_DICT, VerbDictionary.builder().build(), Cameo.load(), Plover.load());

  private static final EventCoder CODER_MEET =
      new EventCoder(
          ACTORS,
          DictionaryReader.verbs("meet", new StringReader("--- MEET [044] ---\nMEET\n")).value(),
          VerbDictionary.builder().build(),
          Cameo.load(),
          Plover.load());

  /** Tokens "word/POS/lemma" separated by spaces; deps "rel gov dep" separated by commas. */
  private static List<String> code(EventCoder coder, String toks, String deps) {
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
    Article a = CodedArticles.article("a1", LocalDate.of(2021, 1, 4), null, body.toString());
    List<String> out = new ArrayList<>();
    for (Event e :
        coder.code(
            a,
            new Annotation("a1", List.of(s), List.of()),
            new Extraction("a1", "t", List.of(), List.of(), List.of()))) {
      out.add(
          e.source().code()
              + ">"
              + (e.target() == null ? "---" : e.target().code())
              + ":"
              + e.cameo());
    }
    return out;
  }

  @Test
  void multiWordVerbAsWrittenAndAParticipleOnTheObject() {
    // "Arnor wire tapped lines running to Mordor": the parser made "wire" a noun; the target is
    // read on through the participle on the object
    assertEquals(
        List.of("ARN>MOR:1711"),
        code(
            CODER,
            "Arnor/NNP/Arnor wire/NN/wire tapped/VBD/tap lines/NNS/line running/VBG/run"
                + " to/IN/to Mordor/NNP/Mordor",
            "nsubj 2 0,compound 0 1,root -1 2,obj 2 3,acl 3 4,case 6 5,obl 4 6"));
  }

  @Test
  void targetlessEventsOnlyWhenDyadsAreNotRequired() {
    String toks = "Arnor/NNP/Arnor left/VBD/leave";
    String deps = "nsubj 1 0,root -1 1";
    assertTrue(code(CODER, toks, deps).isEmpty());
    assertEquals(
        List.of("ARN>---:032"), code(CODER.notRequiringDyads(), toks, deps), "LEFT [032:033]");
  }

  @Test
  void targetSlotBeforeTheVerbOnItsSubjectTakesTheGoverningSubjectAsSource() {
    // "- NOTED + * [115]": "Arnor noted that Gondor deplored it"
    assertEquals(
        List.of("ARN>GON:115"),
        code(
            CODER,
            "Arnor/NNP/Arnor noted/VBD/note that/IN/that Gondor/NNP/Gondor deplored/VBD/deplore"
                + " it/PRP/it",
            "nsubj 1 0,root -1 1,mark 4 2,nsubj 4 3,ccomp 1 4,obj 4 5"));
  }

  @Test
  void theOtherSideOfAnInteractionUnderACircumstanceIsATarget() {
    String deps = "nsubj 1 0,root -1 1,case 4 2,det 4 3,obl 1 4,case 6 5,nmod 4 6";
    assertEquals(
        List.of("ARN>GON:140"),
        code(
            CODER,
            "Arnor/NNP/Arnor protested/VBD/protest in/IN/in the/DT/the row/NN/row"
                + " with/IN/with Gondor/NNP/Gondor",
            deps));
    // what lies below a circumstance's own noun otherwise is no party
    assertEquals(
        List.of("ARN>---:140"),
        code(
            CODER,
            "Arnor/NNP/Arnor protested/VBD/protest in/IN/in the/DT/the support/NN/support"
                + " of/IN/of Gondor/NNP/Gondor",
            deps));
  }

  @Test
  void nestedSynsetWithUnderscoredMemberAndTargetAfterThePatternWords() {
    // "Arnor cut gold coins ties with Gondor": &TIES includes &MONEY, whose member GOLD_COINS
    // is two words; "ties" is the pattern's word, so the target is the actor after it
    assertEquals(
        List.of("ARN>GON:161"),
        code(
            CODER,
            "Arnor/NNP/Arnor cut/VBD/cut gold/NN/gold coins/NNS/coin ties/NNS/tie with/IN/with"
                + " Gondor/NNP/Gondor",
            "nsubj 1 0,root -1 1,compound 3 2,compound 4 3,obj 1 4,case 6 5,nmod 4 6"));
  }

  @Test
  void multiWordSynsetBeforeTheVerbReadsLeftToRight() {
    assertEquals(
        List.of("ARN>GON:162"),
        code(
            CODER,
            "Arnor/NNP/Arnor did/VBD/do n't/RB/not cut/VB/cut military/JJ/military ties/NNS/tie"
                + " with/IN/with Gondor/NNP/Gondor",
            "nsubj 3 0,aux 3 1,advmod 3 2,root -1 3,amod 5 4,obj 3 5,case 7 6,nmod 5 7"));
  }

  @Test
  void irregularFormWithItsOwnBlockWinsOverTheLemma() {
    // LEFT has its own block [032:033]; the lemma LEAVE would give 012
    assertEquals(
        List.of("ARN>GON:032", "GON>ARN:033"),
        code(
            CODER,
            "Arnor/NNP/Arnor left/VBD/leave for/IN/for Gondor/NNP/Gondor",
            "nsubj 1 0,root -1 1,case 3 2,obl 1 3"));
  }

  @Test
  void codesOutsideTheCodebookOnlyWhenAskedFor() {
    String toks = "Arnor/NNP/Arnor cut/VBD/cut contacts/NNS/contact with/IN/with Gondor/NNP/Gondor";
    String deps = "nsubj 1 0,root -1 1,obj 1 2,case 4 3,nmod 2 4";
    assertTrue(code(CODER, toks, deps).isEmpty());
    assertEquals(List.of("ARN>GON:901"), code(CODER.keepingUnknownCodes(), toks, deps));
  }

  @Test
  void compoundSubjectWithoutTargetActsOnEachOther() {
    // "Arnor and Gondor signed an accord": '%' and no target, so each signs with the other
    assertEquals(
        List.of("ARN>GON:057", "GON>ARN:057"),
        code(
            CODER,
            "Arnor/NNP/Arnor and/CC/and Gondor/NNP/Gondor signed/VBD/sign an/DT/a"
                + " accord/NN/accord",
            "nsubj 3 0,cc 2 1,conj 0 2,root -1 3,det 5 4,obj 3 5"));
    // a single subject without a target codes nothing
    assertTrue(
        code(
                CODER,
                "Arnor/NNP/Arnor signed/VBD/sign an/DT/a accord/NN/accord",
                "nsubj 1 0,root -1 1,det 3 2,obj 1 3")
            .isEmpty());
  }

  @Test
  void compoundMarkerNeedsACompoundSubject() {
    // "- % * [030:030]": only a compound subject takes the pattern's code
    assertEquals(
        List.of("ARN>GON:030", "GON>ARN:030"),
        code(
            CODER,
            "Arnor/NNP/Arnor and/CC/and Gondor/NNP/Gondor agree/VBP/agree",
            "nsubj 3 0,cc 2 1,conj 0 2,root -1 3"));
    assertEquals(
        List.of("ARN>GON:081"),
        code(
            CODER,
            "Arnor/NNP/Arnor agrees/VBZ/agree with/IN/with Gondor/NNP/Gondor",
            "nsubj 1 0,root -1 1,case 3 2,obl 1 3"));
  }

  @Test
  void titleSplitFromItsNameIsOneActor() {
    // "Arnor met army chief Gondor": the parser split title and name; "army" alone is ---MIL
    assertEquals(
        List.of("ARN>GONMIL:044"),
        code(
            CODER_MEET,
            "Arnor/NNP/Arnor met/VBD/meet army/NN/army chief/NN/chief Gondor/NNP/Gondor",
            "nsubj 1 0,root -1 1,compound 3 2,obj 1 3,dep 1 4"));
  }

  @Test
  void conjunctionInsideThePhraseDistributes() {
    // "Arnor met envoys of Gondor and Mordor": one event per conjunct of the inner phrase
    assertEquals(
        List.of("ARN>GON:044", "ARN>MOR:044"),
        code(
            CODER_MEET,
            "Arnor/NNP/Arnor met/VBD/meet envoys/NNS/envoy of/IN/of Gondor/NNP/Gondor and/CC/and"
                + " Mordor/NNP/Mordor",
            "nsubj 1 0,root -1 1,obj 1 2,case 4 3,nmod 2 4,cc 6 5,conj 4 6"));
  }
}
