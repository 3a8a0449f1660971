package org.annalist.extract.entity;

import java.util.List;
import java.util.Objects;
import org.annalist.model.Annotation;
import org.annalist.model.Article;
import org.annalist.model.ArticleEntity;

/**
 * Groups the named-entity mentions of one article into the things they name, with the name forms,
 * titles and roles, and acronym expansions the article gives each.
 *
 * <p>Input: an article and the {@link Annotation} of its body (sentences, tokens, optional
 * dependencies, NER mentions). Output: one {@link ArticleEntity} per referent, keyed {@code e1, e2,
 * ...} in order of first mention; never null, empty when there are no mentions. Offsets that do not
 * fit the body are ignored, not thrown on. The rules, in order:
 *
 * <ol>
 *   <li><b>Names.</b> Honorifics and ranks before a person's name ("Col", "General", "Dr.",
 *       "President") are not part of the canonical name; "Col Sonny Leggett" is kept as an alias. A
 *       later surname ("Khalilzad") or given name used alone joins the most recent person with that
 *       last (else unique first) name; longer forms join when the full names are compatible ({@link
 *       Names#compatiblePersons}). Other types join on folded keys ("the State Department" = "state
 *       department" = "Department of State"; a leading country named in the article may be dropped:
 *       "U.S. department of state").
 *   <li><b>Roles.</b> A title run written straight before a person's name ("US Special
 *       Representative for Afghanistan Reconciliation Zalmay Khalilzad", "Chief of the Army Staff
 *       (COAS) General Qamar Javed Bajwa") or an apposition after it ("Sonny Leggett, spokesman for
 *       US forces in Afghanistan,") becomes a {@code Role} when it holds a role noun; military
 *       ranks become roles of their own; the organisation is a country or organisation named first
 *       in the title, or the "for/of X" phrase that names one.
 *   <li><b>Acronyms.</b> "EXPANSION (ACR)" and "ACR (EXPANSION)" when the initials match. An
 *       acronym of a person's title ("COAS") is an alias of that person; others are aliases of the
 *       organisation. A bare acronym later joins its expansion; one NER missed altogether becomes
 *       an ORGANIZATION of its own ("ISPR").
 *   <li><b>Role nouns.</b> "the [modifiers] envoy" (definite, not followed by a name or "of") is a
 *       mention of the one person seen earlier whose role has a synonymous head (envoy,
 *       representative, ambassador, diplomat) and whose role or organisation contains the proper
 *       modifiers ("US"); when several people fit, none is chosen.
 *   <li><b>Pronouns.</b> he/him/his/she/her outside quotation marks refer to a person mentioned
 *       earlier in the same sentence, else in the nearest of the two preceding sentences that
 *       mentions a person: the only person there, else the only grammatical subject there (the
 *       {@code nsubj} of the parse, or the person named before the first verb); otherwise the
 *       pronoun is left alone. Gender is only used to exclude (Mrs, Ms, Mr, Sir).
 *   <li><b>Credits.</b> Mentions in sentences that read as credits ("By ...", "Photo: ...", "(Pic
 *       credit ...)", or the article's byline alone) are ignored.
 * </ol>
 *
 * <p>Thread-safe and stateless: one instance may be shared by every thread.
 */
public final class ArticleEntities {

  /** Groups {@code annotation}'s mentions, which must point into {@code article.body()}. */
  public List<ArticleEntity> group(Article article, Annotation annotation) {
    Objects.requireNonNull(article, "article");
    Objects.requireNonNull(annotation, "annotation");
    Grouping g = new Grouping(article, annotation);
    return g.run();
  }
}
