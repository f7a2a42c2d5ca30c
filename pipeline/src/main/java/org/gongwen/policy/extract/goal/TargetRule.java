package org.gongwen.policy.extract.goal;

/**
 * One named rule of target finding: it rejects a candidate number (a benefit, a condition, a formula …),
 * keeps it on positive evidence (a goal frame) or has nothing to say. {@link TargetRules} asks the
 * rejecting rules first and then requires one keeping rule, so a number is a target only because the text
 * sets it as a goal, never merely because nothing rejected it.
 */
public interface TargetRule {

  /** What a rule says about one candidate. */
  enum Verdict { KEEP, REJECT, PASS }

  /** The rule's name as shown by {@code extract --explain}. */
  default String name() {
    return getClass().getSimpleName();
  }

  Verdict judge(Candidate c);
}
