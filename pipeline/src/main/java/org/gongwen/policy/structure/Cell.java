package org.gongwen.policy.structure;

import org.gongwen.policy.model.Span;

/** One table cell: its text as printed (trimmed) and where it stands in the normalized text. */
public record Cell(String text, Span span) {

  public boolean empty() {
    return text.isBlank();
  }
}
