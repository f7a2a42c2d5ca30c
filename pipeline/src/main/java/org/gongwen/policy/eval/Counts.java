package org.gongwen.policy.eval;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * True positives, false positives and false negatives of one part, with precision, recall and F1.
 *
 * <p>Empty denominators: with no item at all on either side ({@code 0/0/0}) there is nothing to judge
 * and all three ratios are {@code null} ("n/a"), as for an {@link Accuracy} with nothing judged; this
 * covers an empty gold list predicted empty and units of a document with no matched task. Otherwise a
 * zero denominator gives 0.0 (no prediction at all has precision 0, no gold item at all has recall 0),
 * and F1 is 0.0 when precision and recall are both 0.
 */
@JsonPropertyOrder({"tp", "fp", "fn", "precision", "recall", "f1"})
@JsonIgnoreProperties(value = {"precision", "recall", "f1"}, allowGetters = true)
public record Counts(int tp, int fp, int fn) {

  public static final Counts ZERO = new Counts(0, 0, 0);

  public Counts {
    if (tp < 0 || fp < 0 || fn < 0) {
      throw new IllegalArgumentException("negative count tp=" + tp + " fp=" + fp + " fn=" + fn);
    }
  }

  /** True when there was nothing to score: no gold item and no prediction. */
  public boolean isEmpty() {
    return tp + fp + fn == 0;
  }

  @JsonProperty("precision")
  public Double precision() {
    return isEmpty() ? null : ratio(tp, tp + fp);
  }

  @JsonProperty("recall")
  public Double recall() {
    return isEmpty() ? null : ratio(tp, tp + fn);
  }

  @JsonProperty("f1")
  public Double f1() {
    if (isEmpty()) {
      return null;
    }
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

  private static double ratio(int numerator, int denominator) {
    return denominator == 0 ? 0.0 : (double) numerator / denominator;
  }
}
