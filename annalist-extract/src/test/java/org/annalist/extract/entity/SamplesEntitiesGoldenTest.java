package org.annalist.extract.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.annalist.model.Article;
import org.annalist.model.ArticleEntity;
import org.annalist.model.Role;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Golden test of entities within and across the five real samples ({@code ../shared/samples}, read
 * at test time, skipped when absent), cleaned and annotated by the real pipeline. Expected entities
 * are in {@code samples-entities.json}, written by reading the articles.
 */
@Tag("models")
class SamplesEntitiesGoldenTest {
  private static final Map<String, Article> ARTICLES = new LinkedHashMap<>();
  private static final Map<String, List<ArticleEntity>> ENTITIES = new LinkedHashMap<>();
  private static final Map<String, Map<String, String>> GLOBAL_IDS = new LinkedHashMap<>();
  private static EntityIdentity identity;
  private static JsonNode golden;

  @BeforeAll
  static void run() throws IOException {
    try (InputStream in =
        SamplesEntitiesGoldenTest.class.getResourceAsStream("samples-entities.json")) {
      golden = new ObjectMapper().readTree(in);
    }
    if (!Files.isDirectory(Samples.dir())) {
      return;
    }
    ArticleEntities grouping = new ArticleEntities();
    identity = new EntityIdentity();
    for (Iterator<String> it = golden.get("articles").fieldNames(); it.hasNext(); ) {
      String p = it.next();
      Article a = Samples.article(p);
      List<ArticleEntity> es = grouping.group(a, SharedEngine.get().apply(a));
      ARTICLES.put(p, a);
      ENTITIES.put(p, es);
      Map<String, String> ids = new LinkedHashMap<>();
      for (Resolution r : identity.add(a, es)) {
        ids.put(r.key(), r.globalId());
      }
      GLOBAL_IDS.put(p, ids);
    }
  }

  private static ArticleEntity find(String sample, String name) {
    return ENTITIES.get(sample).stream()
        .filter(e -> e.name().equals(name))
        .findFirst()
        .orElse(null);
  }

  @Test
  void expectedEntitiesAliasesAndRoles() {
    assumeTrue(identity != null, "shared samples not present");
    int entities = 0;
    int aliases = 0;
    int roles = 0;
    List<String> problems = new ArrayList<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = golden.get("articles").fields();
        it.hasNext(); ) {
      var sample = it.next();
      String p = sample.getKey();
      for (JsonNode x : sample.getValue().get("entities")) {
        ArticleEntity e = find(p, x.get("name").asText());
        if (e == null) {
          problems.add(p + ": no entity " + x.get("name").asText());
          continue;
        }
        entities++;
        if (!e.type().name().equals(x.get("type").asText())) {
          problems.add(p + ": " + e.name() + " is " + e.type());
        }
        for (JsonNode alias : x.get("aliases")) {
          if (e.aliases().contains(alias.asText())) {
            aliases++;
          } else {
            problems.add(
                p + ": " + e.name() + " lacks alias " + alias.asText() + " " + e.aliases());
          }
        }
        List<String> titles = e.roles().stream().map(Role::title).toList();
        for (JsonNode role : x.get("roles")) {
          if (titles.contains(role.asText())) {
            roles++;
          } else {
            problems.add(p + ": " + e.name() + " lacks role " + role.asText() + " " + titles);
          }
        }
      }
      for (JsonNode absent : sample.getValue().get("absent")) {
        if (find(p, absent.asText()) != null) {
          problems.add(p + ": unexpected entity " + absent.asText());
        }
      }
    }
    System.out.printf(
        "samples golden: %d entities, %d aliases, %d roles found as expected%n",
        entities, aliases, roles);
    assertEquals(List.of(), problems);
  }

  @Test
  void roleNounsAndPronounsJoinTheirPerson() {
    assumeTrue(identity != null, "shared samples not present");
    for (Iterator<Map.Entry<String, JsonNode>> it = golden.get("mentions").fields();
        it.hasNext(); ) {
      var sample = it.next();
      if (sample.getKey().startsWith("_")) {
        continue;
      }
      String body = ARTICLES.get(sample.getKey()).body();
      for (Iterator<Map.Entry<String, JsonNode>> es = sample.getValue().fields(); es.hasNext(); ) {
        var x = es.next();
        ArticleEntity e = find(sample.getKey(), x.getKey());
        assertNotNull(e, x.getKey());
        List<String> texts = e.mentions().stream().map(s -> s.of(body)).toList();
        for (JsonNode m : x.getValue()) {
          assertTrue(texts.contains(m.asText()), x.getKey() + " lacks mention " + m + ": " + texts);
        }
      }
    }
  }

  private static String globalId(String ref) {
    String[] parts = ref.split(":", 2);
    ArticleEntity e = find(parts[0], parts[1]);
    assertNotNull(e, ref);
    return GLOBAL_IDS.get(parts[0]).get(e.key());
  }

  @Test
  void oneGlobalEntityPerReferent() {
    assumeTrue(identity != null, "shared samples not present");
    for (JsonNode group : golden.get("same")) {
      String first = globalId(group.get(0).asText());
      for (JsonNode ref : group) {
        assertEquals(first, globalId(ref.asText()), ref.asText());
      }
    }
    for (JsonNode pair : golden.get("different")) {
      GlobalEntity a = byName(pair.get(0).asText());
      GlobalEntity b = byName(pair.get(1).asText());
      assertNotEquals(a.id(), b.id());
    }
    GlobalEntity k = byName("Zalmay Khalilzad");
    assertTrue(k.aliases().contains("Zalmai Khalilzad"), k.aliases().toString());
    assertEquals(5, k.articles().size());
    GlobalEntity b = byName("Qamar Javed Bajwa");
    assertTrue(
        b.aliases().containsAll(List.of("General Qamar Javed Bajwa", "Gen Qamar Javed Bajwa")));
    // "Gen" and "General" are one role, seen in two articles
    assertTrue(b.roles().stream().anyMatch(r -> r.seen().size() == 2), b.roles().toString());
  }

  private static GlobalEntity byName(String name) {
    return identity.entities().stream()
        .filter(g -> g.name().equals(name))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no global entity " + name));
  }
}
