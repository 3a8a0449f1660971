package org.annalist.extract.entity;

import java.util.Objects;

/**
 * Which global entity an article entity was resolved to.
 *
 * @param articleId the article
 * @param key the article-local key ({@code e1}, ...)
 * @param globalId the {@link GlobalEntity#id()}
 */
public record Resolution(String articleId, String key, String globalId) {
  public Resolution {
    Objects.requireNonNull(articleId, "articleId");
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(globalId, "globalId");
  }
}
