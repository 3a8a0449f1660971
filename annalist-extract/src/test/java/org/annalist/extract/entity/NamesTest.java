package org.annalist.extract.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class NamesTest {
  @Test
  void transliterationVariants() {
    assertTrue(Names.sameToken("Zalmay", "Zalmai"));
    assertTrue(Names.sameToken("Mohammed", "Muhammad"));
    assertTrue(Names.sameToken("Khaled", "Kaled"));
    assertTrue(Names.sameToken("Youssef", "Yusef"));
    assertFalse(Names.sameToken("Imran", "Ismail"));
    assertFalse(Names.sameToken("Abdullah", "Abdul"));
  }

  @Test
  void fullNamesMustAgree() {
    assertTrue(
        Names.compatiblePersons(List.of("Qamar", "Javed", "Bajwa"), List.of("Qamar", "Bajwa")));
    assertTrue(
        Names.compatiblePersons(List.of("Antony", "J.", "Blinken"), List.of("Antony", "Blinken")));
    assertFalse(Names.compatiblePersons(List.of("Abdullah", "Abdullah"), List.of("Abdullah")));
    assertFalse(
        Names.compatiblePersons(List.of("Abdullah", "Abdullah"), List.of("Abdullah", "Khan")));
    assertFalse(
        Names.compatiblePersons(
            List.of("Qamar", "Javed", "Bajwa"), List.of("Qamar", "Aziz", "Bajwa")));
  }

  @Test
  void organisationKeys() {
    assertTrue(Names.keys("the U.S. Department of State").contains("us state department"));
    assertTrue(Names.keys("US State Department").contains("us state department"));
    assertTrue(Names.keys("The State Department").contains("state department"));
  }

  @Test
  void acronymExpansions() {
    assertEquals(
        1, Names.expansionStart("COAS", List.of("on", "Chief", "of", "the", "Army", "Staff")));
    assertTrue(
        Names.spells(
            "ANDSF", List.of("Afghan", "National", "Defense", "and", "Security", "Forces")));
    assertTrue(Names.spells("IEA", List.of("Islamic", "Emirate", "of", "Afghanistan")));
    assertTrue(Names.spells("GHQ", List.of("General", "Headquarters")));
    assertTrue(Names.spells("ISPR", List.of("Inter-Services", "Public", "Relations")));
    assertFalse(Names.spells("NDS", List.of("Afghan", "National", "Army")));
  }
}
