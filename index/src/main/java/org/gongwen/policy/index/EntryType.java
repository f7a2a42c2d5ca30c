package org.gongwen.policy.index;

import java.util.Locale;

/** The kinds of entries in the index: the value of {@link FieldNames#TYPE}. */
public enum EntryType {
  DOCUMENT("document"),
  TASK("task"),
  TARGET("target");

  private final String code;

  EntryType(String code) {
    this.code = code;
  }

  /** The term written into {@link FieldNames#TYPE}. */
  public String code() {
    return code;
  }

  /** Parses a code, case-insensitively. */
  public static EntryType fromCode(String code) {
    String wanted = code == null ? "" : code.trim().toLowerCase(Locale.ROOT);
    for (EntryType t : values()) {
      if (t.code.equals(wanted)) {
        return t;
      }
    }
    throw new IllegalArgumentException(
        "unknown entry type [" + code + "]: expected document, task or target");
  }
}
