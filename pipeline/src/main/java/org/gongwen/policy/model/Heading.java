package org.gongwen.policy.model;

import java.util.Objects;

/**
 * A GB/T 9704 heading (spec §3): level 1 {@code 一、}, 2 {@code （一）}, 3 {@code 1.}, 4 {@code （1）}.
 * {@code number} is the bare numeral; {@code title} the text up to the first 。.
 */
public record Heading(int level, String number, String title, Span span, Integer page) {
  public Heading {
    if (level < 1 || level > 4) {
      throw new IllegalArgumentException("heading level must be 1..4, got " + level);
    }
    Objects.requireNonNull(number, "number");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(span, "span");
  }
}
