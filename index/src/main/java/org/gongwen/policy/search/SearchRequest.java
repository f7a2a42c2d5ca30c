package org.gongwen.policy.search;

import org.gongwen.policy.index.EntryType;

/**
 * What to look for. Null {@code type}, {@code year} or {@code unit} means no such filter; a blank
 * {@code query} matches every entry that passes the filters.
 *
 * @param query free text, analyzed
 * @param type only entries of this type, or null for all
 * @param year only entries of this year (a target's due year, a document's signing year), or null
 * @param unit only entries naming this responsible unit (exact, or as a phrase of the unit text), or null
 * @param limit most hits returned, 1..{@link #MAX_LIMIT}
 */
public record SearchRequest(String query, EntryType type, Integer year, String unit, int limit) {

  public static final int DEFAULT_LIMIT = 10;
  public static final int MAX_LIMIT = 10_000;

  public SearchRequest {
    query = query == null ? "" : query.strip();
    unit = unit == null || unit.isBlank() ? null : unit.strip();
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new IllegalArgumentException("limit must be 1.." + MAX_LIMIT + ", got [" + limit + "]");
    }
  }

  /** A request for the text with no filters and the default limit. */
  public static SearchRequest of(String query) {
    return new SearchRequest(query, null, null, null, DEFAULT_LIMIT);
  }

  public SearchRequest withType(EntryType newType) {
    return new SearchRequest(query, newType, year, unit, limit);
  }

  public SearchRequest withYear(Integer newYear) {
    return new SearchRequest(query, type, newYear, unit, limit);
  }

  public SearchRequest withUnit(String newUnit) {
    return new SearchRequest(query, type, year, newUnit, limit);
  }

  public SearchRequest withLimit(int newLimit) {
    return new SearchRequest(query, type, year, unit, newLimit);
  }
}
