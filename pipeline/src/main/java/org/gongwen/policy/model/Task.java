package org.gongwen.policy.model;

import java.util.List;
import java.util.Objects;

/**
 * One assigned piece of work (spec §4): a numbered body item carrying a unit clause, or a row / sub-row
 * of an attachment table with a 责任单位 column.
 */
public record Task(
    String number,
    String title,
    String section,
    Origin origin,
    String attachment,
    List<UnitRef> units,
    String text,
    Span span,
    Integer page) {
  public Task {
    Objects.requireNonNull(number, "number");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(origin, "origin");
    Objects.requireNonNull(span, "span");
    units = List.copyOf(units);
  }
}
