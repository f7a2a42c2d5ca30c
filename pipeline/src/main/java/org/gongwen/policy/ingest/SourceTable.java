package org.gongwen.policy.ingest;

import java.util.List;

/**
 * A table as a reader found it, and where its rows stand in {@link ExtractedText#text()}.
 *
 * <p>The text still holds every row as one line with its cells joined by {@code \t} (so every later offset
 * and evidence span points into one text), and {@code [start, end)} covers exactly those row lines: the
 * first row line starts at {@code start}, the last one ends (before its {@code \n}) at {@code end}. The
 * lines of the range are the table's rows in order, one line per element of {@code rows}. Only lines inside
 * a table's range are table rows: later steps never guess tables from tabs.
 *
 * @param start offset of the first row line in the reader's text
 * @param end offset just after the last row line's last char (its {@code \n} excluded)
 * @param page 1-based page of the first row, or null for unpaged formats
 * @param rows the rows, top to bottom, each its cells left to right
 */
public record SourceTable(int start, int end, Integer page, List<List<SourceCell>> rows) {
  public SourceTable {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad table range [" + start + ", " + end + ")");
    }
    rows = rows.stream().map(List::copyOf).toList();
  }

  /** Whether the line starting at {@code lineStart} of the reader's text is one of this table's rows. */
  public boolean containsLine(int lineStart) {
    return lineStart >= start && lineStart < Math.max(end, start + 1);
  }
}
