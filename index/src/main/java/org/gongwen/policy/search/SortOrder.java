package org.gongwen.policy.search;

import java.util.Locale;

/**
 * The order of hits. Ties are broken by relevance, then by index order. Entries without the sort field
 * (documents and tasks have no value; undated targets no year) come last.
 */
public enum SortOrder {
  /** Best match first. */
  RELEVANCE("relevance"),
  /** Largest value first. */
  VALUE("value"),
  /** Earliest year first. */
  YEAR("year");

  private final String code;

  SortOrder(String code) {
    this.code = code;
  }

  public String code() {
    return code;
  }

  /** Parses a code, case-insensitively; the error names the value and the allowed ones. */
  public static SortOrder fromCode(String code) {
    String wanted = code == null ? "" : code.trim().toLowerCase(Locale.ROOT);
    for (SortOrder s : values()) {
      if (s.code.equals(wanted)) {
        return s;
      }
    }
    throw new IllegalArgumentException("unknown sort [" + code + "]: expected relevance, value or year");
  }
}
