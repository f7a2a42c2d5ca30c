package org.gongwen.policy.extract.task;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
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

  /**
   * The pre-check never turns away a text the amount pattern matches: random texts of numerals, units,
   * benefit words and separators, each with the pattern's answer.
   */
  @Test
  void thePreCheckKeepsEveryTextWithAnAmount() throws ReflectiveOperationException {
    java.lang.reflect.Field f = BenefitItemRule.class.getDeclaredField("AMOUNT");
    f.setAccessible(true);
    java.util.regex.Pattern amount = (java.util.regex.Pattern) f.get(null);
    List<String> pieces = List.of("1", "20", "５", "三", "百", "两", ".5", " ", "万", "亿", "元", "%", "％", "给予",
        "奖励", "补贴", "最高", "，", "。", "；", "企业", "家");
    Random random = new Random(14);
    int withAmount = 0;
    for (int n = 0; n < 5000; n++) {
      StringBuilder b = new StringBuilder();
      for (int k = random.nextInt(10) + 1; k > 0; k--) {
        b.append(pieces.get(random.nextInt(pieces.size())));
      }
      String text = b.toString();
      boolean matches = amount.matcher(text).find();
      if (matches) {
        withAmount++;
        assertEquals(true, BenefitItemRule.mayHoldAmount(text), text);
      }
      if (!BenefitItemRule.mayHoldAmount(text)) {
        assertEquals(false, RULE.benefit(text), text);
      }
    }
    assertEquals(true, withAmount > 100);
  }
}
