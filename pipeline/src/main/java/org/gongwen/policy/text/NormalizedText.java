package org.gongwen.policy.text;

import java.util.ArrayList;
import org.gongwen.policy.ingest.SourceTable;
import org.gongwen.policy.ingest.TabTables;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The text every extractor works on, with page starts in its own coordinates and a map back to the
 * reader's raw text.
 */
public final class NormalizedText {

  private final String text;
  private final int[] pageStarts;
  private final int[] rawOffsets;
  private final int[] tableRowStarts;

  /**
   * @param text the normalized text
   * @param pageStarts ascending offsets into {@code text} where pages start; empty when unpaged
   * @param rawOffsets for each char of {@code text}, the offset of the raw char it came from
   * @param tableRowStarts offsets into {@code text} of the lines that are table rows
   */
  public NormalizedText(String text, int[] pageStarts, int[] rawOffsets, int[] tableRowStarts) {
    this.text = Objects.requireNonNull(text, "text");
    this.tableRowStarts = tableRowStarts.clone();
    Arrays.sort(this.tableRowStarts);
    this.pageStarts = pageStarts.clone();
    this.rawOffsets = rawOffsets.clone();
    if (rawOffsets.length != text.length()) {
      throw new IllegalArgumentException(
          "raw offset map has " + rawOffsets.length + " entries for " + text.length() + " chars");
    }
  }

  /**
   * Unchanged text: the identity map, no pages; its tables are those plain text would have
   * ({@link TabTables#find}: tab-separated rows, not tab-indented paragraphs).
   */
  public static NormalizedText of(String text) {
    int[] map = new int[text.length()];
    Arrays.setAll(map, i -> i);
    List<SourceTable> tables = TabTables.find(text);
    List<Integer> rows = new ArrayList<>();
    for (int p = 0; p < text.length(); ) {
      int nl = text.indexOf('\n', p);
      int lineStart = p;
      if (tables.stream().anyMatch(t -> t.containsLine(lineStart)) && nl != p) {
        rows.add(p);
      }
      p = nl < 0 ? text.length() : nl + 1;
    }
    return new NormalizedText(text, new int[0], map, rows.stream().mapToInt(Integer::intValue).toArray());
  }

  /** Whether the line starting at {@code lineStart} is a table row (the reader said so). */
  public boolean isTableRow(int lineStart) {
    return Arrays.binarySearch(tableRowStarts, lineStart) >= 0;
  }

  public String text() {
    return text;
  }

  public int length() {
    return text.length();
  }

  public boolean paged() {
    return pageStarts.length > 0;
  }

  public int pages() {
    return pageStarts.length;
  }

  /** 1-based page of the char at {@code offset}, or null when unpaged. */
  public Integer pageAt(int offset) {
    if (pageStarts.length == 0) {
      return null;
    }
    int i = Arrays.binarySearch(pageStarts, offset);
    int page = i >= 0 ? i : -i - 2;
    return Math.max(0, page) + 1;
  }

  /** Offset in the reader's raw text of the char at {@code offset}. */
  public int rawOffset(int offset) {
    if (offset >= rawOffsets.length) {
      return rawOffsets.length == 0 ? 0 : rawOffsets[rawOffsets.length - 1] + 1;
    }
    return rawOffsets[offset];
  }

  public List<Integer> pageStarts() {
    return Arrays.stream(pageStarts).boxed().toList();
  }
}
