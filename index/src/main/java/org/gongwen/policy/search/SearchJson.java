package org.gongwen.policy.search;

import java.util.LinkedHashMap;
import java.util.Map;

/** The stable JSON object of a search (docs/search.md): what {@code search --json} and the HTTP API return. */
public final class SearchJson {

  private SearchJson() {}

  /**
   * {@code {query, filters, sort, offset, limit, total, totalRelation, hits[, facets]}}; {@code totalRelation}
   * is {@code "eq"} when {@code total} is exact, {@code "gte"} when it is a lower bound (broad queries
   * without facets stop counting, see {@link PolicySearcher#EXACT_TOTAL_UP_TO}).
   */
  public static Map<String, Object> of(SearchRequest request, SearchResult result) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("query", request.query());
    m.put("filters", request.filters().asMap());
    m.put("sort", request.sort().code());
    m.put("offset", request.offset());
    m.put("limit", request.limit());
    m.put("total", result.total());
    m.put("totalRelation", result.totalRelation());
    m.put("hits", result.hits());
    if (result.facets() != null) {
      m.put("facets", result.facets());
    }
    return m;
  }
}
