package org.gongwen.policy.ingest;

import java.util.ArrayList;
import java.util.List;
import org.gongwen.policy.ingest.pdf.PageText;
import org.gongwen.policy.ingest.pdf.TableCell;

/**
 * Joins laid-out pages (PDF, OFD) into one text of the line contract: pages separated by a blank line and
 * never joined (a paragraph over a page break is two paragraphs), one offset per page (an empty page
 * starts where the next one does), each page's ruled tables as {@link SourceTable}s with their page
 * number and place in the whole text, and every block of the layout as a {@link SourceBlock} (a page break
 * before each page after the first). One instance per file read.
 */
final class PagedText {

  private final StringBuilder text = new StringBuilder();
  private final List<Integer> pageStarts = new ArrayList<>();
  private final List<SourceTable> tables = new ArrayList<>();
  private final List<SourceBlock> blocks = new ArrayList<>();

  /** Starts the next page (also one that will have no text). */
  void startPage() {
    pageStarts.add(text.length());
    if (pageStarts.size() > 1) {
      blocks.add(new SourceBlock(SourceBlock.Kind.PAGE_BREAK, text.length(), text.length(), pageStarts.size()));
    }
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
    for (PageText.Block b : page.blocks()) {
      SourceBlock.Kind kind = switch (b.kind()) {
        case PARAGRAPH -> SourceBlock.Kind.PARAGRAPH;
        case HEADING_CANDIDATE -> SourceBlock.Kind.HEADING_CANDIDATE;
        case TABLE -> SourceBlock.Kind.TABLE;
      };
      blocks.add(new SourceBlock(kind, offset + b.start(), offset + b.end(), pageNo));
    }
    text.append(page.text()).append("\n\n");
  }

  /** Whether no page added any visible text. */
  boolean isBlank() {
    return text.toString().isBlank();
  }

  /** The joined text, ending with one line break; page offsets and page breaks are clamped to it. */
  String finish() {
    // the last page ends with one line break, not a blank line
    text.setLength(Math.max(0, text.length() - 1));
    for (int i = 0; i < pageStarts.size(); i++) {
      pageStarts.set(i, Math.min(pageStarts.get(i), text.length()));
    }
    for (int i = 0; i < blocks.size(); i++) {
      SourceBlock b = blocks.get(i);
      if (b.start() > text.length()) {
        blocks.set(i, new SourceBlock(b.kind(), text.length(), text.length(), b.page()));
      }
    }
    return text.toString();
  }

  /** The blocks of all pages, page breaks between pages, in text order. */
  List<SourceBlock> blocks() {
    return blocks;
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
