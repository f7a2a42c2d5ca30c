package org.gongwen.policy.eval;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/** The mean of {@code n} judged values summing to {@code sum}; {@link #value()} is {@code null} when none. */
@JsonIgnoreProperties(value = {"value"}, allowGetters = true)
public record Mean(double sum, int n) {

  public static final Mean NONE = new Mean(0, 0);

  @JsonProperty("value")
  public Double value() {
    return n == 0 ? null : sum / n;
  }

  public Mean plus(Mean other) {
    return other == null ? this : new Mean(sum + other.sum, n + other.n);
  }

  static Mean sum(Mean a, Mean b) {
    return a == null ? b : a.plus(b);
  }

  static Mean of(double value) {
    return new Mean(value, 1);
  }
}
