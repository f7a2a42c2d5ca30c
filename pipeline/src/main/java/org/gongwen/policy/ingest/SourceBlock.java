package org.gongwen.policy.ingest;

/**
 * A block of a paged reader's text as the reader saw it on the page: the structure a layout knows
 * besides the text (where a page ends, which paragraph opens with a heading marker or is set large, which
 * lines are a ruled table), so that later steps need not guess it back from blank lines.
 *
 * @param kind what the block is
 * @param start offset of its first character in {@link ExtractedText#text()}
 * @param end offset just after its last character ({@code start} for a page break)
 * @param page the 1-based page it is on (for a page break: the page that starts)
 */
public record SourceBlock(Kind kind, int start, int end, Integer page) {

  public SourceBlock {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad block range [" + start + ", " + end + ")");
    }
  }

  /** What a block is. */
  public enum Kind {
    /** Running text. */
    PARAGRAPH,
    /** A paragraph that opens with a heading marker or is set larger than the body text. */
    HEADING_CANDIDATE,
    /** The row lines of a ruled table (the same range as its {@link SourceTable}). */
    TABLE,
    /** The start of a page after the first (an empty range). */
    PAGE_BREAK
  }
}
