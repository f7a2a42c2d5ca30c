package org.gongwen.policy.ingest.pdf;

import java.util.List;

/**
 * The rebuilt text of one page and the ruled tables in it.
 *
 * @param text blocks separated by blank lines, without a trailing line break
 * @param tables the tables in text order, with the range of their row lines in {@code text}
 */
public record PageText(String text, List<Rendered> tables) {

  public PageText {
    tables = List.copyOf(tables);
  }

  /**
   * A table as written into the page text.
   *
   * @param start offset of its first row line in the page text
   * @param end offset just after its last row line
   * @param rows its rows, one per row line, each its cells left to right
   */
  public record Rendered(int start, int end, List<List<TableCell>> rows) {
    public Rendered {
      rows = rows.stream().map(List::copyOf).toList();
    }
  }
}
