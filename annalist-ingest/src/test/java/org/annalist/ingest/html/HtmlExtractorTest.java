package org.annalist.ingest.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.Set;
import java.util.stream.Collectors;
import org.annalist.model.Removed;
import org.junit.jupiter.api.Test;

class HtmlExtractorTest {

  private final HtmlExtractor extractor = new HtmlExtractor();

  @Test
  void removedSpansPointAtTheirTextAndCoverEveryNonBodyBlock() throws IOException {
    HtmlPage page = extractor.extract(HtmlExtractorGoldenTest.resource("news-page.html"), null);
    int removedChars = 0;
    int previousEnd = 0;
    for (Removed r : page.removed()) {
      assertEquals(r.text(), r.span().of(page.text()));
      assertFalse(r.reason().isBlank());
      assertTrue(r.span().start() >= previousEnd, "spans in page order, not overlapping");
      previousEnd = r.span().end();
      removedChars += r.span().length();
    }
    // every block is in the body or removed; blocks never contain a blank line
    int bodyBlocks = page.body().split("\n\n").length;
    int bodyChars = page.body().length() - 2 * (bodyBlocks - 1);
    int allBlocks = bodyBlocks + page.removed().size();
    assertEquals(page.text().length(), removedChars + bodyChars + 2 * (allBlocks - 1));
  }

  @Test
  void labelsFurnitureByKind() throws IOException {
    HtmlPage page = extractor.extract(HtmlExtractorGoldenTest.resource("news-page.html"), null);
    Set<String> reasons = page.removed().stream().map(Removed::reason).collect(Collectors.toSet());
    assertTrue(
        reasons.containsAll(Set.of("navigation", "caption", "footer", "title")),
        reasons.toString());
    assertTrue(
        page.removed().stream()
            .anyMatch(
                r -> r.text().startsWith("Lifeboat crew") && r.reason().equals("related-links")),
        page.removed().toString());
    assertTrue(
        page.removed().stream()
            .anyMatch(
                r -> r.text().startsWith("Get the morning briefing") && r.reason().equals("promo")),
        page.removed().toString());
  }

  @Test
  void emptyAndNullInputGiveAnEmptyBody() {
    for (String html : new String[] {"", null, "<<<>>>", "</div></p><p", "\u0000\ufffd"}) {
      HtmlPage page = extractor.extract(html, null);
      assertEquals("", page.body(), String.valueOf(html));
      assertNull(page.metadata().outlet());
    }
  }

  @Test
  void aPageOfLinksHasNoBody() {
    String html =
        "<html><body><nav><a href=/a>Home</a><a href=/b>World</a></nav>"
            + "<ul><li><a href=/c>Markets close higher after a quiet week of trading</a></li>"
            + "<li><a href=/d>Weather service warns of fog on the coast road</a></li></ul>"
            + "<footer>Contact</footer></body></html>";
    HtmlPage page = extractor.extract(html, "https://news.example.com/");
    assertEquals("", page.body());
    assertEquals("news.example.com", page.metadata().outlet());
    assertEquals("url:host", page.metadata().how().get("outlet"));
  }

  @Test
  void structuredBodySignalCanBeSwitchedOff() throws IOException {
    String html = HtmlExtractorGoldenTest.resource("jsonld-page.html");
    HtmlExtractor withoutStructured =
        new HtmlExtractor(
            HtmlExtractorOptions.defaults().without(HtmlExtractorOptions.Signal.STRUCTURED_BODY));
    assertFalse(withoutStructured.extract(html, null).body().isEmpty());
    assertFalse(
        HtmlExtractorOptions.defaults()
            .without(HtmlExtractorOptions.Signal.STRUCTURED_BODY)
            .uses(HtmlExtractorOptions.Signal.STRUCTURED_BODY));
  }

  @Test
  void stripsTheSiteNameFromTitles() {
    assertEquals(
        "Quiet week on the markets",
        MetadataReader.stripSiteName(
            "Quiet week on the markets | Daily Ledger", "Daily Ledger", null));
    assertEquals(
        "Quiet week on the markets",
        MetadataReader.stripSiteName("Quiet week on the markets - Ledger", null, "ledger.example"));
    assertEquals(
        "Left - Right: a debate",
        MetadataReader.stripSiteName("Left - Right: a debate", "Daily Ledger", "ledger.example"));
  }
}
