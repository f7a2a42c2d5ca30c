package org.gongwen.policy.model;

import com.fasterxml.jackson.annotation.JsonValue;

/** Where a task was found (spec §4 {@code origin}). */
public enum Origin {
  BODY("body"),
  TABLE("table");

  private final String json;

  Origin(String json) {
    this.json = json;
  }

  @JsonValue
  public String json() {
    return json;
  }
}
