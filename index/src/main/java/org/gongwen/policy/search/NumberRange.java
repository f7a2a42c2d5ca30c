package org.gongwen.policy.search;

/**
 * A closed, open or half-open numeric range; a null bound is unbounded.
 *
 * @param min lower bound or null
 * @param minInclusive whether {@code min} itself is in the range
 * @param max upper bound or null
 * @param maxInclusive whether {@code max} itself is in the range
 */
public record NumberRange(Double min, boolean minInclusive, Double max, boolean maxInclusive) {

  public NumberRange {
    minInclusive = min == null || minInclusive; // an open end has no bound to include
    maxInclusive = max == null || maxInclusive;
    if (min != null && (min.isNaN() || min.isInfinite()) || max != null && (max.isNaN() || max.isInfinite())) {
      throw new IllegalArgumentException("range bounds must be finite numbers, got [" + min + ", " + max + "]");
    }
    if (min != null && max != null && min > max) {
      throw new IllegalArgumentException("empty range [" + PlainNumber.format(min) + " TO " + PlainNumber.format(max) + "]");
    }
  }

  /** Exactly {@code v}. */
  public static NumberRange exactly(double v) {
    return new NumberRange(v, true, v, true);
  }

  /** The lowest double in the range, or negative infinity. */
  public double lowest() {
    if (min == null) {
      return Double.NEGATIVE_INFINITY;
    }
    return minInclusive ? min : Math.nextUp(min);
  }

  /** The highest double in the range, or positive infinity. */
  public double highest() {
    if (max == null) {
      return Double.POSITIVE_INFINITY;
    }
    return maxInclusive ? max : Math.nextDown(max);
  }

  /** The lowest int in the range, saturating. */
  public int lowestInt() {
    double lo = lowest();
    if (lo == Double.NEGATIVE_INFINITY) {
      return Integer.MIN_VALUE;
    }
    double ceil = Math.ceil(lo);
    int v = (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, ceil));
    return !minInclusive && ceil == min && v < Integer.MAX_VALUE ? v + 1 : v;
  }

  /** The highest int in the range, saturating. */
  public int highestInt() {
    double hi = highest();
    if (hi == Double.POSITIVE_INFINITY) {
      return Integer.MAX_VALUE;
    }
    double floor = Math.floor(hi);
    int v = (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, floor));
    return !maxInclusive && floor == max && v > Integer.MIN_VALUE ? v - 1 : v;
  }

  /** The range in the query syntax: {@code [100 TO *]}, {@code {2 TO 5]}. */
  @Override
  public String toString() {
    if (min != null && max != null && min.equals(max) && minInclusive && maxInclusive) {
      return PlainNumber.format(min);
    }
    return (minInclusive ? "[" : "{") + (min == null ? "*" : PlainNumber.format(min)) + " TO "
        + (max == null ? "*" : PlainNumber.format(max)) + (maxInclusive ? "]" : "}");
  }
}
