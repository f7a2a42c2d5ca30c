package org.gongwen.policy.extract.goal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class YearContextTest {

  private static final TargetWords WORDS = TargetWords.standard();

  @Test
  void thisYearInAPlanThatIsNotAnnualIsTheSigningYear() {
    YearContext years = YearContext.ofTitle("合肥市加快建设科技成果转化示范城市工作方案", WORDS).signed("2024-01-10");
    assertEquals(2024, years.defaultYear("全年挖掘成果1000项以上。"));
    assertNull(years.defaultYear("每年新建中试基地10个。"));
  }

  @Test
  void anAnnualPlanKeepsItsOwnYear() {
    YearContext years = YearContext.ofTitle("2021年工作要点", WORDS).signed("2020-12-30");
    assertEquals(2021, years.defaultYear("全年新增10家。"));
  }
}
