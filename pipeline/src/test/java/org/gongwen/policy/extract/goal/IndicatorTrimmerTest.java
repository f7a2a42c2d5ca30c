package org.gongwen.policy.extract.goal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.gongwen.policy.extract.language.ChineseSegmenter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IndicatorTrimmerTest {

  private static final IndicatorTrimmer TRIMMER = new IndicatorTrimmer(new ChineseSegmenter(List.of()), TargetWords.standard());

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
      "拥有高新技术企业|高新技术企业",
      "新培育高能级创新平台|高能级创新平台",
      "引进高水平创新团队|高水平创新团队",
      "实现技术交易额|技术交易额",
      "技术交易额|技术交易额",
      "规上工业研发投入年均增速|规上工业研发投入年均增速",
      "全社会R&D经费支出占GDP比重|全社会R&D经费支出占GDP比重",
      "平台绩效良好率|平台绩效良好率",
      "建成|建成",
      "创新券使用额|创新券使用额",
      "新增孵化面积|新增孵化面积",
      "领军型人才创业项目|领军型人才创业项目",
  })
  void dropsLeadingVerbsAndKeepsWhatIsMeasured(String phrase, String expected) {
    assertEquals(expected, TRIMMER.trim(phrase));
  }
}
