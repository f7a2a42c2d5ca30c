package org.gongwen.policy.extract.goal;

/**
 * A number inside a formula or a definition of how an indicator is computed ({@code A/B×100%},
 * {@code 续约率=续约数/签约数×100%}) is not a goal: a formula mark (×, =, ÷) in its clause. A slash alone
 * names things ({@code 数字化车间/智能工厂}).
 */
public final class FormulaRule implements TargetRule {

  private final TargetWords words;

  public FormulaRule(TargetWords words) {
    this.words = words;
  }

  @Override
  public Verdict judge(Candidate c) {
    String around = c.clause() + c.quantity().raw() + c.clauseAfter();
    return words.formula.find(around) ? Verdict.REJECT : Verdict.PASS;
  }
}
