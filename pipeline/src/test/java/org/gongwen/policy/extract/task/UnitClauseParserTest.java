package org.gongwen.policy.extract.task;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Stream;
import org.gongwen.policy.model.UnitRef;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class UnitClauseParserTest {

  private final UnitClauseParser parser = TaskCases.PARSER;

  static Stream<Arguments> cases() {
    return TaskCases.rows("unit-clauses.tsv");
  }

  @ParameterizedTest(name = "{0} ({1}) → {2}")
  @MethodSource("cases")
  void parsesClause(String content, String convention, String expected) {
    assertEquals(expected, TaskCases.format(parser.parseClause(content, LeadConvention.valueOf(convention))),
        content);
  }

  @Test
  void leadColumnUnitsLeadAndSupportColumnUnitsDoNot() {
    assertEquals(List.of(new UnitRef("市数据局", true), new UnitRef("市金融办", true),
            new UnitRef("市市场监管局", false), new UnitRef("各县〈市、区〉政府", false)),
        parser.parseLeadAndSupportCells("市数据局、市金融办", "市市场监管局、各县（市、区）政府"));
  }

  @Test
  void emptySupportCellGivesOnlyTheLeads() {
    assertEquals(List.of(new UnitRef("市经信局", true)), parser.parseLeadAndSupportCells("市经信局", ""));
  }

  @Test
  void aSlashCellNamesNoUnit() {
    assertEquals(List.of(new UnitRef("市经信局", true)), parser.parseLeadAndSupportCells("市经信局", "/"));
  }
}
