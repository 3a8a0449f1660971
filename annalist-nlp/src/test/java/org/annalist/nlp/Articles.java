package org.annalist.nlp;

import java.util.List;
import org.annalist.model.Article;
import org.annalist.model.ArticleId;
import org.annalist.model.Origin;

/** Small articles written for the tests. */
final class Articles {
  private Articles() {}

  /** An article with this body and language and no metadata. */
  static Article of(String body, String language) {
    return new Article(
        ArticleId.of(body),
        List.of(Origin.file("test")),
        null,
        null,
        null,
        null,
        null,
        language,
        body,
        null,
        null,
        null);
  }
}
