package org.gongwen.policy.ingest.html;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;

/**
 * Tells a data table (rows and columns of facts: an indicator table, a 任务分工表) from a layout table (a
 * page frame, or one big cell of paragraphs that holds the whole body, as gov.cn pages are laid out).
 *
 * <p>Rule: a table is data when it has at least two rows of which at least two have two or more cells, no
 * cell holds another table, and no single cell holds more than {@value #MAX_CELL_SHARE} of the table's
 * text once the table has more than {@value #SMALL_TABLE} characters. Anything else is layout.
 */
final class TableKind {

  static final double MAX_CELL_SHARE = 0.6;
  static final int SMALL_TABLE = 200;

  private TableKind() {}

  /** The rows of this table, not of tables nested in its cells. */
  static List<Element> rows(Element table) {
    List<Element> rows = new ArrayList<>();
    for (Element child : table.children()) {
      String tag = child.normalName();
      if (tag.equals("tr")) {
        rows.add(child);
      } else if (tag.equals("thead") || tag.equals("tbody") || tag.equals("tfoot")) {
        for (Element r : child.children()) {
          if (r.normalName().equals("tr")) {
            rows.add(r);
          }
        }
      }
    }
    return rows;
  }

  /** The cells of a row. */
  static List<Element> cells(Element row) {
    List<Element> cells = new ArrayList<>();
    for (Element c : row.children()) {
      if (c.normalName().equals("td") || c.normalName().equals("th")) {
        cells.add(c);
      }
    }
    return cells;
  }

  static boolean isData(Element table) {
    List<Element> rows = rows(table);
    if (rows.size() < 2) {
      return false;
    }
    int wide = 0;
    int total = 0;
    int largest = 0;
    for (Element row : rows) {
      List<Element> cells = cells(row);
      if (cells.size() >= 2) {
        wide++;
      }
      for (Element cell : cells) {
        if (!cell.select("table").isEmpty()) {
          return false;
        }
        int length = cell.text().length();
        total += length;
        largest = Math.max(largest, length);
      }
    }
    if (wide < 2) {
      return false;
    }
    return total <= SMALL_TABLE || largest <= MAX_CELL_SHARE * total;
  }
}
