/**
 * Linking articles to articles: near-duplicate copies (MinHash over word shingles, LSH banding,
 * exact Jaccard on the candidates) and same-happening clusters (TF-IDF cosine over content words,
 * entities and event codes, within a date window, candidates from an inverted index on each
 * article's rarest terms). The facade is {@link org.annalist.link.article.ArticleLinker}; it takes
 * {@link org.annalist.link.article.ArticleDigest}s and returns {@link
 * org.annalist.link.article.ArticleLinks}. Pure, deterministic, no static mutable state.
 */
package org.annalist.link.article;
