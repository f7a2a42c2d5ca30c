package org.gongwen.policy.model;

import java.util.List;

/**
 * A table of an attachment (spec §6): cells as printed, whitespace trimmed; merged cells may repeat or
 * stay empty. {@code span} covers the table's rows in the normalized text.
 */
public record Table(
    String caption, String attachment, List<String> header, List<List<String>> rows, Span span, Integer page) {
  public Table {
    header = List.copyOf(header);
    rows = rows.stream().map(List::copyOf).toList();
  }
}
