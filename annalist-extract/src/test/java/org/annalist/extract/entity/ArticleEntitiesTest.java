package org.annalist.extract.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import org.annalist.model.ArticleEntity;
import org.annalist.model.EntityType;
import org.annalist.model.Role;
import org.annalist.model.Span;
import org.junit.jupiter.api.Test;

/** Rule tests of {@link ArticleEntities} on hand-built annotations (our own sentences). */
class ArticleEntitiesTest {
  private final ArticleEntities entities = new ArticleEntities();

  private List<ArticleEntity> group(Fixture f) {
    return entities.group(f.article(), f.annotation());
  }

  private static ArticleEntity named(List<ArticleEntity> es, String name) {
    return es.stream()
        .filter(e -> e.name().equals(name))
        .findFirst()
        .orElseThrow(() -> new AssertionError(name + " not among " + names(es)));
  }

  private static List<String> names(List<ArticleEntity> es) {
    return es.stream().map(ArticleEntity::name).collect(Collectors.toList());
  }

  private static List<String> texts(Fixture f, ArticleEntity e) {
    String body = f.article().body();
    return e.mentions().stream().map(s -> s.of(body)).collect(Collectors.toList());
  }

  private static List<String> titles(ArticleEntity e) {
    return e.roles().stream().map(Role::title).collect(Collectors.toList());
  }

  @Test
  void titleBeforeNameSurnameRoleNounAndPronoun() {
    Fixture f =
        Fixture.of(
                "KABUL: The UN Special Envoy for Syria Rahim Daoud Karimi arrived on Sunday. "
                    + "Karimi met officials in the capital. He said the talks would resume. "
                    + "The UN envoy later left for Geneva.")
            .person("Rahim Daoud Karimi", "Karimi")
            .org("UN")
            .loc("Syria", "Geneva", "KABUL");
    List<ArticleEntity> es = group(f);
    ArticleEntity k = named(es, "Rahim Daoud Karimi");
    assertEquals(EntityType.PERSON, k.type());
    assertEquals(List.of("Karimi"), k.aliases());
    assertEquals(List.of("UN Special Envoy for Syria"), titles(k));
    assertEquals("UN", k.roles().get(0).organization());
    assertEquals(List.of("Rahim Daoud Karimi", "Karimi", "He", "The UN envoy"), texts(f, k));
    assertEquals("e1", es.get(0).key());
    assertEquals("KABUL", es.get(0).name());
  }

  @Test
  void appositionRankAndShortForms() {
    Fixture f =
        Fixture.of(
                "Colonel Maria Ortega, spokeswoman for NATO forces in the region, said the base"
                    + " was secure. Col. Ortega added that she had visited it.")
            .person("Maria Ortega", "Ortega")
            .org("NATO");
    ArticleEntity o = named(group(f), "Maria Ortega");
    assertTrue(o.aliases().contains("Colonel Maria Ortega"), o.aliases().toString());
    assertTrue(o.aliases().contains("Ortega"), o.aliases().toString());
    assertTrue(o.aliases().contains("Col. Ortega"), o.aliases().toString());
    assertEquals(
        List.of("Colonel", "spokeswoman for NATO forces in the region", "Col."), titles(o));
    assertEquals("NATO forces in the region", o.roles().get(1).organization());
    assertEquals(List.of("Maria Ortega", "Ortega", "she"), texts(f, o));
  }

  @Test
  void honorificInsideTheNerMentionIsStripped() {
    Fixture f =
        Fixture.of("Gen Tariq Aziz Rana inspected the troops. Rana praised them.")
            .person("Gen Tariq Aziz Rana", "Rana");
    ArticleEntity r = named(group(f), "Tariq Aziz Rana");
    assertEquals(List.of("Gen Tariq Aziz Rana", "Rana"), r.aliases());
    assertEquals(List.of("Gen"), titles(r));
    assertEquals("Tariq Aziz Rana", r.mentions().get(0).of(f.article().body()));
  }

  @Test
  void acronymsJoinTheirExpansionsAndBareAcronymsStay() {
    Fixture f =
        Fixture.of(
                "Officials of the National Directorate of Security (NDS) said the raid ended. The"
                    + " NDS later denied it. Soldiers of the ANA (Afghan National Army) took part,"
                    + " and the KPRD said nothing.")
            .org("National Directorate of Security");
    List<ArticleEntity> es = group(f);
    ArticleEntity nds = named(es, "National Directorate of Security");
    assertEquals(List.of("NDS"), nds.aliases());
    assertEquals(3, nds.mentions().size());
    ArticleEntity ana = named(es, "Afghan National Army");
    assertEquals(EntityType.ORGANIZATION, ana.type());
    assertEquals(List.of("ANA"), ana.aliases());
    ArticleEntity kprd = named(es, "KPRD");
    assertEquals(EntityType.ORGANIZATION, kprd.type());
    assertEquals(3, es.size(), names(es).toString());
  }

  @Test
  void titleAcronymIsAnAliasOfThePerson() {
    Fixture f =
        Fixture.of(
                "Envoys met the Chief of Defence Staff (CDS) General Arjun Malhotra on Friday. The"
                    + " CDS said the border was calm.")
            .person("Arjun Malhotra");
    List<ArticleEntity> es = group(f);
    assertEquals(1, es.size(), names(es).toString());
    ArticleEntity m = es.get(0);
    assertEquals("Arjun Malhotra", m.name());
    assertTrue(
        m.aliases().containsAll(List.of("General Arjun Malhotra", "CDS")), m.aliases().toString());
    assertEquals(List.of("Chief of Defence Staff", "General"), titles(m));
    assertEquals(List.of("Arjun Malhotra", "CDS"), texts(f, m));
  }

  @Test
  void surnameJoinsTheMostRecentPersonOfThatName() {
    Fixture f =
        Fixture.of("Imran Khan met Ismail Khan in Herat. Later Khan said the meeting went well.")
            .person("Imran Khan", "Ismail Khan", "Khan")
            .loc("Herat");
    List<ArticleEntity> es = group(f);
    assertEquals(2, es.get(0).mentions().size() + es.get(1).mentions().size() - 1);
    assertEquals(List.of("Khan"), named(es, "Ismail Khan").aliases());
    assertEquals(List.of(), named(es, "Imran Khan").aliases());
  }

  @Test
  void organisationFormsAreOneWhenThePlaceIsNamed() {
    Fixture f =
        Fixture.of(
                "The U.S. Department of State said on Monday that U.S. troops would stay. The"
                    + " State Department declined to comment further.")
            .org("U.S. Department of State", "State Department")
            .loc("U.S.");
    List<ArticleEntity> es = group(f);
    ArticleEntity d = named(es, "U.S. Department of State");
    assertEquals(List.of("State Department"), d.aliases());
    assertEquals(2, es.size(), names(es).toString());
  }

  @Test
  void pronounGoesToTheSubjectOfThePrecedingSentence() {
    Fixture f =
        Fixture.of("Ahmad Zia met Farid Noori in Herat. He said the talks were useful.")
            .person("Ahmad Zia", "Farid Noori")
            .loc("Herat");
    List<ArticleEntity> es = group(f);
    assertEquals(List.of("Ahmad Zia", "He"), texts(f, named(es, "Ahmad Zia")));
    assertEquals(List.of("Farid Noori"), texts(f, named(es, "Farid Noori")));
  }

  @Test
  void pronounIsLeftAloneWhenNoOneStandsOut() {
    Fixture f =
        Fixture.of("Talks between Ahmad Zia and Farid Noori ended late. He said “he will return.”")
            .person("Ahmad Zia", "Farid Noori");
    List<ArticleEntity> es = group(f);
    assertEquals(1, named(es, "Ahmad Zia").mentions().size());
    assertEquals(1, named(es, "Farid Noori").mentions().size());
  }

  @Test
  void pronounInsideQuotesIsNotLinked() {
    Fixture f =
        Fixture.of("Ahmad Zia spoke first. “He is wrong,” said an aide.").person("Ahmad Zia");
    assertEquals(1, group(f).get(0).mentions().size());
  }

  @Test
  void creditLinesDoNotMakeEntities() {
    Fixture f =
        Fixture.of(
                "By Jonas Weber\n\nThe minister Hamid Sultani said the road was open."
                    + " (Photo credit Lena Roth)")
            .person("Jonas Weber", "Hamid Sultani", "Lena Roth")
            .byline("Jonas Weber");
    List<ArticleEntity> es = group(f);
    assertEquals(List.of("Hamid Sultani"), names(es));
  }

  @Test
  void mentionsAreInBodyOrderAndWithinTheBody() {
    Fixture f =
        Fixture.of("Karimi spoke. Rahim Karimi left. He was tired.")
            .person("Rahim Karimi", "Karimi");
    List<ArticleEntity> es = group(f);
    assertEquals(1, es.size());
    ArticleEntity k = es.get(0);
    assertEquals("Rahim Karimi", k.name());
    int prev = -1;
    for (Span s : k.mentions()) {
      assertTrue(s.start() > prev);
      prev = s.start();
    }
    assertNotNull(k.key());
    assertFalse(k.aliases().contains(k.name()));
  }
}
