package org.gongwen.policy.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.gongwen.policy.ingest.ExtractedText;
import org.junit.jupiter.api.Test;
import org.gongwen.policy.lexicon.Lexicon;

class NormalizerTest {

  private static final Normalizer NORMALIZER = new Normalizer(Lexicon.standard());

  private static String normalize(String raw) {
    return NORMALIZER.normalize(new ExtractedText(raw, List.of(), "text/plain", "UTF-8", List.of())).text();
  }

  @Test
  void aChineseNumeralDateLineIsNotJoinedToTheNoteBelow() {
    assertEquals("二〇二三年十二月二十九日\n\n（此件公开发布）\n", normalize("二〇二三年十二月二十九日\n\n（此件公开发布）\n"));
  }

  @Test
  void aDocumentNumberLineWithSignerIsNotJoinedToTheTitle() {
    assertEquals("浙经信投资〔2024〕7号 签发人：李某某\n\n浙江省经济和信息化厅关于报送项目计划的报告\n",
        normalize("浙经信投资〔2024〕7号　　签发人：李某某\n\n浙江省经济和信息化厅关于报送项目计划的报告\n"));
  }

  @Test
  void anAttachmentNoteEndingInATableTitleIsNotJoinedToTheSignature() {
    assertEquals("附件：江苏省推动制造业数字化转型重点任务分工表\n\n江苏省人民政府办公厅\n",
        normalize("附件：江苏省推动制造业数字化转型重点任务分工表\n\n江苏省人民政府办公厅\n"));
  }

  @Test
  void aSentenceCutByAPageBreakIsStillJoined() {
    assertEquals("深入实施创新驱动发展战略，突破一批制约经济社会发展的技术瓶颈。\n", normalize("深入实施创新驱动发展战略，突破一批制约经济社\n\n会发展的技术瓶颈。\n"));
  }
}
