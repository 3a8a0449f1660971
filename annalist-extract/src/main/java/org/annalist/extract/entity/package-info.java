/**
 * Who is named: entities within an article and one identity across articles.
 *
 * <ol>
 *   <li>{@link org.annalist.extract.entity.ArticleEntities#group} turns an article's annotation
 *       into {@link org.annalist.model.ArticleEntity} records: names grouped with their short
 *       forms, titles and roles, acronyms, role nouns ("the US envoy") and pronouns. Stateless.
 *   <li>{@link org.annalist.extract.entity.EntityIdentity#add} resolves them, one article at a
 *       time, to {@link org.annalist.extract.entity.GlobalEntity} records with stable ids, every
 *       alias, and roles with the articles and dates that give them. A registry; not thread-safe.
 * </ol>
 */
package org.annalist.extract.entity;
