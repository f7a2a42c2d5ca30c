package org.gongwen.policy.extract.goal;

import java.util.List;

/**
 * The rules of target finding, in order: every rejecting rule is asked first (the first to reject names
 * the reason), then a keeping rule must give positive evidence; a number nothing keeps is rejected as
 * {@code NoGoalFrame}.
 */
public final class TargetRules {

  /** The name given to a number no rule kept. */
  public static final String NO_GOAL_FRAME = "NoGoalFrame";

  private final List<TargetRule> rules;

  public TargetRules(List<TargetRule> rules) {
    this.rules = List.copyOf(rules);
  }

  /** The standard rules over the lexicon's words. */
  public static TargetRules standard(TargetWords words) {
    return new TargetRules(List.of(
        new PartRoleRule(),
        new MeasureWordRule(),
        new NameOrSloganRule(words),
        new TimeLimitRule(words),
        new FormulaRule(words),
        new BenefitRule(words),
        new ConditionRule(words),
        new ProjectFactRule(words),
        new PastPeriodRule(words),
        new GoalFrameRule(words)));
  }

  /**
   * Whether the candidate is a target, and the rule that decided. Each rule is asked once (rules are pure
   * functions of the candidate): the first rejecting rule decides, else the first keeping rule, remembered
   * while the rejecting rules are asked.
   */
  public Judgement judge(Candidate c) {
    TargetRule keeper = null;
    for (TargetRule r : rules) {
      TargetRule.Verdict v = r.judge(c);
      if (v == TargetRule.Verdict.REJECT) {
        return new Judgement(false, r.name());
      }
      if (v == TargetRule.Verdict.KEEP && keeper == null) {
        keeper = r;
      }
    }
    return keeper != null ? new Judgement(true, keeper.name()) : new Judgement(false, NO_GOAL_FRAME);
  }

  /** A rule's decision on one candidate. */
  public record Judgement(boolean kept, String rule) {}
}
