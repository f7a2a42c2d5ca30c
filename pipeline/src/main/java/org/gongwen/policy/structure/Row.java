package org.gongwen.policy.structure;

import java.util.List;
import org.gongwen.policy.model.Span;

/** One table row (one tab-separated line). */
public record Row(int line, Span span, List<Cell> cells) {
  public Row {
    cells = List.copyOf(cells);
  }

  /** The cell at {@code column}, or an empty cell at the row's end when the row is shorter. */
  public Cell cell(int column) {
    if (column >= 0 && column < cells.size()) {
      return cells.get(column);
    }
    return new Cell("", new Span(span.end(), span.end()));
  }

  public List<String> texts() {
    return cells.stream().map(Cell::text).toList();
  }
}
