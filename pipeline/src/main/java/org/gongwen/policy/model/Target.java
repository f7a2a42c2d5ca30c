package org.gongwen.policy.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Objects;

/**
 * A quantitative goal the document sets (spec §5). {@code value}, {@code low} and {@code high} are in the
 * base unit (multipliers such as 万 applied); {@code raw} is the evidence as printed and is contained in
 * the text at {@code span}; {@code task} indexes the document's task list or is null. {@code printed} is the
 * number and measure word as printed (optional: omitted from JSON when unknown).
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
    Integer page,
    @JsonInclude(JsonInclude.Include.NON_NULL) Printed printed) {

  /** A target without its printed form (tests, synthetic documents). */
  public Target(String indicator, double value, String unit, Relation comparator, Integer year, String scope,
      TargetKind kind, Double low, Double high, String raw, Integer task, Span span, Integer page) {
    this(indicator, value, unit, comparator, year, scope, kind, low, high, raw, task, span, page, null);
  }

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
