package org.annalist.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.annalist.extract.entity.EntityIdentity;
import org.annalist.extract.entity.GlobalEntity;
import org.annalist.ingest.clean.ArticleCleaner;
import org.annalist.ingest.read.DocumentSink;
import org.annalist.ingest.read.Readers;
import org.annalist.model.Article;
import org.annalist.model.ArticleEntity;
import org.annalist.model.Extraction;
import org.annalist.model.Failure;
import org.annalist.model.Quote;
import org.annalist.model.RawDocument;
import org.annalist.model.Role;
import org.annalist.model.Span;
import org.annalist.model.TimeExpression;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The whole language layer on the demo corpus and the samples: a contract every extraction meets
 * whichever reader produced the article (offsets point at their text, in bounds, in order), and the
 * golden expectations of {@code demo/expected/language.tsv}, written by reading the articles.
 */
@Tag("models")
class LanguageLayerTest {
  private static final Path DEMO = Path.of(System.getProperty("annalist.root", ".."), "demo");
  private static final Map<String, Article> ARTICLES = new LinkedHashMap<>();
  private static final Map<String, Extraction> EXTRACTED = new LinkedHashMap<>();
  private static LanguageLayer layer;

  @BeforeAll
  static void extractAll() {
    layer = LanguageLayer.standard();
    ArticleCleaner cleaner = new ArticleCleaner();
    List<Path> inputs = new ArrayList<>(List.of(DEMO.resolve("corpus")));
    Path samples = Path.of(System.getProperty("annalist.shared", "../shared"), "samples");
    if (Files.isDirectory(samples)) {
      inputs.add(samples);
    }
    Readers.standard()
        .read(
            inputs,
            new DocumentSink() {
              @Override
              public void document(RawDocument doc) {
                String key =
                    DEMO.resolve("corpus")
                        .relativize(Path.of(doc.origin().path()))
                        .toString()
                        .replace('\\', '/');
                if (doc.origin().record() != null) {
                  key += "#" + doc.origin().record(); // each record of a JSON Lines file
                }
                Article a = cleaner.apply(doc);
                ARTICLES.put(key, a);
                EXTRACTED.put(key, layer.apply(a));
              }

              @Override
              public void failure(Failure failure) {
                throw new AssertionError(failure.toString());
              }
            });
  }

  @AfterAll
  static void close() {
    layer.close();
  }

  private static void inBody(Article a, Span s, String what) {
    assertTrue(
        s.start() >= 0 && s.end() <= a.body().length() && s.start() <= s.end(),
        what + " " + s + " outside the body of " + a.id());
  }

  @Test
  void everyExtractionPointsIntoItsArticle() {
    assertTrue(EXTRACTED.size() >= 36, "extracted " + EXTRACTED.size());
    for (var e : EXTRACTED.entrySet()) {
      Article a = ARTICLES.get(e.getKey());
      Extraction x = e.getValue();
      assertEquals(a.id(), x.articleId());
      assertEquals(layer.version(), x.version());
      if (!a.processable()) {
        assertTrue(x.times().isEmpty() && x.entities().isEmpty() && x.quotes().isEmpty());
        continue;
      }
      int last = -1;
      for (TimeExpression t : x.times()) {
        inBody(a, t.span(), "time");
        assertEquals(t.text(), t.span().of(a.body()), "time text");
        assertTrue(t.span().start() >= last, "times in text order");
        last = t.span().start();
      }
      for (ArticleEntity en : x.entities()) {
        assertTrue(!en.mentions().isEmpty(), "entity without mentions: " + en);
        for (Span m : en.mentions()) {
          inBody(a, m, "mention");
        }
        for (Role r : en.roles()) {
          inBody(a, r.span(), "role");
        }
      }
      for (Quote q : x.quotes()) {
        inBody(a, q.span(), "quote");
        assertEquals(q.text(), q.span().of(a.body()), "quote text");
        if (q.speaker() != null) {
          inBody(a, q.speaker().span(), "speaker");
          if (q.speaker().entity() != null) {
            assertTrue(
                x.entities().stream().anyMatch(en -> en.key().equals(q.speaker().entity())),
                "speaker entity " + q.speaker().entity() + " is one of the article's");
          }
        }
      }
    }
  }

  @Test
  void demoExpectationsHold() throws IOException {
    EntityIdentity identity = new EntityIdentity();
    for (var e : EXTRACTED.entrySet()) {
      identity.add(ARTICLES.get(e.getKey()), e.getValue().entities());
    }
    int checked = 0;
    for (String line : Files.readAllLines(DEMO.resolve("expected").resolve("language.tsv"))) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\t");
      switch (f[0]) {
        case "time" -> {
          Article a = ARTICLES.get(f[1]);
          assertNotNull(a, f[1]);
          TimeExpression t =
              EXTRACTED.get(f[1]).times().stream()
                  .filter(x -> x.text().equals(f[2]))
                  .findFirst()
                  .orElseThrow(() -> new AssertionError("no time '" + f[2] + "' in " + f[1]));
          assertEquals(f[3], t.value(), f[2] + " in " + f[1]);
        }
        case "entity" -> {
          ArticleEntity en =
              EXTRACTED.get(f[1]).entities().stream()
                  .filter(x -> x.name().equals(f[2]))
                  .findFirst()
                  .orElseThrow(
                      () ->
                          new AssertionError(
                              "no entity "
                                  + f[2]
                                  + " in "
                                  + f[1]
                                  + ": "
                                  + EXTRACTED.get(f[1]).entities()));
          assertEquals(f[3], en.type().name(), f[2]);
          for (int i = 4; i < f.length; i++) {
            String want = f[i].substring(f[i].indexOf('=') + 1);
            if (f[i].startsWith("alias=")) {
              assertTrue(en.aliases().contains(want), f[2] + " aliases " + en.aliases());
            } else {
              assertTrue(
                  en.roles().stream().anyMatch(r -> r.title().contains(want)),
                  f[2] + " roles " + en.roles());
            }
          }
        }
        case "same" -> {
          GlobalEntity one = byForm(identity, f[1]);
          GlobalEntity two = byForm(identity, f[2]);
          assertEquals(one.id(), two.id(), f[1] + " and " + f[2] + " are one entity");
        }
        default -> throw new AssertionError("unknown line kind: " + line);
      }
      checked++;
    }
    assertTrue(checked >= 15, "checked " + checked);
  }

  private static GlobalEntity byForm(EntityIdentity identity, String form) {
    return identity.entities().stream()
        .filter(g -> g.name().equals(form) || g.aliases().contains(form))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no global entity named " + form));
  }
}
