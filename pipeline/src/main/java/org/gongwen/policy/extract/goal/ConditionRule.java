package org.gongwen.policy.extract.goal;

import org.gongwen.policy.extract.quantity.Quantity;
import org.gongwen.policy.extract.quantity.QuantityKind;

/**
 * Conditions and thresholds: a number that qualifies who or what is meant, not a goal.
 * <ul>
 *   <li>a clause {@code 对…的…} or {@code 凡…的} followed by a benefit ({@code 对营业收入首次突破10亿元的企业，给予…});</li>
 *   <li>a number followed by 的 ({@code 团队人数不超过5人的}, {@code 年产值突破5亿元的企业10家}), except a bare
 *       percentage of a thing ({@code 预留30%的号源}: the share to reach);</li>
 *   <li>money followed by a noun and another amount in its clause ({@code 引进投资超10亿元产业项目2个});</li>
 *   <li>a per-capita denominator ({@code 每万人});</li>
 *   <li>a condition word earlier in the sentence or its lead-in ({@code 原则上应是…规模超过50亿元},
 *       {@code 须具备以下条件：}).</li>
 * </ul>
 */
public final class ConditionRule implements TargetRule {

  /** Punctuation and white space ({@code \\s} of a pattern: space, tab, line ends, form feed, vertical tab) opening a clause. */
  private static final String LEADING_MARKS = "，,；;：:。 \t\n\u000B\f\r";

  private final TargetWords words;

  public ConditionRule(TargetWords words) {
    this.words = words;
  }

  @Override
  public Verdict judge(Candidate c) {
    String after = c.after();
    String afterSuffix = words.boundSuffix.matcher(after).replaceFirst("").stripLeading();
    if (afterSuffix.startsWith("的") && !shareOf(c)) {
      return Verdict.REJECT;
    }
    if (perCapita(c) || eligibility(c) || moneyThreshold(c, afterSuffix)
        || words.condition.find(c.before()) || words.condition.find(c.context())) {
      return Verdict.REJECT;
    }
    return Verdict.PASS;
  }

  /**
   * {@code 预留30%的号源}, {@code 100%的乡镇建成…}: a percentage of a thing, with no bound before it, counts part
   * of that thing (a share to reach), not a threshold of whom it qualifies ({@code 占比超过30%的企业}).
   */
  private boolean shareOf(Candidate c) {
    return "%".equals(c.unit()) && c.after().startsWith("的") && words.comparatorWordBefore(c.clause()) == null
        && !words.condition.find(c.before());
  }

  private static boolean perCapita(Candidate c) {
    String b = c.before().stripTrailing();
    return b.endsWith("每") && !"元".equals(c.unit());
  }

  private boolean eligibility(Candidate c) {
    String sentence = c.sentence();
    int head = c.clauseStart();
    while (head < sentence.length() && LEADING_MARKS.indexOf(sentence.charAt(head)) >= 0) {
      head++; // the clause after its leading punctuation and white space
    }
    if (!startsWithAny(sentence, head, words.eligibilityLeads)) {
      return false;
    }
    String rest = c.after();
    int clauseEnd = c.clauseAfter().length();
    return c.clauseAfter().contains("的") && words.benefit.start(rest, clauseEnd, rest.length()) >= 0;
  }

  private static boolean startsWithAny(String s, int at, java.util.List<String> leads) {
    for (String lead : leads) {
      if (s.startsWith(lead, at)) {
        return true;
      }
    }
    return false;
  }

  private static boolean moneyThreshold(Candidate c, String afterSuffix) {
    if (!"元".equals(c.unit()) || afterSuffix.isEmpty() || !Character.isLetter(afterSuffix.charAt(0))) {
      return false;
    }
    int clauseEnd = c.rawEnd() + c.clauseAfter().length();
    for (int j = c.index() + 1; j < c.quantities().size(); j++) {
      Quantity next = c.quantities().get(j);
      if (next.start() >= clauseEnd) {
        break;
      }
      if (next.kind() == QuantityKind.AMOUNT && next.unit() != null) {
        return true;
      }
    }
    return false;
  }
}
