package org.gongwen.policy.extract.task;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

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
}
