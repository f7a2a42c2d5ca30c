package org.gongwen.policy.extract.quantity;

import java.util.Objects;
import org.gongwen.policy.lexicon.Lexicon;

/**
 * One quantity expression found in a text by {@link QuantityParser}.
 *
 * @param start first UTF-16 offset of the expression in the parsed string
 * @param end offset just after it, so that {@code text.substring(start, end).equals(raw)}
 * @param raw the expression as printed, including fuzz words that belong to the number (上百万方, 1000余亩)
 *     and the unit, but not comparator words around it (以上, 左右)
 * @param value the number in the base unit, multipliers applied ({@code 120万平方米} → 1200000); for a
 *     plain range the low end, for a 低线/高线 bracket the main figure, for a date the year
 * @param low low end of a range, else null
 * @param high high end of a range, else null
 * @param unit the measure word without multiplier in canonical form (平方米, 元, %, 人年 …), or null
 * @param fuzz how the number itself is qualified
 * @param kind what the number is used as; callers building targets keep {@link QuantityKind#AMOUNT}
 *     (and turn a {@link QuantityKind#PART} into a second target)
 */
public record Quantity(
    int start,
    int end,
    String raw,
    double value,
    Double low,
    Double high,
    String unit,
    Fuzz fuzz,
    QuantityKind kind) {

  public Quantity {
    Objects.requireNonNull(raw, "raw");
    Objects.requireNonNull(fuzz, "fuzz");
    Objects.requireNonNull(kind, "kind");
    if (start < 0 || end <= start || raw.length() != end - start) {
      throw new IllegalArgumentException(
          "bad span [" + start + ", " + end + ") for raw [" + raw + "]");
    }
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException("value must be finite, got " + value + " for [" + raw + "]");
    }
    if ((low == null) != (high == null)) {
      throw new IllegalArgumentException("low and high come together, for [" + raw + "]");
    }
    if ((fuzz == Fuzz.RANGE) != (low != null)) {
      throw new IllegalArgumentException("fuzz RANGE iff low/high are set, for [" + raw + "]");
    }
  }

  /** True for durations and other time spans given as a unit of time (三年, 3-5年, 6个月, 10天). */
  public boolean isDuration() {
    return kind == QuantityKind.AMOUNT
        && unit != null
        && DurationUnits.UNITS.contains(unit);
  }

  /** The units of time (lexicon quantity/duration-units), read once, when first asked. */
  private static final class DurationUnits {
    static final java.util.Set<String> UNITS = java.util.Set.copyOf(Lexicon.standard().words("quantity/duration-units"));
  }
}
