package org.gongwen.policy.ingest;

import java.util.Objects;

/**
 * One cell of a {@link SourceTable} as the format gave it: its text on one line, and how many rows and
 * columns it covers ({@code rowSpan}/{@code colSpan}, 1 for an ordinary cell). A merged cell appears once,
 * in its top-left position; the positions it covers hold an empty cell with spans 1.
 */
public record SourceCell(String text, int rowSpan, int colSpan) {
  public SourceCell {
    Objects.requireNonNull(text, "text");
    if (rowSpan < 1 || colSpan < 1) {
      throw new IllegalArgumentException("spans must be >= 1: " + rowSpan + "x" + colSpan);
    }
  }

  /** An ordinary one-by-one cell. */
  public static SourceCell of(String text) {
    return new SourceCell(text, 1, 1);
  }
}
