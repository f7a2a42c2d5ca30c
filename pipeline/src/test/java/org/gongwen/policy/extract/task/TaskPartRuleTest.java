package org.gongwen.policy.extract.task;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class TaskPartRuleTest {

  private static final TaskPartRule RULE = new TaskPartRule(TaskCases.ROLES, TaskCases.WORDS);

  static Stream<Arguments> cases() {
    return TaskCases.rows("task-parts.tsv");
  }

  @ParameterizedTest(name = "{0} → {1}")
  @MethodSource("cases")
  void choosesTaskParts(String titles, String expected) {
    List<Integer> parts = RULE.taskParts(List.of(titles.split("\\|")));
    String found = parts.isEmpty() ? "-" : parts.stream().map(String::valueOf).collect(Collectors.joining(","));
    assertEquals(expected, found, titles);
  }
}
