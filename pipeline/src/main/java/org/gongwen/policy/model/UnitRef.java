package org.gongwen.policy.model;

import java.util.Objects;

/** A responsible unit of a task (spec §4 {@code units}); {@code lead} marks 牵头单位 / {@code *}. */
public record UnitRef(String name, boolean lead) {
  public UnitRef {
    Objects.requireNonNull(name, "name");
    if (name.isBlank()) {
      throw new IllegalArgumentException("unit name is blank");
    }
  }
}
