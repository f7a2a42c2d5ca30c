package org.gongwen.policy.ingest.pdf;

import java.util.List;

/**
 * The rebuilt text of one page, the ruled tables in it and what each of its blocks is.
 *
 * @param text blocks separated by blank lines, without a trailing line break
 * @param tables the tables in text order, with the range of their row lines in {@code text}
 * @param blocks every block of {@code text} in order: its kind and range
 */
public record PageText(String text, List<Rendered> tables, List<Block> blocks) {

  public PageText {
    tables = List.copyOf(tables);
    blocks = List.copyOf(blocks);
  }

  /** What a block of a page is, as the layout sees it. */
  public enum Kind {
    /** Running text: a paragraph, a date, a signature line. */
    PARAGRAPH,
    /** A paragraph that opens with a heading marker or is set larger than the body: maybe a heading. */
    HEADING_CANDIDATE,
    /** The row lines of a ruled table ({@link Rendered}). */
    TABLE
  }

  /**
   * One block of the page text.
   *
   * @param kind what it is
   * @param start offset of its first character in the page text
   * @param end offset just after its last character
   */
  public record Block(Kind kind, int start, int end) {}

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
