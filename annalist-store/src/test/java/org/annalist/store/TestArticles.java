package org.annalist.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.annalist.model.Article;
import org.annalist.model.ArticleId;
import org.annalist.model.Origin;
import org.annalist.model.Removed;
import org.annalist.model.Span;

/** Made-up articles for tests, written for these tests. */
final class TestArticles {
  private TestArticles() {}

  static final String FULL_BODY =
      "The harbour board of Eastmere voted on Tuesday to close the old ferry pier, "
          + "citing \"unsafe\" timbers.\n\nA spokeswoman said repairs would cost 2,4 million, "
          + "more than the town's whole budget for roads — and work could start in spring.";

  /** An article with every field set, two origins, non-ASCII text and line breaks. */
  static Article full() {
    Map<String, String> provenance = new LinkedHashMap<>();
    provenance.put("title", "html:h1");
    provenance.put("published", "text:published-in");
    provenance.put("outlet", "jsonl:outlet");
    provenance.put("byline", "text:by-line");
    return new Article(
        ArticleId.of(FULL_BODY),
        List.of(
            new Origin("feeds/coast.jsonl", "https://example.org/news/pier", "line 3"),
            Origin.file("pages/pier.html")),
        "The Coastal Ledger",
        "Eastmere to close ferry pier, \"unsafe\" timbers blamed",
        LocalDate.of(2024, 3, 5),
        "EASTMERE",
        "By Ana Ruíz and Tom O'Neil",
        "en",
        FULL_BODY,
        List.of(
            new Removed(new Span(0, 12), "navigation", "Home | Local"),
            new Removed(
                new Span(300, 341), "related-links", "Read more: Dredging plan, next steps")),
        provenance,
        List.of("two dates in the text; took the first", "byline had trailing \"|\""));
  }

  /** An article with every nullable field null and nothing removed. */
  static Article minimal() {
    String body = "Short note. Nothing else is known about it.";
    return new Article(
        ArticleId.of(body),
        List.of(Origin.file("notes/a.txt")),
        null,
        null,
        null,
        null,
        null,
        "und",
        body,
        List.of(),
        Map.of(),
        List.of());
  }

  /** Article number {@code i} of a reproducible series, with a body of about {@code chars}. */
  static Article numbered(int i, int chars) {
    Random random = new Random(i);
    StringBuilder body = new StringBuilder("Article number ").append(i).append(". ");
    while (body.length() < chars) {
      body.append(WORDS[random.nextInt(WORDS.length)]).append(random.nextInt(9) == 0 ? ". " : " ");
    }
    String text = body.toString().strip();
    LocalDate published =
        i % 7 == 0 ? null : LocalDate.of(2020, 1, 1).plusDays(random.nextInt(1500));
    List<Origin> origins = new ArrayList<>();
    origins.add(new Origin("batch/" + (i / 100) + ".jsonl", null, "line " + (i % 100)));
    return new Article(
        ArticleId.of(text),
        origins,
        "Outlet " + (i % 5),
        "Headline " + i,
        published,
        i % 3 == 0 ? "TOWN" + (i % 11) : null,
        "Reporter " + (i % 13),
        "en",
        text,
        List.of(new Removed(new Span(0, 5), "navigation", "Menu ")),
        Map.of("title", "html:h1", "published", "jsonl:published"),
        List.of());
  }

  private static final String[] WORDS = {
    "council",
    "harbour",
    "minister",
    "vote",
    "budget",
    "river",
    "bridge",
    "police",
    "said",
    "on",
    "the",
    "a",
    "of",
    "to",
    "in",
    "market",
    "school",
    "storm",
    "court",
    "ruling",
    "protest",
    "election",
    "farmers",
    "prices",
    "water",
    "report",
    "officials",
    "week"
  };
}
