package org.gongwen.policy.extract.task;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The cheap check before the fields-then-label pattern of {@link UnitClauseParser#labelled}. */
class FieldLabelPrecheckTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "完成时限：2024年底前；责任单位：市住建局|true",
      "时间安排:三季度;牵头部门:县发改局|true",
      "市住建局、市城管局负责|false",
      "由区科技局牵头，各街道配合|false",
      "（一）责任单位：区教育局|false",
      "没有任何标点|false",
  })
  void firstMarkIsColon(String text, boolean expected) {
    assertEquals(expected, UnitClauseParser.firstMarkIsColon(text));
  }

  /** Random clauses of labels, fields and marks: whenever the pattern matches, the check lets it through. */
  @Test
  void neverHidesAMatch() {
    String[] tokens = {"完成时限", "时间", "责任单位", "牵头单位", "配合单位", "：", ":", "；", "，", "、", "。", "（", "）",
        "2024年底前", "区科技局", "市住建局", " ", "各街道"};
    Random random = new Random(14);
    int matched = 0;
    for (int round = 0; round < 50000; round++) {
      StringBuilder b = new StringBuilder();
      for (int k = 1 + random.nextInt(10); k > 0; k--) {
        b.append(tokens[random.nextInt(tokens.length)]);
      }
      String c = b.toString().strip();
      if (TaskCases.WORDS.fieldsThenLabel().matcher(c).lookingAt()) {
        matched++;
        assertTrue(UnitClauseParser.firstMarkIsColon(c), c);
      }
    }
    assertTrue(matched > 0, "no random clause had fields before a label");
  }
}
