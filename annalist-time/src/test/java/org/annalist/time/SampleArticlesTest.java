package org.annalist.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.annalist.model.TimeExpression;
import org.annalist.model.TimexAnchoring;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Golden checks on the real sample articles in {@code shared/samples} (read at run time, skipped
 * when absent). Expected values were worked out by reading the articles.
 */
class SampleArticlesTest {
  private final TimeTagger tagger = new TimeTagger();

  private static String sample(String prefix) throws IOException {
    Path dir = Path.of(System.getProperty("annalist.shared", "../shared"), "samples");
    Assumptions.assumeTrue(Files.isDirectory(dir), "no samples at " + dir);
    try (Stream<Path> files = Files.list(dir)) {
      Path file =
          files.filter(p -> p.getFileName().toString().startsWith(prefix)).findFirst().orElse(null);
      Assumptions.assumeTrue(file != null, "no sample " + prefix);
      return Files.readString(file, StandardCharsets.UTF_8);
    }
  }

  /** The n-th (0-based) expression written {@code expression}. */
  private static TimeExpression nth(
      List<TimeExpression> all, String text, String expression, int n) {
    int seen = 0;
    for (TimeExpression t : all) {
      assertEquals(t.text(), t.span().of(text));
      if (t.text().equals(expression) && seen++ == n) {
        return t;
      }
    }
    return fail("no " + (n + 1) + ". \"" + expression + "\" among " + all);
  }

  @Test
  void sample000PublishedOnTuesdayFifthOfJanuary() throws IOException {
    String text = sample("000_");
    // the article states its date only in its "Published in ..." line
    List<TimeExpression> undated = tagger.tag(text, null);
    assertEquals("2021-01-05", nth(undated, text, "January 5th, 2021", 0).value());
    assertEquals(TimexAnchoring.UNRESOLVED, nth(undated, text, "Monday", 0).anchoring());

    List<TimeExpression> all = tagger.tag(text, LocalDate.of(2021, 1, 5));
    assertEquals("2021-01-04", nth(all, text, "Monday", 0).value());
    assertEquals("2021-01-05", nth(all, text, "Tuesday", 0).value());
    assertEquals("2020-11", nth(all, text, "November", 0).value());
    assertEquals("2021-05", nth(all, text, "May 2021", 0).value());
    assertEquals("2020", nth(all, text, "last year", 0).value());
    assertEquals("P3W", nth(all, text, "three-week", 0).value());
    assertEquals("PAST_REF", nth(all, text, "recent days", 0).value());
  }

  @Test
  void sample001DatedTuesdayFifthOfJanuary() throws IOException {
    String text = sample("001_");
    List<TimeExpression> all = tagger.tag(text, LocalDate.of(2021, 1, 5));
    assertEquals("2021-01-05", nth(all, text, "2021-01-05", 0).value());
    assertEquals("2021-01-04", nth(all, text, "Monday", 0).value());
    // "today (Tuesday)"
    TimeExpression today = nth(all, text, "today", 1);
    assertEquals("2021-01-05", today.value());
    TimeExpression tuesday = nth(all, text, "Tuesday", 0);
    assertEquals("2021-01-05", tuesday.value());
    assertTrue(tuesday.span().start() - today.span().end() <= 2, "Tuesday in brackets");
    assertEquals("2020-02-29", nth(all, text, "February 29, 2020", 0).value());
    assertEquals("P2M", nth(all, text, "the past two months", 0).value());
    assertEquals("2020", nth(all, text, "2020", 0).value());
  }

  @Test
  void sample003DatedTuesdayTenthOfAugust() throws IOException {
    String text = sample("003_");
    List<TimeExpression> all = tagger.tag(text, LocalDate.of(2021, 8, 10));
    assertEquals("2021-08-10", nth(all, text, "August 10, 2021", 0).value());
    assertEquals("2021-08-31", nth(all, text, "August 31", 0).value());
    assertEquals("2021-08-07", nth(all, text, "August 7", 0).value());
    TimeExpression from = nth(all, text, "Tuesday", 0);
    assertEquals("2021-08-10", from.value());
    assertEquals("2021-08-13", from.range());
    assertEquals("2021-08-13", nth(all, text, "Friday", 0).value());
    assertEquals("P3D", nth(all, text, "three days", 0).value());
  }

  @Test
  void undatedSampleLeavesWeekdaysUnresolved() throws IOException {
    String text = sample("002_");
    List<TimeExpression> all = tagger.tag(text, null);
    TimeExpression saturday = nth(all, text, "Saturday", 0);
    assertEquals("XXXX-WXX-6", saturday.value());
    assertEquals(TimexAnchoring.UNRESOLVED, saturday.anchoring());
  }
}
