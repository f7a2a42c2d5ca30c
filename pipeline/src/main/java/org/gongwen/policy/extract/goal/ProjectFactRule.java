package org.gongwen.policy.extract.goal;

/**
 * Facts of a listed project or of the present ({@code 总投资20亿元}, {@code 年产50万吨}, {@code 目前拥有}, {@code 已建成}):
 * a fact word governs the number (between the clause start, or the previous amount, and the number).
 */
public final class ProjectFactRule implements TargetRule {

  private final TargetWords words;

  public ProjectFactRule(TargetWords words) {
    this.words = words;
  }

  @Override
  public Verdict judge(Candidate c) {
    return words.fact.find(c.governing()) ? Verdict.REJECT : Verdict.PASS;
  }
}
