package org.gongwen.policy.ingest.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.gongwen.policy.lexicon.Lexicon;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;
import org.junit.jupiter.params.provider.CsvSource;

/** Case tables of the page layout's named rules: input → result. */
class LayoutRulesTest {

  private static final Lexicon LEXICON = Lexicon.standard();
  private static final HeadingMarkerRule MARKERS = new HeadingMarkerRule(LEXICON);
  private static final ClosingBlockRule CLOSING = new ClosingBlockRule(LEXICON, MARKERS);

  @ParameterizedTest(name = "{0} → {1}")
  @CsvFileSource(resources = "heading-markers.tsv", delimiter = '\t', quoteCharacter = '\u0000')
  void headingMarkerStartsABlock(String line, boolean expected) {
    assertEquals(expected, MARKERS.startsBlock(line), line);
  }

  @ParameterizedTest(name = "{0} / {1} → {2}")
  @CsvSource(delimiter = '|', value = {
    "……确保各项任务落实到位。|五、保障措施|true",
    "7.1.1辅助驾驶（系统）设备（含渔船用）|8.种植业废弃物处理设备|true",
    "（单位：万元）|1.研发投入|true",
    "锚定科创走廊在全省五大科创走廊中排名前|三、温州国家高新区向全国前40%迈进|false",
    "对参与防灾减灾的机具给予不超过|3.5万元补助|false",
    "重点支持高性能播种机、智能高速插秧|（一）机等|false"
  })
  void headingMarkerAfterTheLineAbove(String above, String line, boolean expected) {
    assertEquals(expected, MARKERS.startsBlock(above, line), above + " / " + line);
  }

  @ParameterizedTest(name = "{0} ({1} pt on {2} pt body) → {3}")
  @CsvSource(delimiter = '|', value = {
    "一、总体要求|16|16|HEADING_CANDIDATE",
    "（三）强化要素保障。各地要统筹资金|16|16|HEADING_CANDIDATE",
    "第二条 本办法适用于全省各级医疗机构|16|16|HEADING_CANDIDATE",
    "2.3.1智能农机装备|16|16|HEADING_CANDIDATE",
    "关于做好2025年秋冬季森林防火工作的通知|22|16|HEADING_CANDIDATE",
    "各市、县（区）人民政府，省直有关单位：|16|16|PARAGRAPH",
    "1.5亿元用于支持县域商业体系建设|16|16|PARAGRAPH",
    "2024年3月15日|16|16|PARAGRAPH",
    "抄送：省委办公厅，省人大常委会办公厅|14|16|PARAGRAPH"
  })
  void headingCandidateBlock(String firstLine, float size, float body, PageText.Kind expected) {
    assertEquals(expected, new PageLayout(Lexicon.standard()).kind(new TextLine(firstLine, 0, 100, 100, size), body), firstLine);
  }

  @ParameterizedTest(name = "{0} + {1} → {2}")
  @CsvFileSource(resources = "closing-block.tsv", delimiter = '\t', quoteCharacter = '\u0000')
  void distributionListKeepsItsLines(String block, String line, boolean expected) {
    assertEquals(expected, CLOSING.continues(block, line), block + " | " + line);
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvFileSource(resources = "contents-entries.tsv", delimiter = '\t', quoteCharacter = '\u0000')
  void contentsEntry(String line, boolean expected) {
    assertEquals(expected, TableOfContentsRule.isEntry(line), line);
  }

  @ParameterizedTest(name = "{0} chars, image {1} → {2}")
  @CsvSource({
    "0, 0.95, true", // a scan
    "0, 0.3, true", // a small scan on a large page
    "7, 0.98, true", // a scan with a scanner app's stamp
    "0, 0.0, false", // a blank page
    "7, 0.0, false", // a short page of text
    "800, 0.98, false", // text over a background image
    "30, 0.3, false" // a caption under a figure
  })
  void scannedPage(long chars, float imageShare, boolean expected) {
    assertEquals(expected, ScannedPageRule.noTextLayer(chars, imageShare));
  }
}
