package org.gongwen.policy.extract.goal;

import java.util.regex.Pattern;
import org.gongwen.policy.extract.quantity.Fuzz;

/**
 * A bare number without a measure word is no target ({@code 510计划}), unless it is a round magnitude that
 * names its own scale ({@code 千亿}, {@code 上百万}) or carries fuzz words of its own.
 */
public final class MeasureWordRule implements TargetRule {

  private static final Pattern ROUND_END = Pattern.compile(".*[万亿]\\s*$");

  @Override
  public Verdict judge(Candidate c) {
    if (c.unit() != null || c.quantity().fuzz() != Fuzz.NONE || ROUND_END.matcher(c.quantity().raw()).matches()) {
      return Verdict.PASS;
    }
    return Verdict.REJECT;
  }
}
