package org.gongwen.policy.search;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One page of hits.
 *
 * @param total how many entries match: exact when {@code totalExact}, else a lower bound (the search
 *     stopped counting after {@link PolicySearcher#EXACT_TOTAL_UP_TO} matches once the page was certain)
 * @param totalExact whether {@code total} is the exact count
 * @param offset hits skipped before the first of {@code hits}
 * @param hits the page, in the requested order
 * @param facets when asked for: per dimension ({@link PolicySearcher#FACETS}) the values and their counts
 *     over all matching entries (not just the page); null otherwise. With facets the total is always exact.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"total", "totalExact", "offset", "hits", "facets"})
public record SearchResult(long total, boolean totalExact, int offset, List<SearchHit> hits,
    Map<String, List<FacetCount>> facets) {

  /** {@code total} as printed in the JSON field {@code totalRelation}: exact. */
  public static final String EQUAL = "eq";
  /** {@code total} as printed in the JSON field {@code totalRelation}: a lower bound. */
  public static final String AT_LEAST = "gte";

  public SearchResult {
    hits = List.copyOf(hits);
    if (facets != null) {
      Map<String, List<FacetCount>> copy = new LinkedHashMap<>();
      facets.forEach((k, v) -> copy.put(k, List.copyOf(v)));
      facets = Collections.unmodifiableMap(copy);
    }
  }

  /** A page with an exact total. */
  public SearchResult(long total, int offset, List<SearchHit> hits, Map<String, List<FacetCount>> facets) {
    this(total, true, offset, hits, facets);
  }

  /** {@link #EQUAL} or {@link #AT_LEAST}. */
  public String totalRelation() {
    return totalExact ? EQUAL : AT_LEAST;
  }

  /** The total for people: {@code 1234}, or {@code ≥10000} when it is a lower bound. */
  public String totalText() {
    return totalExact ? Long.toString(total) : "≥" + total;
  }
}
