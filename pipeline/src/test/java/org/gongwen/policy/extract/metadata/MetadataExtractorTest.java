package org.gongwen.policy.extract.metadata;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.gongwen.policy.ingest.ExtractedText;
import org.gongwen.policy.model.DocMetadata;
import org.gongwen.policy.lexicon.Lexicon;
import org.gongwen.policy.structure.Outliner;
import org.gongwen.policy.structure.PartRoleClassifier;
import org.gongwen.policy.text.Normalizer;
import org.junit.jupiter.api.Test;

class MetadataExtractorTest {

  private static DocMetadata metadata(String text) {
    ExtractedText raw = new ExtractedText(text, List.of(), "text/plain", "UTF-8", List.of());
    return new MetadataExtractor().extract(new Outliner(new PartRoleClassifier(Lexicon.standard())).outline(new Normalizer().normalize(raw))).value();
  }

  @Test
  void jointSignatureOnOneLineGivesBothOrgansAndDropsTheSealNote() {
    DocMetadata m = metadata("""
        某省科学技术厅关于印发某办法的通知

        各有关单位：

        现将办法印发给你们，请遵照执行。

        某省科学技术厅　　　　某省财政厅（代章）

        2023年8月15日
        """);
    assertEquals("某省科学技术厅、某省财政厅", m.signatory());
  }

  @Test
  void aGovernmentOrderHasItsMarkAndOrderNumber() {
    DocMetadata m = metadata("""
        某市人民政府令

        第218号

        《某市公共数据管理应用规定》已经市政府常务会议审议通过，现予公布，自2023年3月1日起施行。

        市长　王某某

        2023年1月18日
        """);
    assertEquals("某市人民政府令", m.issuerMark());
    assertEquals(List.of("某市人民政府"), m.issuers());
    assertEquals("第218号", m.docNumber());
    assertEquals("市长王某某", m.signatory());
    assertEquals("2023-01-18", m.signedDate());
  }
}
