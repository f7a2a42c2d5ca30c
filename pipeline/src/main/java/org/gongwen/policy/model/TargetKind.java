package org.gongwen.policy.model;

import com.fasterxml.jackson.annotation.JsonValue;

/** JSON field {@code kind} of a target (spec §5). */
public enum TargetKind {
  LEVEL("level"),
  INCREASE("increase"),
  GROWTH("growth"),
  SHARE("share"),
  ANNUAL("annual");

  private final String json;

  TargetKind(String json) {
    this.json = json;
  }

  @JsonValue
  public String json() {
    return json;
  }

  public static TargetKind fromJson(String json) {
    for (TargetKind k : values()) {
      if (k.json.equals(json)) {
        return k;
      }
    }
    throw new IllegalArgumentException("unknown target kind [" + json + "]");
  }
}
