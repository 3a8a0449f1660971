package org.annalist.link.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SyntheticMentionsTest {
  @Test
  void sameSeedSameMentionsAndEveryMentionHasATruth() {
    SyntheticMentions a = SyntheticMentions.generate(300, 7);
    SyntheticMentions b = SyntheticMentions.generate(300, 7);
    assertEquals(a, b);
    assertEquals(300, a.mentions().size());
    assertNotEquals(a, SyntheticMentions.generate(300, 8));
    for (EventMention m : a.mentions()) {
      assertTrue(a.happening().containsKey(m.id()), m.id());
    }
    assertEquals(100, new HashSet<>(a.happening().values()).size());
  }

  @Test
  void linkingFindsTheHappeningsOfASmallCorpus() {
    SyntheticMentions s = SyntheticMentions.generate(90, 3);
    EventLinking l =
        new EventLinker(LinkOptions.DEFAULTS, ActorKeys.standard())
            .link(s.mentions(), IdRegistry.EMPTY, id -> id);
    // every linked event holds reports of one happening only
    for (LinkedEvent e : l.events()) {
      Set<Integer> truths = new HashSet<>();
      e.mentions().forEach(m -> truths.add(s.happening().get(m.id())));
      assertEquals(1, truths.size(), e.id());
    }
    assertTrue(l.events().size() < 90, "reports were merged: " + l.events().size());
  }

  @Test
  void rejectsAnEmptySize() {
    assertThrows(IllegalArgumentException.class, () -> SyntheticMentions.generate(0, 1));
  }
}
