package org.gongwen.policy.extract.goal;

import java.util.regex.Pattern;

/**
 * Achievements and baselines of a past period ({@code “十三五”期间累计…}, {@code 2018年以来已培育…}): a past word
 * in the sentence before the number, with no future frame ({@code 到2025年}, 力争, 目标) after it.
 */
public final class PastPeriodRule implements TargetRule {

  private static final Pattern FUTURE = Pattern.compile("到\\s*\\d{4}\\s*年|\\d{4}\\s*年(?:底|末)?前|力争|目标|确保|将|计划");

  private final TargetWords words;

  public PastPeriodRule(TargetWords words) {
    this.words = words;
  }

  @Override
  public Verdict judge(Candidate c) {
    String before = c.before();
    var past = words.past.matcher(before);
    int lastPast = -1;
    while (past.find()) {
      lastPast = past.end();
    }
    if (lastPast < 0) {
      return Verdict.PASS;
    }
    return FUTURE.matcher(before.substring(lastPast)).find() ? Verdict.PASS : Verdict.REJECT;
  }
}
