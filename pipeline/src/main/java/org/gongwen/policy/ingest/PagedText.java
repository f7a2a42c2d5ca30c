package org.gongwen.policy.ingest;

import java.util.ArrayList;
import java.util.List;
import org.gongwen.policy.ingest.pdf.PageText;
import org.gongwen.policy.ingest.pdf.TableCell;

/**
 * Joins laid-out pages (PDF, OFD) into one text of the line contract: pages separated by a blank line and
 * never joined (a paragraph over a page break is two paragraphs), one offset per page (an empty page
 * starts where the next one does), each page's ruled tables as {@link SourceTable}s with their page
 * number and place in the whole text. One instance per file read.
 */
final class PagedText {

  private final StringBuilder text = new StringBuilder();
  private final List<Integer> pageStarts = new ArrayList<>();
  private final List<SourceTable> tables = new ArrayList<>();

  /** Starts the next page (also one that will have no text). */
  void startPage() {
    pageStarts.add(text.length());
  }

  /** Adds the text and tables of page {@code pageNo} (1-based), the page last started. */
  void add(int pageNo, PageText page) {
    if (page.text().isEmpty()) {
      return;
    }
    int offset = text.length();
    for (PageText.Rendered t : page.tables()) {
      tables.add(new SourceTable(offset + t.start(), offset + t.end(), pageNo, cells(t.rows())));
    }
    text.append(page.text()).append("\n\n");
  }

  /** Whether no page added any visible text. */
  boolean isBlank() {
    return text.toString().isBlank();
  }

  /** The joined text, ending with one line break; page offsets are clamped to it. */
  String finish() {
    // the last page ends with one line break, not a blank line
    text.setLength(Math.max(0, text.length() - 1));
    for (int i = 0; i < pageStarts.size(); i++) {
      pageStarts.set(i, Math.min(pageStarts.get(i), text.length()));
    }
    return text.toString();
  }

  List<Integer> pageStarts() {
    return pageStarts;
  }

  List<SourceTable> tables() {
    return tables;
  }

  private static List<List<SourceCell>> cells(List<List<TableCell>> rows) {
    return rows.stream()
        .map(row -> row.stream().map(c -> new SourceCell(c.text(), c.rowSpan(), c.colSpan())).toList())
        .toList();
  }
}
