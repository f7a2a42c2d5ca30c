package org.gongwen.policy.eval;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/** {@code correct} out of {@code total} judged items; {@link #value()} is {@code null} when none was judged. */
@JsonIgnoreProperties(value = {"value"}, allowGetters = true)
public record Accuracy(int correct, int total) {

  public static final Accuracy NONE = new Accuracy(0, 0);

  public Accuracy {
    if (correct < 0 || total < correct) {
      throw new IllegalArgumentException("invalid accuracy " + correct + "/" + total);
    }
  }

  @JsonProperty("value")
  public Double value() {
    return total == 0 ? null : (double) correct / total;
  }

  public Accuracy plus(Accuracy other) {
    return other == null ? this : new Accuracy(correct + other.correct, total + other.total);
  }

  static Accuracy sum(Accuracy a, Accuracy b) {
    return a == null ? b : a.plus(b);
  }

  static Accuracy of(boolean correct) {
    return new Accuracy(correct ? 1 : 0, 1);
  }
}
