package org.gongwen.policy.structure;

import org.gongwen.policy.model.Span;

/** One line of normalized text without its newline; a table row when it contains a tab. */
public record Line(int index, int start, int end, String text) {

  public boolean table() {
    return text.indexOf('\t') >= 0;
  }

  public boolean blank() {
    return text.isBlank();
  }

  public Span span() {
    return new Span(start, end);
  }
}
