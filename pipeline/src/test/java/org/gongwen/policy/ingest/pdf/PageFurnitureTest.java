package org.gongwen.policy.ingest.pdf;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PageFurnitureTest {

  @ParameterizedTest
  @ValueSource(
      strings = {"— 3 —", "- 3 -", "—3—", "－12－", "3", "第3页", "第 3 页", "第3页 共12页", "3/12", "3 / 12",
        "Page 3", "page 3 of 12", "— 十二 —"})
  void pageNumbers(String line) {
    assertTrue(PageFurniture.isPageNumber(line), line);
  }

  @ParameterizedTest
  @ValueSource(strings = {"3. 推进企业研发机构建设", "附件 1", "2022年6月27日", "——创新实力大幅提升", "1/2/3", "第三章"})
  void notPageNumbers(String line) {
    assertFalse(PageFurniture.isPageNumber(line), line);
  }
}
