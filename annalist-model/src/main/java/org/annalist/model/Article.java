package org.annalist.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A cleaned article: the body without site furniture, and its metadata. Immutable.
 *
 * <p>Every metadata field is null when the source does not state it; it is never guessed and never
 * taken from the day of processing. {@link #provenance()} says how each non-null field was found.
 *
 * @param id content identity, {@link ArticleId#of(String)} of the body
 * @param origins every place this article was read from (at least one)
 * @param outlet the publishing outlet
 * @param title the headline
 * @param published the publication date
 * @param dateline the dateline place ({@code KABUL})
 * @param byline the author(s) as credited
 * @param language ISO 639-1 code of the body's language, or {@code und}
 * @param body the cleaned article text; all later offsets point into it
 * @param removed what the cleaner removed from the source, in source order
 * @param provenance field name to how it was found (e.g. {@code published -> text:published-in})
 * @param notes problems noticed while reading or cleaning
 */
public record Article(
    String id,
    List<Origin> origins,
    String outlet,
    String title,
    LocalDate published,
    String dateline,
    String byline,
    String language,
    String body,
    List<Removed> removed,
    Map<String, String> provenance,
    List<String> notes) {
  public Article {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(body, "body");
    Objects.requireNonNull(language, "language");
    origins = List.copyOf(origins);
    if (origins.isEmpty()) {
      throw new IllegalArgumentException("article " + id + " has no origin");
    }
    removed = removed == null ? List.of() : List.copyOf(removed);
    provenance = provenance == null ? Map.of() : Map.copyOf(provenance);
    notes = notes == null ? List.of() : List.copyOf(notes);
  }

  /** True when later stages process this article (English only, for now). */
  public boolean processable() {
    return "en".equals(language);
  }

  /** This article with {@code more} origins added (duplicates ignored, order kept). */
  public Article withOrigins(List<Origin> more) {
    var all = new java.util.LinkedHashSet<>(origins);
    all.addAll(more);
    return new Article(
        id,
        List.copyOf(all),
        outlet,
        title,
        published,
        dateline,
        byline,
        language,
        body,
        removed,
        provenance,
        notes);
  }
}
