package org.gongwen.policy.extract.task;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class UnitColumnRuleTest {

  private static final UnitColumnRule RULE = new UnitColumnRule(TaskCases.WORDS);

  static Stream<Arguments> cases() {
    return TaskCases.rows("unit-columns.tsv");
  }

  @ParameterizedTest(name = "{0} → {1}")
  @MethodSource("cases")
  void findsTaskColumns(String header, String expected) {
    String found = RULE.columns(List.of(header.split("\\|")))
        .map(c -> c.unit() + "," + c.unitLeads() + "," + c.support() + "," + c.number() + "," + c.name())
        .orElse("REJECT");
    assertEquals(expected, found, header);
  }
}
