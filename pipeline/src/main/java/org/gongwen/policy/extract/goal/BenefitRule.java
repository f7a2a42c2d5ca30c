package org.gongwen.policy.extract.goal;

import java.util.regex.Pattern;

/**
 * Benefits, subsidies, caps, deductions and fees: what an applicant receives or pays, not a goal
 * ({@code 最高补助100万元}, {@code 按实际发生费用的50%给予补助}, {@code 扣除标准为每月1000元}, {@code 每人每月2000元}).
 * Decided by a benefit word in the clause before the number, a 给予/予以 right after it, or money or a
 * rate computed 按 (according to) something.
 */
public final class BenefitRule implements TargetRule {

  private static final Pattern GRANT_AFTER = Pattern.compile("\\s*(?:以上|以下|以内)?的?\\s*(?:给予|予以|补助|补贴|奖励).*");
  private static final Pattern PER = Pattern.compile("每(?:人|户|月|年|次|天|日|平方米|亩)?\\s*$");
  private static final Pattern ACCORDING = Pattern.compile("(?:^|[^\\p{IsHan}]|[\\p{IsHan}])(?:按照|按)");

  private final TargetWords words;

  public BenefitRule(TargetWords words) {
    this.words = words;
  }

  @Override
  public Verdict judge(Candidate c) {
    String unit = c.unit();
    boolean moneyOrRate = "元".equals(unit) || "%".equals(unit);
    if (words.benefit.matcher(c.clause()).find() || GRANT_AFTER.matcher(c.clauseAfter()).matches()) {
      return Verdict.REJECT;
    }
    if (moneyOrRate && (PER.matcher(c.clause()).find() || c.clause().contains("按"))) {
      return Verdict.REJECT;
    }
    return Verdict.PASS;
  }
}
