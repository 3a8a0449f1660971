package org.annalist.link.event;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import org.annalist.model.DatePrecision;

/**
 * Timing runner, not a test: links {@code n} made-up mentions of {@code n / 3} happenings (50
 * countries with 4 agent variants, 12 codes, two years, 3 reports each with a day of jitter and a
 * third of them dated by publication day) and prints mentions per second and linked events.
 *
 * <p>Arguments: {@code plain} (optional: every report codes the bare country, so each happening
 * should come out as one linked event), then n values (default 10000 50000 200000).
 */
public final class LinkBenchmark {
  private LinkBenchmark() {}

  public static void main(String[] args) {
    List<Integer> sizes = new ArrayList<>();
    boolean plain = false;
    for (String a : args) {
      if ("plain".equals(a)) {
        plain = true;
      } else {
        sizes.add(Integer.parseInt(a));
      }
    }
    if (sizes.isEmpty()) {
      sizes = List.of(10_000, 50_000, 200_000);
    }
    String[] codes = {
      "010", "020", "036", "042", "046", "057", "112", "130", "141", "173", "190", "195"
    };
    String[] agents = plain ? new String[] {""} : new String[] {"", "GOV", "MIL", "OPP"};
    EventLinker linker = new EventLinker(LinkOptions.DEFAULTS, ActorKeys.standard());
    for (int n : sizes) {
      Random r = new Random(42);
      List<EventMention> ms = new ArrayList<>(n);
      LocalDate base = LocalDate.parse("2020-01-01");
      for (int h = 0; ms.size() < n; h++) {
        String src = String.format("C%02d", r.nextInt(50));
        String tgt = String.format("C%02d", r.nextInt(50));
        String code = codes[r.nextInt(codes.length)];
        LocalDate day = base.plusDays(r.nextInt(730));
        for (int k = 0; k < 3 && ms.size() < n; k++) {
          LocalDate d = day.plusDays(r.nextInt(2));
          boolean pub = r.nextInt(3) == 0;
          ms.add(
              Events.in("h" + h + "r" + k)
                  .code(code)
                  .source(src + agents[r.nextInt(agents.length)], src)
                  .target(tgt, tgt)
                  .date(
                      (pub ? d.plusDays(1) : d).toString(),
                      pub ? DatePrecision.PUBLICATION : DatePrecision.DAY)
                  .published(d.plusDays(1).toString())
                  .build());
        }
      }
      long t0 = System.nanoTime();
      EventLinking l = linker.link(ms, IdRegistry.EMPTY, Function.identity());
      double s = (System.nanoTime() - t0) / 1e9;
      System.out.printf(
          "%,d mentions of %,d happenings -> %,d linked events in %.2f s (%,.0f mentions/s)%n",
          n, (n + 2) / 3, l.events().size(), s, n / s);
    }
  }
}
