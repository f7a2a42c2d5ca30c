package org.gongwen.policy.extract;

import java.util.List;

/** An extraction step's output: the value plus human-readable warnings (spec §1 {@code warnings}). */
public record Extraction<T>(T value, List<String> warnings) {
  public Extraction {
    warnings = List.copyOf(warnings);
  }

  public static <T> Extraction<T> of(T value) {
    return new Extraction<>(value, List.of());
  }
}
