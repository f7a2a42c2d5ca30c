package org.gongwen.policy.extract.task;

import java.util.List;
import java.util.Map;
import org.gongwen.policy.extract.StartCharSearch;
import org.gongwen.policy.text.CharClass;

/**
 * Finds the lead convention a document states once ({@code 列第一位者为牵头单位，下同},
 * {@code 排在第一位的部门为牵头部门}, {@code 第一个逗号前的单位为牵头单位}); the patterns are the lexicon's
 * {@code task/lead-conventions}, matched on the text without white space. The first pattern found wins.
 */
public final class LeadConventionRule {

  /** The conventions' patterns, each searched only where its first char occurs in the document. */
  private final List<Map.Entry<LeadConvention, StartCharSearch>> conventions;

  public LeadConventionRule(TaskWords words) {
    this.conventions = words.conventions().stream()
        .map(e -> Map.entry(e.getKey(), new StartCharSearch(e.getValue()))).toList();
  }

  public LeadConvention statedIn(String text) {
    String t = CharClass.withoutRegexSpace(text);
    for (Map.Entry<LeadConvention, StartCharSearch> e : conventions) {
      if (e.getValue().find(t)) {
        return e.getKey();
      }
    }
    return LeadConvention.NONE;
  }
}
