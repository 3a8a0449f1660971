package org.annalist.extract.coder;

import java.time.LocalDate;
import java.util.List;
import org.annalist.extract.TestEngines;
import org.annalist.extract.actor.Dictionaries;
import org.annalist.extract.entity.ArticleEntities;
import org.annalist.extract.quote.QuoteExtractor;
import org.annalist.model.Annotation;
import org.annalist.model.Article;
import org.annalist.model.ArticleEntity;
import org.annalist.model.Event;
import org.annalist.model.Extraction;
import org.annalist.model.Origin;
import org.annalist.time.TimeTagger;

/**
 * Codes one article as the language layer does: the shared test engine, time expressions, entities,
 * quotes, then the event coder with the project's dictionaries. Needs the models.
 */
final class CodedArticles {
  private CodedArticles() {}

  /** A cleaned English article as the coder tests need one: id, publication day, dateline, body. */
  static Article article(String id, LocalDate published, String dateline, String body) {
    return new Article(
        id,
        List.of(Origin.file("t")),
        null,
        null,
        published,
        dateline,
        null,
        "en",
        body,
        List.of(),
        null,
        null);
  }

  static List<Event> code(Article a) {
    Annotation ann = TestEngines.standard().apply(a);
    List<ArticleEntity> ents = new ArticleEntities().group(a, ann);
    Extraction x =
        new Extraction(
            a.id(),
            "test",
            new TimeTagger().tag(a.body(), a.published()),
            ents,
            new QuoteExtractor().extract(a, ann, ents));
    Dictionaries d = Dictionaries.builtIn().value();
    return EventCoder.standard(new ActorCoder(d.actors(), d.agents())).code(a, ann, x);
  }
}
