package org.annalist.link.event;

import java.util.Objects;

/**
 * One side of a linked event's reports: who asserts or denies it.
 *
 * @param name the party's name ("Taliban"), or the outlet's name when the article itself asserts
 *     it, or {@code "(outlet not stated)"}
 * @param code its CAMEO actor code, or null (outlets, uncoded speakers)
 */
public record Party(String name, String code) {
  public Party {
    Objects.requireNonNull(name, "name");
  }
}
