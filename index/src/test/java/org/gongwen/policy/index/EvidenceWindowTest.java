package org.gongwen.policy.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.gongwen.policy.model.Span;
import org.junit.jupiter.api.Test;

class EvidenceWindowTest {

  private final EvidenceWindow window = new EvidenceWindow(240);

  @Test
  void sentenceAroundSpanWithItsFullStop() {
    String text = "一、目标\n——创新动能明显转换。到2024年，全区拥有高新技术企业300家、科技型中小企业1800家。其他。";
    Span span = SamplePolicies.span(text, "高新技术企业300家");
    assertEquals("到2024年，全区拥有高新技术企业300家、科技型中小企业1800家。", window.around(text, span, "raw"));
  }

  @Test
  void lineEndsTheEvidence() {
    String text = "表头\n4\t高新技术企业累计数 (家)\t200\t250\t300\n下一行";
    Span span = SamplePolicies.span(text, "300");
    assertEquals("4\t高新技术企业累计数 (家)\t200\t250\t300", window.around(text, span, "raw"));
  }

  @Test
  void fallsBackToRawWithoutTextOrWithAForeignSpan() {
    assertEquals("raw", window.around(null, new Span(0, 3), "raw"));
    assertEquals("raw", window.around("短", new Span(0, 3), "raw"));
  }

  @Test
  void longSentenceIsCutAroundTheSpan() {
    String text = "甲".repeat(500) + "目标值300家" + "乙".repeat(500) + "。";
    String evidence = new EvidenceWindow(40).around(text, SamplePolicies.span(text, "目标值300家"), "raw");
    assertTrue(evidence.contains("目标值300家"), evidence);
    assertTrue(evidence.startsWith("…") && evidence.endsWith("…"), evidence);
    assertTrue(evidence.length() <= 42, evidence);
  }

  @Test
  void rejectsTinyWindow() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new EvidenceWindow(3));
    assertTrue(e.getMessage().contains("[3]"));
  }
}
