package org.gongwen.policy.structure;

import java.util.List;
import org.gongwen.policy.model.Span;
import org.gongwen.policy.model.Table;
import org.gongwen.policy.text.CharClass;

/**
 * A table as the extractors see it: header row and body rows with cell spans, the attachment it belongs
 * to (or null) and its caption. Header rows repeated after a page break are already dropped.
 */
public record TableBlock(String caption, String attachment, Row header, List<Row> rows) {
  public TableBlock {
    rows = List.copyOf(rows);
  }

  public Span span() {
    int end = rows.isEmpty() ? header.span().end() : rows.get(rows.size() - 1).span().end();
    return new Span(header.span().start(), end);
  }

  /** Index of the first header cell whose whitespace-free text matches one of the names, or -1. */
  public int column(String... names) {
    for (int c = 0; c < header.cells().size(); c++) {
      String h = CharClass.withoutRegexSpace(header.cells().get(c).text());
      for (String name : names) {
        if (h.equals(name)) {
          return c;
        }
      }
    }
    return -1;
  }

  public Table toTable(Integer page) {
    return new Table(caption, attachment, header.texts(), rows.stream().map(Row::texts).toList(), span(), page);
  }
}
