package org.annalist.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Optional;
import org.annalist.model.EntityType;
import org.junit.jupiter.api.Test;

class CoreNlpOptionsTest {
  @Test
  void rejectsUnknownPropertyKeyNamingIt() {
    NlpOptionsException e =
        assertThrows(
            NlpOptionsException.class,
            () -> CoreNlpOptions.DEFAULTS.withProperty("ner.applyFineGrianed", "false"));
    assertTrue(e.getMessage().contains("ner.applyFineGrianed"), e.getMessage());
  }

  @Test
  void rejectsKeysThatTypedOptionsSet() {
    NlpOptionsException e =
        assertThrows(
            NlpOptionsException.class,
            () -> CoreNlpOptions.DEFAULTS.withProperty("ner.useSUTime", "true"));
    assertTrue(e.getMessage().contains("ner.useSUTime"), e.getMessage());
    assertTrue(e.getMessage().contains("sutime"), e.getMessage());
    assertThrows(
        NlpOptionsException.class,
        () -> CoreNlpOptions.DEFAULTS.withProperty("annotators", "tokenize"));
  }

  @Test
  void rejectsSutimeWithoutNumericClassifiers() {
    assertThrows(
        NlpOptionsException.class,
        () -> new CoreNlpOptions(NerModel.DEFAULT, true, true, false, false, Map.of()));
  }

  @Test
  void acceptsAllowedKeys() {
    CoreNlpOptions o = CoreNlpOptions.DEFAULTS.withProperty("ner.maxlen", "200");
    assertEquals("200", o.toProperties().getProperty("ner.maxlen"));
    assertEquals("two", o.toProperties().getProperty("ssplit.newlineIsSentenceBreak"));
  }

  @Test
  void coreNlpDefaultNerSetsOnlyTheAnnotators() {
    var p = CoreNlpOptions.CORENLP_DEFAULT_NER.toProperties();
    assertEquals(Map.of("annotators", "tokenize,ssplit,pos,lemma,ner"), Map.copyOf(p));
  }

  @Test
  void defaultsTurnOffWhatTheyDoNotUse() {
    var p = CoreNlpOptions.DEFAULTS.toProperties();
    assertEquals("false", p.getProperty("ner.applyFineGrained"));
    assertEquals("false", p.getProperty("ner.useSUTime"));
    assertEquals("false", p.getProperty("ner.applyNumericClassifiers"));
    assertTrue(p.getProperty("annotators").endsWith(",depparse"));
    assertFalse(CoreNlpOptions.DEFAULTS.withDependencies(false).annotators().contains("depparse"));
  }

  @Test
  void numericOffTurnsSutimeOff() {
    CoreNlpOptions o = CoreNlpOptions.CORENLP_DEFAULT_NER.withNumericClassifiers(false);
    assertFalse(o.sutime());
    assertEquals("false", o.toProperties().getProperty("ner.useSUTime"));
  }

  @Test
  void mapsCoreNlpTagsToEntityTypes() {
    assertEquals(Optional.of(EntityType.PERSON), CoreNlpEngine.entityType("PERSON"));
    assertEquals(Optional.of(EntityType.ORGANIZATION), CoreNlpEngine.entityType("ORGANIZATION"));
    for (String loc : new String[] {"LOCATION", "CITY", "COUNTRY", "STATE_OR_PROVINCE"}) {
      assertEquals(Optional.of(EntityType.LOCATION), CoreNlpEngine.entityType(loc), loc);
    }
    for (String nat : new String[] {"NATIONALITY", "RELIGION", "IDEOLOGY"}) {
      assertEquals(Optional.of(EntityType.NATIONALITY), CoreNlpEngine.entityType(nat), nat);
    }
    assertEquals(Optional.of(EntityType.MISC), CoreNlpEngine.entityType("MISC"));
    for (String dropped : new String[] {"DATE", "TIME", "NUMBER", "MONEY", "TITLE", "O"}) {
      assertEquals(Optional.empty(), CoreNlpEngine.entityType(dropped), dropped);
    }
    assertEquals(Optional.empty(), CoreNlpEngine.entityType(null));
  }
}
