package org.annalist.extract.entity;

import java.util.List;
import java.util.Objects;
import org.annalist.model.EntityType;

/**
 * One real-world referent across articles, as {@link EntityIdentity} knows it. Immutable.
 *
 * @param id stable id: fixed when the entity is first seen, derived from its type and folded name
 *     then (e.g. {@code per-3f2a9c01b4d7}); re-running the same batches in the same order gives the
 *     same ids
 * @param name canonical name: the longest proper name form (most words; then the form most articles
 *     use; then the first seen), without honorifics
 * @param type what kind of thing it is (for non-persons, the type most mentions carry)
 * @param aliases every other name form seen (spelling variants, surname alone, with honorifics,
 *     acronyms, expansions), in order first seen
 * @param roles titles and roles seen, each with the articles and dates it was seen in
 * @param articles ids of the articles that mention it, in order added
 * @param mentionCount number of mentions in all those articles (names, role nouns, pronouns)
 * @param mergedIds ids of entities later found to be this one and merged into it (the store should
 *     redirect them); empty for most
 */
public record GlobalEntity(
    String id,
    String name,
    EntityType type,
    List<String> aliases,
    List<GlobalRole> roles,
    List<String> articles,
    int mentionCount,
    List<String> mergedIds) {
  public GlobalEntity {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    aliases = List.copyOf(aliases);
    roles = List.copyOf(roles);
    articles = List.copyOf(articles);
    mergedIds = mergedIds == null ? List.of() : List.copyOf(mergedIds);
  }
}
