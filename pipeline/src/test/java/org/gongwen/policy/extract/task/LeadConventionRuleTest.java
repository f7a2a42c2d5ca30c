package org.gongwen.policy.extract.task;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Stream;
import org.gongwen.policy.text.CharClass;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class LeadConventionRuleTest {

  private static final LeadConventionRule RULE = new LeadConventionRule(TaskCases.WORDS);

  static Stream<Arguments> cases() {
    return TaskCases.rows("lead-conventions.tsv");
  }

  @ParameterizedTest(name = "{0} → {1}")
  @MethodSource("cases")
  void findsStatedConvention(String text, String expected) {
    assertEquals(LeadConvention.valueOf(expected), RULE.statedIn(text), text);
  }

  /** The one-pass strip removes exactly what {@code replaceAll("\\s+", "")} removed, and nothing else. */
  @ParameterizedTest
  @ValueSource(strings = {"列第一位者 为牵头单位，\n下同", "排在\t第一位的\r\n部门为牵头部门", "a\u000Bb\fc",
      "全角　空格与\u00A0不换行空格保留", ""})
  void stripsWhiteSpaceAsThePatternDid(String text) {
    assertEquals(text.replaceAll("\\s+", ""), CharClass.withoutRegexSpace(text));
  }
}
