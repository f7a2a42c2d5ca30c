package org.gongwen.policy.extract.task;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Stream;
import org.gongwen.policy.model.UnitRef;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class RoleClauseRuleTest {

  static Stream<Arguments> cases() {
    return TaskCases.rows("role-clauses.tsv");
  }

  @ParameterizedTest(name = "{0} → {1}")
  @MethodSource("cases")
  void readsUnlabelledClause(String content, String expected) {
    RoleClauseRule.Result r = TaskCases.ROLE_CLAUSES.read(content);
    String found = r.accepted()
        ? TaskCases.format(r.names().stream()
            .map(n -> new UnitRef(TaskCases.NAMES.name(n.printed()), n.lead())).toList())
        : "REJECT:" + r.rejection();
    assertEquals(expected, found, content);
  }
}
