package org.gongwen.policy.extract.goal;

import java.util.regex.Pattern;
import org.gongwen.policy.structure.PartRole;

/**
 * The positive evidence a target needs: the text sets the number as a goal.
 * <ul>
 *   <li>a goal word in the number's clause before it ({@code 达到}, {@code 建成}, {@code 培育}, {@code 新增},
 *       {@code 压缩到}) or a comparator around it ({@code 不少于50个}, {@code 300家以上}, {@code 10个左右});</li>
 *   <li>a goal frame over its sentence: a due year ({@code 到2025年}, {@code 2019年底前}) or 目标/力争/确保
 *       earlier in the sentence, its paragraph, or the lead-in line (ending in a colon) that introduces it;</li>
 *   <li>a share of a thing to act on ({@code 预留30%的号源}) in a goals, tasks or safeguards part;</li>
 *   <li>the goals, tasks or other parts of a one-year work plan, which state what is to be done that year
 *       ({@code 发放创新券5000万元}). A goals part alone is no evidence: indicator catalogues and their notes
 *       are goals parts too ({@code 带*的12项指标为省级考核指标}).</li>
 * </ul>
 * In a part that lists benefits or definitions only a goal word in the clause counts: a comparator or a
 * frame there states a rule ({@code 不超过10个}), not a goal.
 */
public final class GoalFrameRule implements TargetRule {

  private final TargetWords words;
  private final Pattern frame;

  public GoalFrameRule(TargetWords words) {
    this.words = words;
    // a due year: 到2025年, 至2025年, 2019年底前
    String dueYear = words.toWords + "\\s*\\d{4}\\s*年|\\d{4}\\s*年" + words.yearEnd + "?" + words.deadline;
    this.frame = Pattern.compile(dueYear + "|" + words.frameWords.pattern());
  }

  @Override
  public Verdict judge(Candidate c) {
    boolean strict = c.role() == PartRole.BENEFITS || c.role() == PartRole.DEFINITIONS;
    String clause = c.clause();
    if (strict) {
      return words.hasGoalWord(words.withoutComparators(clause)) ? Verdict.KEEP : Verdict.PASS;
    }
    if (words.hasGoalWord(clause)) {
      return Verdict.KEEP;
    }
    if (words.comparatorWordBefore(clause) != null || words.comparator(clause, c.after(), c.quantity().fuzz())
        != org.gongwen.policy.model.Relation.EQUAL) {
      return Verdict.KEEP;
    }
    if (shareToReach(c)) {
      return Verdict.KEEP;
    }
    if (frame.matcher(c.before()).find() || frame.matcher(c.context()).find()
        || c.annualPlan() && (c.role() == PartRole.TASKS || c.role() == PartRole.GOALS || c.role() == PartRole.OTHER)) {
      return Verdict.KEEP;
    }
    return Verdict.PASS;
  }

  /**
   * A part of a thing to act on, in a part that sets goals, tasks or the measures that secure them: {@code 推动二级医院预留30%的号源},
   * {@code 80%的行政村建成…} (spec §5 {@code …%的X}); elsewhere such a figure describes (背景: 约30%的企业…).
   */
  private static boolean shareToReach(Candidate c) {
    return "%".equals(c.unit()) && c.after().startsWith("的")
        && (c.role() == PartRole.TASKS || c.role() == PartRole.GOALS || c.role() == PartRole.SAFEGUARDS);
  }
}
