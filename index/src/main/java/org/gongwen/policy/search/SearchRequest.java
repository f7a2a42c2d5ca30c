package org.gongwen.policy.search;

import org.gongwen.policy.index.EntryType;

/**
 * What to look for. A blank {@code query} matches every entry that passes the filters.
 *
 * @param query free text, analyzed (filters already split off: see {@link #parse})
 * @param filters filter clauses, {@link Filters#NONE} for none
 * @param sort hit order
 * @param offset hits skipped before the first returned, 0..{@link #MAX_LIMIT}
 * @param limit most hits returned, 1..{@link #MAX_LIMIT}
 * @param facets whether to count the matching entries by issuer, year, unit, lead unit, measure, kind
 * @param highlight whether hits carry a {@link Highlight} (costs an analysis of each hit's text)
 */
public record SearchRequest(String query, Filters filters, SortOrder sort, int offset, int limit, boolean facets,
    boolean highlight) {

  public static final int DEFAULT_LIMIT = 10;
  public static final int MAX_LIMIT = 10_000;

  public SearchRequest {
    query = query == null ? "" : query.strip();
    filters = filters == null ? Filters.NONE : filters;
    sort = sort == null ? SortOrder.RELEVANCE : sort;
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new IllegalArgumentException("limit must be 1.." + MAX_LIMIT + ", got [" + limit + "]");
    }
    if (offset < 0 || offset > MAX_LIMIT) {
      throw new IllegalArgumentException("offset must be 0.." + MAX_LIMIT + ", got [" + offset + "]");
    }
  }

  /** The request of the first version: text, type, year, unit, limit. */
  public SearchRequest(String query, EntryType type, Integer year, String unit, int limit) {
    this(query, Filters.NONE.withType(type).withYear(year == null ? null : NumberRange.exactly(year)).withUnit(unit),
        SortOrder.RELEVANCE, 0, limit, false, true);
  }

  /** A request for the text with no filters and the default limit. */
  public static SearchRequest of(String query) {
    return new SearchRequest(query, Filters.NONE, SortOrder.RELEVANCE, 0, DEFAULT_LIMIT, false, true);
  }

  /**
   * A request from a query-language string ({@link QuerySyntax}): its words become the text, its
   * {@code key:value} parts the filters.
   *
   * @throws QuerySyntaxException on bad syntax
   */
  public static SearchRequest parse(String queryString) {
    ParsedQuery parsed = new QuerySyntax().parse(queryString);
    return new SearchRequest(parsed.text(), parsed.filters(), SortOrder.RELEVANCE, 0, DEFAULT_LIMIT, false, true);
  }

  public EntryType type() {
    return filters.type();
  }

  public String unit() {
    return filters.unit();
  }

  public SearchRequest withFilters(Filters newFilters) {
    return new SearchRequest(query, newFilters, sort, offset, limit, facets, highlight);
  }

  public SearchRequest withType(EntryType newType) {
    return withFilters(filters.withType(newType));
  }

  public SearchRequest withYear(Integer newYear) {
    return withFilters(filters.withYear(newYear == null ? null : NumberRange.exactly(newYear)));
  }

  public SearchRequest withUnit(String newUnit) {
    return withFilters(filters.withUnit(newUnit));
  }

  public SearchRequest withSort(SortOrder newSort) {
    return new SearchRequest(query, filters, newSort, offset, limit, facets, highlight);
  }

  public SearchRequest withOffset(int newOffset) {
    return new SearchRequest(query, filters, sort, newOffset, limit, facets, highlight);
  }

  public SearchRequest withLimit(int newLimit) {
    return new SearchRequest(query, filters, sort, offset, newLimit, facets, highlight);
  }

  public SearchRequest withHighlight(boolean newHighlight) {
    return new SearchRequest(query, filters, sort, offset, limit, facets, newHighlight);
  }

  public SearchRequest withFacets(boolean newFacets) {
    return new SearchRequest(query, filters, sort, offset, limit, newFacets, highlight);
  }
}
