package org.gongwen.policy.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Lines up compared targets as an indicator × year pivot: one row per indicator, kind, measure word,
 * comparator, issuer and scope (in {@link CompareRow#ORDER}), one column per due year (ascending); rows sorted by those key columns, and a
 * last column {@value #UNDATED} for targets without a year. A cell holds the value in the base unit; when
 * one row has several targets in the same year (two notices of one issuer), the cell lists them
 * joined with {@code " / "} in row order. Stateless.
 */
public final class ComparePivot {

  /** Header of the column of targets without a due year. */
  public static final String UNDATED = "no year";

  /** The key columns, before the year columns. */
  public static final List<String> KEY_COLUMNS = List.of("indicator", "kind", "unit", "comparator", "issuer", "scope");

  private ComparePivot() {}

  /** The pivot of the rows (any order; they are sorted by {@link CompareRow#ORDER} first). */
  public static TableData of(List<CompareRow> rows) {
    List<CompareRow> sorted = new ArrayList<>(rows);
    sorted.sort(CompareRow.ORDER);
    TreeSet<Integer> years = new TreeSet<>();
    boolean undated = false;
    Map<List<String>, Map<Integer, List<Double>>> cells = new LinkedHashMap<>();
    for (CompareRow r : sorted) {
      if (r.year() == null) {
        undated = true;
      } else {
        years.add(r.year());
      }
      List<String> key = java.util.Arrays.asList(r.indicator(), r.kind(), r.unit(), r.comparator(), r.issuer(), r.scope());
      cells.computeIfAbsent(key, k -> new LinkedHashMap<>())
          .computeIfAbsent(r.year() == null ? Integer.MIN_VALUE : r.year(), y -> new ArrayList<>())
          .add(r.value());
    }
    List<String> header = new ArrayList<>(KEY_COLUMNS);
    years.forEach(y -> header.add(y.toString()));
    if (undated) {
      header.add(UNDATED);
    }
    List<Map.Entry<List<String>, Map<Integer, List<Double>>>> entries = new ArrayList<>(cells.entrySet());
    entries.sort((a, b) -> compareKeys(a.getKey(), b.getKey()));
    List<List<Object>> out = new ArrayList<>();
    for (Map.Entry<List<String>, Map<Integer, List<Double>>> e : entries) {
      List<Object> row = new ArrayList<>(e.getKey());
      for (Integer y : years) {
        row.add(cell(e.getValue().get(y)));
      }
      if (undated) {
        row.add(cell(e.getValue().get(Integer.MIN_VALUE)));
      }
      out.add(row);
    }
    return new TableData(header, out);
  }

  private static int compareKeys(List<String> a, List<String> b) {
    for (int i = 0; i < a.size(); i++) {
      int c = Comparator.nullsFirst(Comparator.<String>naturalOrder()).compare(a.get(i), b.get(i));
      if (c != 0) {
        return c;
      }
    }
    return 0;
  }

  private static Object cell(List<Double> values) {
    if (values == null || values.isEmpty()) {
      return null;
    }
    if (values.size() == 1) {
      return values.get(0);
    }
    StringBuilder sb = new StringBuilder();
    for (Double v : values) {
      if (sb.length() > 0) {
        sb.append(" / ");
      }
      sb.append(v == null ? "?" : PlainNumber.format(v));
    }
    return sb.toString();
  }

  /** The flat list: one row per target, columns {@link #FLAT_COLUMNS}. */
  public static TableData flat(List<CompareRow> rows) {
    List<List<Object>> out = new ArrayList<>();
    for (CompareRow r : rows) {
      out.add(java.util.Arrays.asList(r.indicator(), r.kind(), r.value(), r.unit(), r.year(), r.comparator(),
          r.issuer(), r.title(), r.file(), r.scope()));
    }
    return new TableData(FLAT_COLUMNS, out);
  }

  /** Columns of {@link #flat}. */
  public static final List<String> FLAT_COLUMNS =
      List.of("indicator", "kind", "value", "unit", "year", "comparator", "issuer", "title", "file", "scope");
}
