package org.gongwen.policy.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.gongwen.policy.ingest.ExtractedText;
import org.gongwen.policy.lexicon.Lexicon;
import org.gongwen.policy.text.Normalizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class PartRoleClassifierTest {

  private static final PartRoleClassifier CLASSIFIER = new PartRoleClassifier(Lexicon.standard());

  static Stream<Arguments> headingCases() throws IOException {
    List<Arguments> cases = new ArrayList<>();
    try (InputStream in = PartRoleClassifierTest.class.getResourceAsStream("part-role-headings.tsv")) {
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (!line.isBlank() && !line.startsWith("#")) {
          String[] f = line.split("\t");
          cases.add(Arguments.of(f[0], f[1]));
        }
      }
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "{0} → {1}")
  @MethodSource("headingCases")
  void headingTitleGivesRole(String title, String role) {
    PartRole found = CLASSIFIER.headingRole(title);
    assertEquals(role, found == null ? "-" : found.name(), title);
  }

  @Test
  void captionsGiveRoles() {
    assertEquals(PartRole.GOALS, CLASSIFIER.captionRole("某区创新型城区建设重点指标任务分解表"));
    assertEquals(PartRole.TASKS, CLASSIFIER.captionRole("重点工作任务分工表"));
    assertEquals(PartRole.BENEFITS, CLASSIFIER.captionRole("2024年惠企政策清单"));
    assertEquals(PartRole.DEFINITIONS, CLASSIFIER.captionRole("申报材料目录"));
    assertEquals(null, CLASSIFIER.captionRole("某市数字经济发展三年行动计划"));
  }

  @Test
  void outerRoleDecidesUnlessItIsOther() {
    String text = String.join("\n",
        "某县人民政府关于印发某县乡村振兴实施方案的通知",
        "各乡镇人民政府：",
        "现将方案印发给你们，请认真贯彻执行。",
        "一、总体要求",
        "（一）指导思想",
        "坚持稳中求进。",
        "（二）主要目标",
        "到2025年，新建高标准农田5万亩。",
        "二、重点任务",
        "（一）完善社会保障",
        "新增参保人数1000人。",
        "三、支持政策",
        "对新建冷库给予每立方米100元补助。",
        "四、保障措施",
        "（一）加强组织领导",
        "各乡镇要高度重视。",
        "抄送：县委办公室。",
        "某县人民政府办公室 2024年3月1日印发");
    Outline outline = new Outliner(CLASSIFIER, Lexicon.standard()).outline(new Normalizer(Lexicon.standard()).normalize(new ExtractedText(text, List.of(), "text/plain", "UTF-8", List.of())));
    assertEquals(PartRole.OTHER, role(outline, "现将方案"));
    assertEquals(PartRole.OTHER, role(outline, "坚持稳中求进"));
    assertEquals(PartRole.GOALS, role(outline, "到2025年"));
    assertEquals(PartRole.TASKS, role(outline, "（一）完善社会保障"));
    assertEquals(PartRole.TASKS, role(outline, "新增参保人数"));
    assertEquals(PartRole.BENEFITS, role(outline, "对新建冷库"));
    assertEquals(PartRole.SAFEGUARDS, role(outline, "各乡镇要高度重视"));
    assertEquals(PartRole.CLOSING, role(outline, "抄送"));
  }

  @Test
  void attachmentLabelWithItsCaptionOnOneLineStartsTheAttachment() {
    String text = String.join("\n",
        "某市卫生健康委员会关于印发某市社区医疗服务提升方案的通知",
        "各区卫生健康局：",
        "一、重点任务",
        "（一）做实签约服务",
        "附件2所列事项由各区负责落实。",
        "二、保障措施",
        "各区要加强组织领导。",
        "附件2某市社区医疗服务提升工作任务分工表",
        "序号\t工作事项\t牵头单位",
        "1\t在20%的社区卫生服务站设置康复室\t市卫生健康委");
    Outline outline = new Outliner(CLASSIFIER, Lexicon.standard()).outline(new Normalizer(Lexicon.standard())
        .normalize(new ExtractedText(text, List.of(), "text/plain", "UTF-8", List.of())));
    assertEquals(1, outline.attachments().size(), "a sentence naming 附件2 is no label; the caption line is");
    assertEquals("某市社区医疗服务提升工作任务分工表", outline.attachments().get(0).caption());
    assertEquals(PartRole.TASKS, role(outline, "在20%的社区"));
  }

  private static PartRole role(Outline outline, String probe) {
    return outline.roleAt(outline.text().text().indexOf(probe));
  }
}
