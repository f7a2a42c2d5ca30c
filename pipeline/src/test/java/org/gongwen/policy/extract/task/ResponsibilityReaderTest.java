package org.gongwen.policy.extract.task;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.gongwen.policy.extract.language.ChineseSegmenter;
import org.gongwen.policy.model.UnitRef;
import org.junit.jupiter.api.Test;

class ResponsibilityReaderTest {

  private final ResponsibilityReader reader = new ResponsibilityReader(TaskCases.WORDS, TaskCases.NAMES);

  private List<Responsibility> read(String text, List<String> known) {
    return reader.read(text, 0, new ChineseSegmenter(known));
  }

  @Test
  void leadAndSupportingUnitsOfASentence() {
    List<Responsibility> r = read("由市科技局牵头，市发展改革委、市财政局配合。", List.of());
    assertEquals(1, r.size());
    assertEquals(List.of(new UnitRef("市科技局", true), new UnitRef("市发展改革委", false),
        new UnitRef("市财政局", false)), r.get(0).units());
  }

  @Test
  void eachClauseOfADivisionParagraphIsOneStatementWithItsDuty() {
    List<Responsibility> r = read("市科技局负责科技企业培育；市人力社保局负责人才引进。", List.of());
    assertEquals(2, r.size());
    assertEquals(List.of(new UnitRef("市科技局", true)), r.get(0).units());
    assertEquals("科技企业培育", r.get(0).duty());
    assertEquals(List.of(new UnitRef("市人力社保局", true)), r.get(1).units());
  }

  @Test
  void aNameFromTheDocumentsOwnClausesNeedsNoOrganSuffix() {
    List<Responsibility> r = read("区投资促进服务中心牵头，各街镇配合。", List.of("区投资促进服务中心"));
    assertEquals(1, r.size());
    assertEquals("区投资促进服务中心", r.get(0).units().get(0).name());
    assertEquals(new UnitRef("各街镇", false), r.get(0).units().get(1));
  }

  @Test
  void whatIsNotAUnitMakesNoStatement() {
    assertTrue(read("主要领导亲自抓、负总责，形成合力。", List.of()).isEmpty());
    assertTrue(read("企业负责人要高度重视安全生产。", List.of()).isEmpty());
    assertTrue(read("各项工作有序推进。", List.of()).isEmpty());
  }
}
