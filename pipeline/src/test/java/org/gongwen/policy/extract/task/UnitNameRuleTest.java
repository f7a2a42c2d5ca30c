package org.gongwen.policy.extract.task;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class UnitNameRuleTest {

  static Stream<Arguments> cases() {
    return TaskCases.rows("unit-names.tsv");
  }

  @ParameterizedTest(name = "{0} → {1}")
  @MethodSource("cases")
  void recordsName(String printed, String expected) {
    String name = TaskCases.NAMES.name(printed);
    assertEquals(expected, name.isEmpty() ? "-" : name, printed);
  }
}
