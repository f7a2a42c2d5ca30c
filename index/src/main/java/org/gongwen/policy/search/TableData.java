package org.gongwen.policy.search;

import java.util.ArrayList;
import java.util.List;

/**
 * A rectangular table for export (CSV, XLSX, text): a header and rows of cells. A cell is a
 * {@link String}, a {@link Number} (written as a number in XLSX, as a plain decimal elsewhere) or null
 * (empty). Immutable.
 *
 * @param header column names
 * @param rows rows, each as long as the header
 */
public record TableData(List<String> header, List<List<Object>> rows) {

  public TableData {
    header = List.copyOf(header);
    List<List<Object>> copy = new ArrayList<>(rows.size());
    for (List<Object> row : rows) {
      if (row.size() != header.size()) {
        throw new IllegalArgumentException("row of " + row.size() + " cells under a header of " + header.size()
            + ": " + row);
      }
      copy.add(java.util.Collections.unmodifiableList(new ArrayList<>(row)));
    }
    rows = List.copyOf(copy);
  }

  /** A cell as text: numbers as plain decimals ({@link PlainNumber}), null as "". */
  public static String text(Object cell) {
    if (cell == null) {
      return "";
    }
    if (cell instanceof Number n) {
      return PlainNumber.format(n.doubleValue());
    }
    return cell.toString();
  }

  /** The header then every row, cells as {@link #text}. */
  public List<String[]> textRows() {
    List<String[]> out = new ArrayList<>(rows.size() + 1);
    out.add(header.toArray(String[]::new));
    for (List<Object> row : rows) {
      out.add(row.stream().map(TableData::text).toArray(String[]::new));
    }
    return out;
  }
}
