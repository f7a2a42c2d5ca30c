package org.gongwen.policy.eval;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * True positives, false positives and false negatives of one part, with precision, recall and F1.
 *
 * <p>Empty denominators: precision with no counted prediction is 1.0 when nothing was missed either
 * (an empty gold list predicted as empty is perfect) and 0.0 otherwise; recall likewise with the roles
 * swapped. F1 is 0.0 when precision and recall are both 0.
 */
@JsonIgnoreProperties(value = {"precision", "recall", "f1"}, allowGetters = true)
public record Counts(int tp, int fp, int fn) {

  public static final Counts ZERO = new Counts(0, 0, 0);

  public Counts {
    if (tp < 0 || fp < 0 || fn < 0) {
      throw new IllegalArgumentException("negative count tp=" + tp + " fp=" + fp + " fn=" + fn);
    }
  }

  @JsonProperty("precision")
  public double precision() {
    return tp + fp == 0 ? (fn == 0 ? 1.0 : 0.0) : (double) tp / (tp + fp);
  }

  @JsonProperty("recall")
  public double recall() {
    return tp + fn == 0 ? (fp == 0 ? 1.0 : 0.0) : (double) tp / (tp + fn);
  }

  @JsonProperty("f1")
  public double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
  }

  public Counts plus(Counts other) {
    return other == null ? this : new Counts(tp + other.tp, fp + other.fp, fn + other.fn);
  }

  /** Sum where {@code null} means "not scored": null + x = x. */
  static Counts sum(Counts a, Counts b) {
    return a == null ? b : a.plus(b);
  }
}
