package org.gongwen.policy.search;

import java.util.List;

/**
 * Targets side by side.
 *
 * @param total how many targets match (exact), possibly more than {@code rows}
 * @param rows the best matches up to the limit, sorted by {@link CompareRow#ORDER}
 */
public record CompareResult(long total, List<CompareRow> rows) {

  public CompareResult {
    rows = List.copyOf(rows);
  }
}
