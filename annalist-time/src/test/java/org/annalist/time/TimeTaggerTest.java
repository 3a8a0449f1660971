package org.annalist.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.annalist.model.TimeExpression;
import org.annalist.model.TimexAnchoring;
import org.annalist.model.TimexType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TimeTaggerTest {
  /** A Tuesday. */
  private static final LocalDate TUE = LocalDate.of(2021, 1, 5);

  private final TimeTagger tagger = new TimeTagger();

  private TimeExpression find(String text, LocalDate ref, String expression) {
    List<TimeExpression> all = tagger.tag(text, ref);
    for (TimeExpression t : all) {
      assertEquals(t.text(), t.span().of(text), "span and text agree");
      if (t.text().equals(expression)) {
        return t;
      }
    }
    return fail("no \"" + expression + "\" in " + all);
  }

  private String value(String text, LocalDate ref, String expression) {
    return find(text, ref, expression).value();
  }

  @ParameterizedTest(name = "{0} -> {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "The envoy arrived in Kabul on Monday and met officials.|Monday|2021-01-04",
        "Talks resumed in the capital yesterday.|yesterday|2021-01-04",
        "The delegation will fly home tomorrow.|tomorrow|2021-01-06",
        "The council met last Friday to discuss the budget.|last Friday|2021-01-01",
        "The vote is planned for next Friday.|next Friday|2021-01-08",
        "Prices will rise next month, the bank warned.|next month|2021-02",
        "The office reopened earlier this month.|earlier this month|2021-01",
        "Fighting intensified last week near the border.|last week|2020-W53",
        "Two convoys were attacked two days ago.|two days ago|2021-01-03",
        "Dozens have been killed since November.|November|2020-11",
        "Troops must leave by May 2021 under the deal.|May 2021|2021-05",
        "The accord was signed on February 29, 2020, in the capital.|February 29, 2020|2020-02-29",
        "The accord was signed on 29 February 2020.|29 February 2020|2020-02-29",
        "The accord (2020-02-29) set a timetable.|2020-02-29|2020-02-29",
        "Elections were held in 2019.|2019|2019",
        "The city grew fast in the 1990s.|1990s|199",
        "Exports collapsed during the 20th century.|20th century|19",
        "The new bridge should open this summer.|this summer|2021-SU",
        "Profits fell in the third quarter, the company said.|the third quarter|2020-Q3",
        "Shops stayed closed over the weekend.|the weekend|2020-W53-WE",
        "He last spoke to reporters a year ago.|a year ago|2020",
        "The siren sounded at 7:48 PM in the old town.|7:48 PM|2021-01-05T19:48",
        "The curfew starts at midnight.|midnight|2021-01-05T24:00",
        "Shelling was reported on Monday at 7 p.m. near the airport.|7 p.m.|2021-01-04T19:00",
        "The company will report results on Friday.|Friday|2021-01-08",
        "The company reported results on Friday.|Friday|2021-01-01",
        "Both sides promised to meet again on Thursday.|Thursday|2021-01-07",
        "The two sides agreed to stop fighting in October.|October|2020-10",
        "Flights were cancelled due to the storm on Friday.|Friday|2021-01-01",
        "The talks are due on Friday.|Friday|2021-01-08",
        "She was honoured on Friday for her efforts to end the war.|Friday|2021-01-01",
        "The minister met union leaders on Monday to end the strike.|Monday|2021-01-04",
        "He says the prisoners should be freed by March 10.|March 10|2021-03-10",
        "Aid deliveries had stopped late last year.|late last year|2020",
        "Most of the troops left in early December.|early December|2020-12",
        "About 4,500 troops will stay until November this year.|November this year|2021-11",
      })
  void resolvesAgainstTuesdayFifthOfJanuary2021(String text, String expression, String value) {
    assertEquals(value, value(text, TUE, expression));
  }

  @Test
  void todayAndTheWeekdayInBracketsAreTheSameDay() {
    String text = "The two delegations meet in Doha today (Tuesday) for a new round.";
    assertEquals("2021-01-05", value(text, TUE, "today"));
    assertEquals("2021-01-05", value(text, TUE, "Tuesday"));
  }

  @Test
  void lastWeekIsTheIsoWeekBefore() {
    LocalDate friday = LocalDate.of(2013, 3, 22);
    assertEquals("2013-W11", value("Sales slowed last week.", friday, "last week"));
    assertEquals("2013-W12", value("Sales slowed this week.", friday, "this week"));
  }

  @Test
  void monthAndDayTakeTheirYearFromTense() {
    LocalDate aug10 = LocalDate.of(2021, 8, 10);
    assertEquals(
        "2021-08-31",
        value("Troops are due to stay until August 31, officials said.", aug10, "August 31"));
    assertEquals(
        "2021-08-07", value("The embassy on August 7 urged citizens to leave.", aug10, "August 7"));
    assertEquals("2020-08-31", value("The last plane had left on August 31.", aug10, "August 31"));
  }

  @Test
  void partOfDayMakesATime() {
    LocalDate fri = LocalDate.of(2021, 8, 27);
    TimeExpression t = find("The blast came on Thursday evening.", fri, "Thursday evening");
    assertEquals(TimexType.TIME, t.type());
    assertEquals("2021-08-26TEV", t.value());
  }

  @Test
  void rangesGiveOneExpressionPerEndPoint() {
    LocalDate aug10 = LocalDate.of(2021, 8, 10);
    String text = "The envoy will hold meetings from Tuesday to Friday.";
    TimeExpression start = find(text, aug10, "Tuesday");
    TimeExpression end = find(text, aug10, "Friday");
    assertEquals("2021-08-10", start.value());
    assertEquals("2021-08-13", start.range());
    assertEquals("2021-08-13", end.value());
    assertNull(end.range());

    String years = "The programme ran from 2019 to 2021.";
    assertEquals("2021", find(years, TUE, "2019").range());
    assertEquals("2021", value(years, TUE, "2021"));

    String season = "The 1957-58 expedition crossed the ice.";
    assertEquals("1958", find(season, TUE, "1957").range());
    assertEquals("1958", value(season, TUE, "58"));
  }

  @ParameterizedTest(name = "{0} -> {2} {3}")
  @CsvSource(
      delimiter = '|',
      value = {
        "The ceasefire held for three weeks.|three weeks|DURATION|P3W",
        "It took a decade to rebuild the dam.|a decade|DURATION|P10Y",
        "Negotiations lasted two months.|two months|DURATION|P2M",
        "Violence has grown over the past two months.|the past two months|DURATION|P2M",
        "Talks stalled after a three-week break.|three-week|DURATION|P3W",
        "The trial lasted 24 hours.|24 hours|DURATION|PT24H",
        "He has led the party for almost seven years.|almost seven years|DURATION|P7Y",
        "Prices will stay high for the next few months.|the next few months|DURATION|PXM",
        "The market is checked every week.|every week|SET|P1W",
        "The paper is printed daily.|daily|SET|P1D",
        "The fair is held each year in spring.|each year|SET|P1Y",
        "The club meets every Monday.|every Monday|SET|XXXX-WXX-1",
        "She visits twice a month.|twice a month|SET|P1M",
        "The bank is now closed.|now|DATE|PRESENT_REF",
        "The mayor recently resigned.|recently|DATE|PAST_REF",
        "Strikes were reported in recent days.|recent days|DATE|PAST_REF",
        "Nobody knows what the future holds.|the future|DATE|FUTURE_REF",
        "Those mistakes belong to the past.|the past|DATE|PAST_REF",
      })
  void durationsSetsAndGenericReferences(String text, String expression, String type, String v) {
    TimeExpression t = find(text, TUE, expression);
    assertEquals(TimexType.valueOf(type), t.type());
    assertEquals(v, t.value());
    assertEquals(TimexAnchoring.ABSOLUTE, t.anchoring());
  }

  @Test
  void approximationsBecomeTimexMods() {
    assertEquals(
        "LESS_THAN", find("It lasted almost seven years.", TUE, "almost seven years").mod());
    assertEquals("START", find("Snow fell in early December.", TUE, "early December").mod());
    assertEquals("END", find("It ends late next year.", TUE, "late next year").mod());
    assertEquals("MID", find("Work resumes in mid-March.", TUE, "mid-March").mod());
  }

  @ParameterizedTest(name = "{0} -> {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "The envoy arrived on Monday.|Monday|XXXX-WXX-1",
        "The deadline is August 31.|August 31|XXXX-08-31",
        "Talks resumed yesterday.|yesterday|XXXX-XX-XX",
        "Fighting flared last week.|last week|XXXX-WXX",
        "Prices rise next month.|next month|XXXX-XX",
        "Dozens have died since November.|November|XXXX-11",
        "The dam opens this summer.|this summer|XXXX-SU",
        "The siren sounded at 7:48 PM.|7:48 PM|XXXX-XX-XXT19:48",
        "Two trucks were hit two days ago.|two days ago|XXXX-XX-XX",
      })
  void withoutReferenceDateRelativeExpressionsStayUnresolved(
      String text, String expression, String value) {
    TimeExpression t = find(text, null, expression);
    assertEquals(value, t.value());
    assertEquals(TimexAnchoring.UNRESOLVED, t.anchoring());
  }

  @Test
  void withoutReferenceDateAbsoluteExpressionsStillResolve() {
    TimeExpression t = find("It was signed on February 29, 2020.", null, "February 29, 2020");
    assertEquals("2020-02-29", t.value());
    assertEquals(TimexAnchoring.ABSOLUTE, t.anchoring());
    assertEquals(TimexAnchoring.RESOLVED, find("Seen on Monday.", TUE, "Monday").anchoring());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Both sides may resume talks soon.",
        "Thousands march through the city centre.",
        "The Sunday Times reported the deal first.",
        "Theresa May spoke to the press.",
        "The 40-year-old driver was detained.",
        "Children 6 months and older can be vaccinated.",
        "The Arab Spring changed the region.",
        "The report counted 2000 troops near the pass.",
        "It cost $2020 to repair the car.",
        "The fall of the city shocked everyone.",
        "April Ryan asked the first question.",
      })
  void ignoresLookalikes(String text) {
    assertEquals(List.of(), tagger.tag(text, TUE), text);
  }

  @Test
  void emptyTextGivesNothingAndNullTextIsRejected() {
    assertEquals(List.of(), tagger.tag("", TUE));
    assertThrows(NullPointerException.class, () -> tagger.tag(null, TUE));
  }

  @Test
  void expressionsComeInTextOrderWithoutOverlap() {
    String text =
        "On Monday the council said that from 2019 to 2021 prices rose for three years, "
            + "and that next week, on Friday at 3 pm, it will vote again.";
    List<TimeExpression> all = tagger.tag(text, TUE);
    assertTrue(all.size() >= 6, all.toString());
    for (int i = 1; i < all.size(); i++) {
      assertTrue(all.get(i - 1).span().end() <= all.get(i).span().start(), all.toString());
    }
  }

  @Test
  void oneTaggerServesManyThreads() throws Exception {
    String text = "The envoy arrived on Monday and will leave next Friday after three days.";
    List<TimeExpression> expected = tagger.tag(text, TUE);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<List<TimeExpression>>> results = new ArrayList<>();
      for (int i = 0; i < 32; i++) {
        results.add(pool.submit(() -> tagger.tag(text, TUE)));
      }
      for (Future<List<TimeExpression>> f : results) {
        assertEquals(expected, f.get());
      }
    } finally {
      pool.shutdown();
    }
  }
}
