package org.gongwen.policy.extract.goal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.gongwen.policy.lexicon.Lexicon;
import org.gongwen.policy.model.Span;
import org.gongwen.policy.structure.Cell;
import org.gongwen.policy.structure.Row;
import org.gongwen.policy.structure.TableBlock;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

/**
 * Which tables set no goals (rules/NonGoalTableRule.tsv): a table given by its header cells and its rows (cells
 * joined by |, rows by " / "), and whether it gives no targets. Written in the styles of many issuers' tables:
 * subsidy schedules, policy cards, application guides, project lists, indicator and task tables.
 */
class NonGoalTableRuleTest {

  private static final NonGoalTableRule RULE = new NonGoalTableRule(Lexicon.standard());

  @ParameterizedTest(name = "{0} / {1} -> {2}")
  @CsvFileSource(resources = "rules/NonGoalTableRule.tsv", delimiter = '\t', nullValues = "-")
  void decidesWhetherATableSetsGoals(String header, String rows, boolean noTargets) {
    List<Row> body = new ArrayList<>();
    int line = 1;
    for (String r : rows.split(" / ")) {
      body.add(row(line++, r));
    }
    assertEquals(noTargets, RULE.givesNoTargets(new TableBlock(null, null, row(0, header), body)), header + " / " + rows);
  }

  private static Row row(int line, String cells) {
    List<Cell> out = new ArrayList<>();
    for (String c : cells.split("\\|", -1)) {
      out.add(new Cell(c, new Span(0, 0)));
    }
    return new Row(line, new Span(0, 0), out);
  }
}
