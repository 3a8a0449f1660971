package org.annalist.model;

import java.util.Objects;

/**
 * Where one copy of an article came from, so that every result can be traced back.
 *
 * @param path the file it was read from, as given on the command line (never null)
 * @param url the article's address when the source states one (WARC target URI, JSONL {@code url},
 *     HTML canonical link), else null
 * @param record the position inside a multi-article file (JSONL {@code id} or {@code line N}, WARC
 *     record id), else null
 */
public record Origin(String path, String url, String record) {
  public Origin {
    Objects.requireNonNull(path, "path");
  }

  /** An origin that is a whole file. */
  public static Origin file(String path) {
    return new Origin(path, null, null);
  }

  /** One line that names this origin: the URL if known, else {@code path#record} or the path. */
  public String display() {
    String where = record == null ? path : path + "#" + record;
    return url == null ? where : url + " (" + where + ")";
  }
}
