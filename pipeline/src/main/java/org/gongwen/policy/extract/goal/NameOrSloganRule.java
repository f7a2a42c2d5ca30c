package org.gongwen.policy.extract.goal;

import java.util.regex.Pattern;

/**
 * A numeral that is part of a name, a slogan or an article, not a count: fixed expressions of the lexicon
 * ({@code 一站式}, {@code 二次污染}, {@code 三位一体}), a short quoted name ({@code “万亩千亿”}), and the
 * indefinite article of 公文 prose ({@code 打造一个平台}, {@code 一批}).
 */
public final class NameOrSloganRule implements TargetRule {

  private static final Pattern QUOTED = Pattern.compile("[“\"][^“”\"]{0,6}$");

  private final TargetWords words;

  public NameOrSloganRule(TargetWords words) {
    this.words = words;
  }

  @Override
  public Verdict judge(Candidate c) {
    var q = c.quantity();
    if (words.articleMeasure.matcher(q.raw()).matches() && !comparatorBefore(c)) {
      return Verdict.REJECT;
    }
    String s = c.sentence();
    int close = s.indexOf('”', q.end());
    if (QUOTED.matcher(s.substring(0, q.start())).find() && close >= 0 && close - q.end() <= 6) {
      return Verdict.REJECT;
    }
    return words.name.covers(s, q.start()) ? Verdict.REJECT : Verdict.PASS;
  }

  private boolean comparatorBefore(Candidate c) {
    return words.comparatorWordBefore(c.clause()) != null;
  }
}
