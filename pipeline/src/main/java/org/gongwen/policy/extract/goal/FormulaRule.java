package org.gongwen.policy.extract.goal;

import java.util.regex.Pattern;

/**
 * A number inside a formula or a definition of how an indicator is computed ({@code A/B×100%},
 * {@code 续约率=续约数/签约数×100%}) is not a goal.
 */
public final class FormulaRule implements TargetRule {

  /** A ratio of two named quantities: {@code 门诊收入/医疗收入}. */
  private static final Pattern RATIO = Pattern.compile("\\p{IsHan}[/／]\\p{IsHan}|[)）][/／]|[/／][(（]");

  private final TargetWords words;

  public FormulaRule(TargetWords words) {
    this.words = words;
  }

  @Override
  public Verdict judge(Candidate c) {
    String around = c.clause() + c.quantity().raw() + c.clauseAfter();
    return words.formula.matcher(around).find() || RATIO.matcher(c.clause()).find() ? Verdict.REJECT : Verdict.PASS;
  }
}
