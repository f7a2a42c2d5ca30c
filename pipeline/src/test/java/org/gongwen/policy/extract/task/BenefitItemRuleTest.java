package org.gongwen.policy.extract.task;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class BenefitItemRuleTest {

  private static final BenefitItemRule RULE = new BenefitItemRule(TaskCases.WORDS);

  static Stream<Arguments> cases() {
    return TaskCases.rows("benefit-items.tsv");
  }

  @ParameterizedTest(name = "{0} → {1}")
  @MethodSource("cases")
  void tellsBenefitFromWork(String item, String expected) {
    assertEquals(Boolean.parseBoolean(expected), RULE.benefit(item), item);
  }
}
