package org.gongwen.policy.extract.goal;

import java.util.regex.Pattern;

/**
 * Achievements and baselines of a past period ({@code 2018年以来累计培育…}, {@code 已建成…}): a past-period word
 * in the sentence before the number, or a verb of something done in its own clause, with no future frame
 * ({@code 到2025年}, 力争, 目标) after it. A base of comparison ({@code 较上年提高，2025年达到95%}) is no past period.
 */
public final class PastPeriodRule implements TargetRule {

  private final TargetWords words;
  private final Pattern future;
  /** {@code 比上年}, {@code 较去年}: a base of comparison, not a period the number was reached in. */
  private final Pattern comparison;

  public PastPeriodRule(TargetWords words) {
    this.words = words;
    this.future = Pattern.compile("到\\s*\\d{4}\\s*年|\\d{4}\\s*年" + words.yearEnd + "?前|" + words.future.pattern());
    this.comparison = Pattern.compile("(?:" + words.comparisonMarkers + ")(?:" + words.comparisonBases + ")");
  }

  @Override
  public Verdict judge(Candidate c) {
    String before = blankComparisons(c.before());
    int lastPast = words.past.lastEnd(before);
    int lastDone = words.pastVerb.lastEnd(c.clause());
    if (lastDone >= 0) {
      lastPast = Math.max(lastPast, c.clauseStart() + lastDone);
    }
    if (lastPast < 0) {
      return Verdict.PASS;
    }
    return future.matcher(before.substring(lastPast)).find() ? Verdict.PASS : Verdict.REJECT;
  }

  /** The text with its bases of comparison blanked (same length, so offsets hold). */
  private String blankComparisons(String s) {
    java.util.regex.Matcher m = comparison.matcher(s);
    if (!m.find()) {
      return s; // nothing to blank: no copy
    }
    StringBuilder b = new StringBuilder(s);
    do {
      for (int k = m.start(); k < m.end(); k++) {
        b.setCharAt(k, ' ');
      }
    } while (m.find());
    return b.toString();
  }
}
