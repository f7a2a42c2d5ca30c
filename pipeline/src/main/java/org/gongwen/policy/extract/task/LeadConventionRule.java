package org.gongwen.policy.extract.task;

import java.util.Map;
import java.util.regex.Pattern;

/**
 * Finds the lead convention a document states once ({@code 列第一位者为牵头单位，下同},
 * {@code 排在第一位的部门为牵头部门}, {@code 第一个逗号前的单位为牵头单位}); the patterns are the lexicon's
 * {@code task/lead-conventions}, matched on the text without white space. The first pattern found wins.
 */
public final class LeadConventionRule {

  private final TaskWords words;

  public LeadConventionRule(TaskWords words) {
    this.words = words;
  }

  public LeadConvention statedIn(String text) {
    String t = withoutWhiteSpace(text);
    for (Map.Entry<LeadConvention, Pattern> e : words.conventions()) {
      if (e.getValue().matcher(t).find()) {
        return e.getKey();
      }
    }
    return LeadConvention.NONE;
  }

  /**
   * The text without white space ({@link Character#isWhitespace}, as {@code \\s} of a pattern without
   * flags: ASCII space, tab, line ends, form feed, vertical tab), in one pass over the chars instead of a
   * pattern replacement over the whole document.
   */
  static String withoutWhiteSpace(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c != ' ' && c != '\t' && c != '\n' && c != '\u000B' && c != '\f' && c != '\r') {
        out.append(c);
      }
    }
    return out.toString();
  }
}
