package org.annalist.link.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

class ActorKeysTest {
  private final ActorKeys keys = ActorKeys.standard();

  @Test
  void readsPrincipalsAndAgents() {
    assertEquals(new ActorKey("USAGOV", "USA", Set.of("GOV")), keys.key("USAGOV"));
    assertEquals(new ActorKey("AFGINSTAL", "TAL", Set.of()), keys.key("AFGINSTAL"));
    assertEquals("FAR", keys.key("COLREBFARMIL").principal(), "an unlisted group block");
    assertEquals(Set.of(), keys.key("COLREBFARMIL").agents(), "a group's sectors are the group");
    assertEquals("ELN", keys.key("COLREBELN").principal());
    assertEquals("GOV", keys.key("GOV").principal());
    assertNull(keys.key(" "));
  }

  @Test
  void compatibilityAndQueries() {
    assertTrue(keys.key("USA").compatible(keys.key("USAGOV")));
    assertFalse(keys.key("USAGOV").compatible(keys.key("USAMIL")));
    assertTrue(keys.key("TAL").compatible(keys.key("AFGINSTAL")));
    assertFalse(keys.key("COLGOV").compatible(keys.key("COLREBFAR")));
    assertTrue(keys.key("COLREBFARGOV").compatible(keys.key("COLREBFARMIL")));
    assertTrue(keys.key("USA").covers(keys.key("USAMIL")));
    assertFalse(keys.key("USAMIL").covers(keys.key("USA")));
  }
}
