package org.gongwen.policy.ingest.pdf;

/**
 * An axis-parallel drawn line in display coordinates: a table border candidate.
 *
 * @param horizontal whether the line runs left to right
 * @param at its y (horizontal) or x (vertical)
 * @param from its smaller end coordinate along its direction
 * @param to its larger end coordinate along its direction
 */
public record Rule(boolean horizontal, float at, float from, float to) {

  public Rule {
    if (from > to) {
      float t = from;
      from = to;
      to = t;
    }
  }

  float length() {
    return to - from;
  }

  /** Whether this rule passes through coordinate {@code v} along its direction, with a tolerance. */
  boolean spans(float v, float tolerance) {
    return v >= from - tolerance && v <= to + tolerance;
  }
}
