package org.gongwen.policy.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Search hits as a {@link TableData} for CSV or XLSX export: one row per hit, the columns of all three
 * entry types ({@link #COLUMNS}), empty where a column does not apply. Units are joined with
 * {@code 、}, lead units keep their {@code *}. Stateless.
 */
public final class HitTable {

  /** Export columns, in order. */
  public static final List<String> COLUMNS = List.of("rank", "type", "score", "title", "indicator", "value", "unit",
      "year", "comparator", "kind", "units", "scope", "evidence", "issuer", "docNumber", "signedDate", "policyTitle",
      "file");

  private HitTable() {}

  /** The hits, ranked from {@code firstRank} (1 for the first page). */
  public static TableData of(List<SearchHit> hits, int firstRank) {
    List<List<Object>> rows = new ArrayList<>();
    int rank = firstRank;
    for (SearchHit h : hits) {
      rows.add(Arrays.asList(rank++, h.type(), Math.round(h.score() * 10000d) / 10000d, h.title(), h.indicator(), h.value(), h.unit(),
          h.year(), h.comparator(), h.kind(), join(h.units()), h.scope(), h.evidence(), join(h.issuers()),
          h.docNumber(), h.signedDate(), h.policyTitle(), h.file()));
    }
    return new TableData(COLUMNS, rows);
  }

  private static String join(List<String> values) {
    return values == null ? null : String.join("、", values);
  }
}
