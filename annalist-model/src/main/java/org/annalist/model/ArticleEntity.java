package org.annalist.model;

import java.util.List;
import java.util.Objects;

/**
 * One real-world referent within one article: its mentions grouped ("Zalmay Khalilzad" ...
 * "Khalilzad" ... "the US envoy" ... "he"), with the name forms, roles and acronym expansions the
 * article gives it.
 *
 * @param key article-local id ({@code e1}, {@code e2}, ...), stable for the same annotation
 * @param name canonical name within the article (the longest proper name used)
 * @param type what kind of thing it is
 * @param aliases every other name form used in the article (surname alone, acronym, expansion)
 * @param roles titles and roles attached to it in the article
 * @param mentions every mention's span in {@link Article#body()}: names, role nouns, pronouns
 */
public record ArticleEntity(
    String key,
    String name,
    EntityType type,
    List<String> aliases,
    List<Role> roles,
    List<Span> mentions) {
  public ArticleEntity {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    aliases = List.copyOf(aliases);
    roles = List.copyOf(roles);
    mentions = List.copyOf(mentions);
  }
}
