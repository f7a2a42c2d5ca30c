package org.gongwen.policy.model;

/**
 * A target's number and measure word as printed, before multipliers are applied (spec §5
 * {@code printed}): {@code 180亿元} → value 180, unit {@code 亿元}; a table cell {@code 30} under
 * {@code (万平方米)} → 30 and {@code 万平方米}. Lets a reader show the figure the way the document does.
 *
 * @param value the printed numeral's value ({@code 一千二百} → 1200), for a range its low end
 * @param unit the multiplier and measure word as printed ({@code 万平方米}, {@code %}), or null when none
 */
public record Printed(double value, String unit) {
  public Printed {
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException("printed value must be finite, got " + value);
    }
  }
}
