package org.gongwen.policy.model;

import java.util.Objects;

/**
 * A quantitative goal the document sets (spec §5). {@code value}, {@code low} and {@code high} are in the
 * base unit (multipliers such as 万 applied); {@code raw} is the evidence as printed and is contained in
 * the text at {@code span}; {@code task} indexes the document's task list or is null.
 */
public record Target(
    String indicator,
    double value,
    String unit,
    Relation comparator,
    Integer year,
    String scope,
    TargetKind kind,
    Double low,
    Double high,
    String raw,
    Integer task,
    Span span,
    Integer page) {
  public Target {
    Objects.requireNonNull(indicator, "indicator");
    Objects.requireNonNull(comparator, "comparator");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(raw, "raw");
    Objects.requireNonNull(span, "span");
    if (Double.isNaN(value) || Double.isInfinite(value)) {
      throw new IllegalArgumentException("target value must be finite, got " + value);
    }
  }
}
