package org.annalist.extract.coder;

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
import org.annalist.time.TimeTagger;

/**
 * Codes one article as the language layer does: the shared test engine, time expressions, entities,
 * quotes, then the event coder with the project's dictionaries. Needs the models.
 */
final class CodedArticles {
  private CodedArticles() {}

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
