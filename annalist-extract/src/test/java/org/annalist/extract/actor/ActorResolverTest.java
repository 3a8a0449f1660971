package org.annalist.extract.actor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.annalist.model.Role;
import org.annalist.model.Span;
import org.junit.jupiter.api.Test;

/** Hand-written actor phrases through the project's dictionaries. */
class ActorResolverTest {
  private static final ActorResolver RESOLVER = new ActorResolver(Dictionaries.builtIn().value());
  private static final LocalDate DOHA = LocalDate.of(2020, 2, 29);

  private static String code(String phrase, LocalDate date) {
    return RESOLVER
        .resolve(phrase, date)
        .map(ResolvedActor::code)
        .orElseThrow(() -> new AssertionError("unresolved: " + phrase));
  }

  @Test
  void countryPlusAgent() {
    assertEquals("AFGGOV", code("the Afghan government", DOHA));
    assertEquals("PAKMIL", code("the Pakistani military", DOHA));
    assertEquals("PAKMIL", code("Pakistan's army", DOHA));
    assertEquals("USAMIL", code("US forces", DOHA));
    assertEquals("USAMIL", code("American troops", DOHA));
    assertEquals("AFGMIL", code("Afghan security forces", DOHA));
    assertEquals("AFGCOP", code("Afghan police", DOHA));
    assertEquals("ETHGOV", code("Ethiopia's federal government", DOHA));
    assertEquals("NGOAFG", code("Afghan aid groups", DOHA));
  }

  @Test
  void capitalsStandForGovernments() {
    assertEquals("AFGGOV", code("the Kabul government", DOHA));
    assertEquals("USAGOV", code("Washington", DOHA));
    assertEquals("PAKGOV", code("Islamabad", DOHA));
  }

  @Test
  void officeholdersByDate() {
    assertEquals("USAGOV", code("Khalilzad", LocalDate.of(2021, 1, 4)));
    assertTrue(RESOLVER.resolve("Khalilzad", LocalDate.of(2016, 1, 1)).isEmpty());
    assertEquals("PAKMIL", code("General Qamar Javed Bajwa", LocalDate.of(2021, 6, 1)));
    assertEquals("AFGELI", code("former President Hamid Karzai", LocalDate.of(2020, 3, 1)));
  }

  @Test
  void aPersonsDatedRoleBeatsTheCountryOfTheTitle() {
    // the title only names the role's topic (Afghanistan); the dictionary's role on the date wins
    LocalDate d = LocalDate.of(2021, 8, 8);
    assertEquals(
        "USAGOV", code("Special Representative for Afghan Reconciliation Zalmay Khalilzad", d));
    assertEquals("USAGOV", code("US Special Representative Zalmay Khalilzad", d));
    // without a role on the date, the title's country still composes
    assertEquals("AFGGOV", code("Afghan official Zalmay Khalilzad", LocalDate.of(2016, 1, 1)));
  }

  @Test
  void rolesLearnedFromText() {
    assertEquals("PAKGOV", code("Pakistani Foreign Minister Shah Mahmood Qureshi", DOHA));
    // a minister the dictionary does not know
    assertEquals("PAKGOV", code("Pakistani Foreign Minister Hina Rabbani Khar", DOHA));
    assertEquals("AFGINSTAL", code("Taliban spokesman Zabihullah Mujahid", DOHA));
    assertEquals("AFGINSTAL", code("Taliban spokesman Qari Someone", DOHA));
    assertEquals("USAMIL", code("a spokesman for US forces in Afghanistan", DOHA));
    assertEquals("USAGOV", code("US Special Representative for Afghanistan Reconciliation", DOHA));
    assertEquals("QATGOV", code("Qatar's foreign ministry", DOHA));
  }

  @Test
  void roleRecords() {
    Span s = new Span(0, 1);
    assertEquals(
        "PAKGOV",
        RESOLVER.resolve(new Role("Foreign Minister", "Pakistan", s), DOHA).orElseThrow().code());
    assertEquals(
        "USAMIL",
        RESOLVER
            .resolve(new Role("spokesman", "US forces in Afghanistan", s), DOHA)
            .orElseThrow()
            .code());
    assertEquals(
        "AFGINSTAL",
        RESOLVER.resolve(new Role("spokesman", "Taliban", s), DOHA).orElseThrow().code());
    assertEquals(
        "PAKMIL",
        RESOLVER
            .resolve(new Role("Chief of the Army Staff", "Pakistan", s), DOHA)
            .orElseThrow()
            .code());
  }

  @Test
  void agentOnlyAndUnknown() {
    ResolvedActor r = RESOLVER.resolve("the military", DOHA).orElseThrow();
    assertEquals("---MIL", r.code());
    assertEquals(ResolvedActor.Basis.AGENT_ONLY, r.basis());
    assertTrue(RESOLVER.resolve("a man from nowhere", DOHA).isEmpty());
  }

  @Test
  void groupsAfterTheFallOfKabul() {
    assertEquals("AFGGOVTAL", code("the Taliban", LocalDate.of(2021, 9, 1)));
    assertEquals("AFGINSTAL", code("Taliban fighters", LocalDate.of(2021, 8, 1)));
    assertEquals("IMGMOSISK", code("Islamic State Khorasan Province", LocalDate.of(2021, 8, 26)));
  }
}
