package org.gongwen.policy.extract.goal;

import org.gongwen.policy.structure.PartRole;

/** A part that reviews the past (发展基础, 取得成效) or closes the document gives no targets. */
public final class PartRoleRule implements TargetRule {
  @Override
  public Verdict judge(Candidate c) {
    return c.role() == PartRole.REVIEW || c.role() == PartRole.CLOSING ? Verdict.REJECT : Verdict.PASS;
  }
}
