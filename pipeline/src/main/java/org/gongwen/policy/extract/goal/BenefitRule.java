package org.gongwen.policy.extract.goal;

/**
 * Benefits, subsidies, caps, deductions and fees: what an applicant receives or pays, not a goal
 * ({@code 最高补助100万元}, {@code 按实际发生费用的50%给予补助}, {@code 补贴标准为每月800元}, {@code 每人每月2000元}).
 * Decided by a benefit word in the clause before the number, a 给予/予以 right after it, or money or a
 * rate computed 按 (according to) something.
 */
public final class BenefitRule implements TargetRule {

  private final TargetWords words;

  public BenefitRule(TargetWords words) {
    this.words = words;
  }

  @Override
  public Verdict judge(Candidate c) {
    String unit = c.unit();
    boolean moneyOrRate = "元".equals(unit) || "%".equals(unit);
    if (words.benefit.find(c.clause()) || words.grantAfter.matcher(c.clauseAfter()).matches()) {
      return Verdict.REJECT;
    }
    if (moneyOrRate && (words.perUnitEnd.matcher(c.clause()).find() || words.according.matcher(c.clause()).find())) {
      return Verdict.REJECT;
    }
    return Verdict.PASS;
  }
}
