package org.annalist.store;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One article's groups from the last linking: its near-duplicate copy group and its same-happening
 * cluster (ids are the groups' smallest article ids).
 *
 * @param articleId the article
 * @param copyGroup the copy group (the article's own id when it has no copy)
 * @param happening the same-happening cluster (the article's own id when alone)
 * @param day the date the linker used (publication date, else one read from the text), or null
 */
public record ArticleGroup(String articleId, String copyGroup, String happening, LocalDate day) {
  public ArticleGroup {
    Objects.requireNonNull(articleId, "articleId");
    Objects.requireNonNull(copyGroup, "copyGroup");
    Objects.requireNonNull(happening, "happening");
  }
}
