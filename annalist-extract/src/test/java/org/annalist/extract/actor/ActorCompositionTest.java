package org.annalist.extract.actor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

/** PETRARCH's composition of actors and agents, on a hand-written toy dictionary. */
class ActorCompositionTest {
  private static final ActorResolver RESOLVER =
      new ActorResolver(
          DictionaryReader.actors(
                  "toy.actors",
                  new StringReader(
                      "ARNOR [ARN]\nGONDOR [GON]\nDANISH [DNK]\nTHE_SHIRE [FRO/BIL/SAM]\nWEST_GERMAN [GMWGOV]\n"
                          + "DOL_AMROTH [DOL]\n"))
              .value(),
          DictionaryReader.agents(
                  "toy.agents",
                  new StringReader(
                      "DIPLOMAT [~GOV]\nMSF {} [NGO~]\nISLAMIST [~MUS]\nMEDIA {} [~MED]\nWORLD_GOVERNMENT {} [~WGO]\n"
                          + "OFFICIAL [~GOV]\nACTIVIST [~OPP]\n"))
              .value());

  private static ResolvedActor resolve(String phrase) {
    return RESOLVER
        .resolve(phrase, null)
        .orElseThrow(() -> new AssertionError("unresolved: " + phrase));
  }

  @Test
  void everyAgentJoinsInOrderBeforeOrAfter() {
    assertEquals("NGOARNGOV", resolve("an MSF Arnor diplomat").code());
    assertEquals("DNKMUSMED", resolve("the Danish Islamist media").code());
    assertEquals("ARNGOV", resolve("an Arnor diplomat and official").code()); // GOV once
    // an undated typed code takes agents too; "holds" means a whole 3-letter block (WGO is new)
    assertEquals("GMWGOVWGO", resolve("West German world government officials").code());
  }

  @Test
  void agentAloneIsWrittenWithDashes() {
    ResolvedActor r = resolve("a senior official");
    assertEquals("---GOV", r.code());
    assertEquals(ResolvedActor.Basis.AGENT_ONLY, r.basis());
  }

  @Test
  void agentTakesItsCountryFromAPrepositionalPhrase() {
    assertEquals("ARNOPP", resolve("activists in Arnor").code());
    // but only from the one right after it
    assertEquals("---OPP", resolve("activists in Kandahar in support of Arnor").code());
    // once a name is found, a preposition ends the phrase
    assertEquals("GON", resolve("the population of Gondor of the Prince of Dol Amroth").code());
  }

  @Test
  void recordWithSeveralCodesYieldsEach() {
    assertEquals(List.of("FRO", "BIL", "SAM"), resolve("the Shire").codes());
    assertEquals(List.of("FROGOV", "BILGOV", "SAMGOV"), resolve("the Shire diplomats").codes());
    assertEquals("FRO", resolve("the Shire").code());
  }

  @Test
  void positionsIndexTheWordsGiven() {
    ResolvedActor r =
        RESOLVER.resolve(List.of("the", "Arnor's", "senior", "diplomat"), null).orElseThrow();
    assertEquals("ARNGOV", r.code());
    assertEquals(1, r.start());
    assertEquals(4, r.end());
  }
}
