package org.gongwen.policy.extract.goal;

/**
 * Durations and time limits ({@code 三年努力}, {@code 3-5年内}, {@code 3个工作日内办结}) are rules or periods, not
 * goals, unless a cut sets them: {@code 缩短到3个工作日以内}, {@code 审批时限压缩至12个工作日} are targets.
 */
public final class TimeLimitRule implements TargetRule {

  private final TargetWords words;

  public TimeLimitRule(TargetWords words) {
    this.words = words;
  }

  @Override
  public Verdict judge(Candidate c) {
    boolean time = c.quantity().isDuration() || words.timeLimitUnit.matcher(c.after()).lookingAt();
    if (!time) {
      return Verdict.PASS;
    }
    return words.cut.find(c.clause()) ? Verdict.PASS : Verdict.REJECT;
  }
}
