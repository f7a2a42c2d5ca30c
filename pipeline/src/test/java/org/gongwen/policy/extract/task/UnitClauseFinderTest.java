package org.gongwen.policy.extract.task;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.gongwen.policy.structure.Line;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class UnitClauseFinderTest {

  private static final UnitClauseFinder FINDER = new UnitClauseFinder(TaskCases.PARSER);

  static Stream<Arguments> cases() {
    return TaskCases.rows("clause-lines.tsv");
  }

  @ParameterizedTest(name = "{0} → {1}")
  @MethodSource("cases")
  void findsClauses(String text, String expected) {
    List<UnitClause> found = FINDER.find(new Line(0, 100, 100 + text.length(), text, false), new ArrayList<>());
    String contents = found.isEmpty() ? "-" : String.join("|", found.stream().map(UnitClause::content).toList());
    assertEquals(expected, contents, text);
    for (UnitClause c : found) {
      assertEquals(true, text.substring(c.span().start() - 100, c.span().end() - 100).contains(c.content()), "span");
    }
  }
}
