package org.gongwen.policy.structure;

import org.gongwen.policy.model.Span;

/**
 * One line of normalized text without its newline; {@code table} when it is a row of a table the reader
 * found ({@link org.gongwen.policy.text.NormalizedText#isTableRow}), its cells then separated by tabs.
 */
public record Line(int index, int start, int end, String text, boolean table) {

  public boolean blank() {
    return text.isBlank();
  }

  public Span span() {
    return new Span(start, end);
  }
}
