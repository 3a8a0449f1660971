package org.annalist.link.event;

import java.time.LocalDate;
import java.util.Objects;
import org.annalist.model.DatePrecision;
import org.annalist.model.Factuality;

/**
 * One report of a linked event: an article's coding of it, as linked.
 *
 * @param id the event mention's id ({@link org.annalist.model.Event#id()})
 * @param articleId the reporting article
 * @param outlet the article's outlet, or null
 * @param published the article's publication date, or null
 * @param copyGroup the article's near-duplicate copy group (its own id when it has no copies)
 * @param cameo the code this article gave
 * @param source the source actor's code as coded, or null
 * @param target the target actor's code, or null
 * @param date the date as coded, or null
 * @param datePrecision its precision
 * @param place the place as written, or null
 * @param factuality how the article presents it
 * @param assertedBy who asserts, claims or denies it in the article (name), or null
 * @param assertedByCode that party's actor code, or null
 */
public record LinkedMention(
    String id,
    String articleId,
    String outlet,
    LocalDate published,
    String copyGroup,
    String cameo,
    String source,
    String target,
    String date,
    DatePrecision datePrecision,
    String place,
    Factuality factuality,
    String assertedBy,
    String assertedByCode) {
  public LinkedMention {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(articleId, "articleId");
    Objects.requireNonNull(copyGroup, "copyGroup");
    Objects.requireNonNull(cameo, "cameo");
    Objects.requireNonNull(datePrecision, "datePrecision");
    Objects.requireNonNull(factuality, "factuality");
  }
}
