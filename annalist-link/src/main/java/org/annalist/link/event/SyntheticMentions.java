package org.annalist.link.event;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.annalist.model.DatePrecision;
import org.annalist.model.Event;
import org.annalist.model.EventActor;
import org.annalist.model.Factuality;
import org.annalist.model.PlacePrecision;
import org.annalist.model.Span;

/**
 * Deterministic made-up event mentions for benchmarking {@link EventLinker} at scale: happenings
 * between 50 made-up countries ({@code C00}..{@code C49}, not real codes), 12 CAMEO codes over two
 * years, each reported three times by different articles with a day of jitter; one report in three
 * dated only by its publication day; the source sometimes with an agent ({@code GOV}, {@code MIL})
 * that a report may leave out. Not a quality benchmark: the truth is easy; it shows cost.
 *
 * @param mentions the mentions, in generation order
 * @param happening mention id → the happening it reports (the truth)
 */
public record SyntheticMentions(List<EventMention> mentions, Map<String, Integer> happening) {
  private static final String[] CODES = {
    "010", "020", "036", "042", "046", "057", "112", "130", "141", "173", "190", "195"
  };

  public SyntheticMentions {
    mentions = List.copyOf(mentions);
    happening = Map.copyOf(happening);
  }

  /**
   * Generates {@code n} mentions from {@code seed}; the same arguments give the same mentions.
   *
   * @throws IllegalArgumentException when {@code n < 1}
   */
  public static SyntheticMentions generate(int n, long seed) {
    if (n < 1) {
      throw new IllegalArgumentException("n must be at least 1: " + n);
    }
    Random r = new Random(seed);
    List<EventMention> ms = new ArrayList<>(n);
    Map<String, Integer> truth = new HashMap<>();
    LocalDate base = LocalDate.of(2020, 1, 1);
    for (int h = 0; ms.size() < n; h++) {
      String src = String.format("C%02d", r.nextInt(50));
      String tgt =
          String.format("C%02d", (Integer.parseInt(src.substring(1)) + 1 + r.nextInt(49)) % 50);
      String agent = r.nextInt(2) == 0 ? "GOV" : "MIL";
      String code = CODES[r.nextInt(CODES.length)];
      LocalDate day = base.plusDays(r.nextInt(730));
      for (int k = 0; k < 3 && ms.size() < n; k++) {
        LocalDate published = day.plusDays(1 + r.nextInt(2));
        boolean byPublication = r.nextInt(3) == 0;
        String source = r.nextInt(3) == 0 ? src : src + agent;
        String article = "a" + h + "r" + k;
        Span trigger = new Span(10, 16);
        int root = Integer.parseInt(code.substring(0, 2));
        int quad = root <= 5 ? 1 : root <= 8 ? 2 : root <= 13 ? 3 : 4;
        Event e =
            new Event(
                Event.idOf(article, 0, trigger, code),
                article,
                0,
                code,
                code.substring(0, 2),
                null,
                null,
                quad <= 2 ? 3.0 : -5.0,
                quad,
                new EventActor(source, src, null, src, new Span(0, 5)),
                new EventActor(tgt, tgt, null, tgt, new Span(20, 25)),
                byPublication ? published.toString() : day.toString(),
                byPublication ? DatePrecision.PUBLICATION : DatePrecision.DAY,
                null,
                PlacePrecision.NONE,
                Factuality.ASSERTED,
                null,
                "acted",
                trigger,
                new Span(0, 30));
        ms.add(new EventMention(e, "Outlet " + r.nextInt(40), published));
        truth.put(e.id(), h);
      }
    }
    return new SyntheticMentions(ms, truth);
  }
}
