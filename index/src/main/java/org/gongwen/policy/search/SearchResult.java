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
 * @param total how many entries match (exact)
 * @param offset hits skipped before the first of {@code hits}
 * @param hits the page, in the requested order
 * @param facets when asked for: per dimension ({@link PolicySearcher#FACETS}) the values and their counts
 *     over all matching entries (not just the page); null otherwise
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"total", "offset", "hits", "facets"})
public record SearchResult(long total, int offset, List<SearchHit> hits, Map<String, List<FacetCount>> facets) {

  public SearchResult {
    hits = List.copyOf(hits);
    if (facets != null) {
      Map<String, List<FacetCount>> copy = new LinkedHashMap<>();
      facets.forEach((k, v) -> copy.put(k, List.copyOf(v)));
      facets = Collections.unmodifiableMap(copy);
    }
  }
}
