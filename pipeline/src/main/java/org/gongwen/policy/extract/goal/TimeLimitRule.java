package org.gongwen.policy.extract.goal;

/**
 * Durations and time limits ({@code 三年努力}, {@code 3-5年内}, {@code 3个工作日内办结}) are rules or periods, not
 * goals, unless a cut sets them: {@code 压缩到5个工作日以内}, {@code 办理时限压缩至15个工作日} are targets.
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
