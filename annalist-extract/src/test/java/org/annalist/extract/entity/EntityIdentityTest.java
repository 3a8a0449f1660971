package org.annalist.extract.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.annalist.model.Article;
import org.annalist.model.ArticleEntity;
import org.annalist.model.ArticleId;
import org.annalist.model.EntityType;
import org.annalist.model.Origin;
import org.annalist.model.Role;
import org.annalist.model.Span;
import org.junit.jupiter.api.Test;

/** Rule tests of {@link EntityIdentity} on hand-made article entities. */
class EntityIdentityTest {
  private static Article article(String body, LocalDate published) {
    return new Article(
        ArticleId.of(body),
        List.of(Origin.file("t")),
        null,
        null,
        published,
        null,
        null,
        "en",
        body,
        null,
        null,
        null);
  }

  private static ArticleEntity person(
      String key, String name, List<String> aliases, Role... roles) {
    return new ArticleEntity(
        key, name, EntityType.PERSON, aliases, List.of(roles), List.of(new Span(0, 1)));
  }

  private static ArticleEntity org(String key, String name, String... aliases) {
    return new ArticleEntity(
        key, name, EntityType.ORGANIZATION, List.of(aliases), List.of(), List.of(new Span(0, 1)));
  }

  private static Role role(String title) {
    return new Role(title, null, new Span(0, 1));
  }

  @Test
  void spellingVariantsAndTitlesAreOnePerson() {
    EntityIdentity id = new EntityIdentity();
    var a =
        id.add(
            article("a", LocalDate.of(2021, 1, 5)),
            List.of(person("e1", "Rahim Karimi", List.of("Karimi"), role("Gen"))));
    var b =
        id.add(
            article("b", null),
            List.of(
                person(
                    "e1", "Raheem Kareemi", List.of("General Raheem Kareemi"), role("General"))));
    assertEquals(a.get(0).globalId(), b.get(0).globalId());
    GlobalEntity g = id.entities().get(0);
    assertEquals(1, id.entities().size());
    assertTrue(g.aliases().contains("Raheem Kareemi"));
    assertEquals(1, g.roles().size(), g.roles().toString());
    assertEquals(2, g.roles().get(0).seen().size());
    assertEquals(LocalDate.of(2021, 1, 5), g.roles().get(0).seen().get(0).published());
    assertEquals(2, g.articles().size());
  }

  @Test
  void sharedNamePartsAreNotEnough() {
    EntityIdentity id = new EntityIdentity();
    id.add(article("a", null), List.of(person("e1", "Abdullah Abdullah", List.of())));
    id.add(article("b", null), List.of(person("e1", "Abdullah", List.of())));
    id.add(
        article("c", null),
        List.of(person("e1", "Imran Khan", List.of()), person("e2", "Ismail Khan", List.of())));
    id.add(article("d", null), List.of(person("e1", "Abdullah Khan", List.of())));
    assertEquals(5, id.entities().size(), id.entities().toString());
  }

  @Test
  void surnameAloneJoinsThePersonWithTheSameKindOfRole() {
    EntityIdentity id = new EntityIdentity();
    id.add(article("a", null), List.of(person("e1", "Rahim Karimi", List.of(), role("UN envoy"))));
    var r =
        id.add(
            article("b", null),
            List.of(person("e1", "Karimi", List.of(), role("special representative"))));
    assertEquals(1, id.entities().size());
    assertEquals(id.entities().get(0).id(), r.get(0).globalId());
  }

  @Test
  void organisationFormsFoldAndAcronymsNeedOneBareSide() {
    EntityIdentity id = new EntityIdentity();
    id.add(article("a", null), List.of(org("e1", "U.S. Department of State", "State Department")));
    id.add(article("b", null), List.of(org("e1", "the State Department")));
    id.add(article("c", null), List.of(org("e1", "International Energy Agency", "IEA")));
    id.add(article("d", null), List.of(org("e1", "Islamic Emirate of Afghanistan", "IEA")));
    id.add(article("e", null), List.of(org("e1", "ISPR")));
    id.add(article("f", null), List.of(org("e1", "Inter-Services Public Relations", "ISPR")));
    List<GlobalEntity> all = id.entities();
    assertEquals(4, all.size(), all.toString());
    assertEquals(2, all.get(0).articles().size());
    assertEquals("Inter-Services Public Relations", all.get(3).name());
  }

  @Test
  void idsAreStableAndAddingTwiceChangesNothing() {
    EntityIdentity one = new EntityIdentity();
    EntityIdentity two = new EntityIdentity();
    Article a = article("a", null);
    List<ArticleEntity> es = List.of(person("e1", "Rahim Karimi", List.of()));
    String x = one.add(a, es).get(0).globalId();
    assertEquals(x, two.add(a, es).get(0).globalId());
    assertTrue(x.startsWith("per-"));
    one.add(a, es);
    assertEquals(1, one.entities().get(0).mentionCount());
    EntityIdentity restored = EntityIdentity.restore(one.entities());
    var r = restored.add(article("b", null), List.of(person("e1", "Rahim Karimi", List.of())));
    assertEquals(x, r.get(0).globalId());
    assertEquals(2, restored.get(x).articles().size());
    assertNotEquals(
        x,
        restored
            .add(article("c", null), List.of(person("e1", "Rahim Kamali", List.of())))
            .get(0)
            .globalId());
  }
}
