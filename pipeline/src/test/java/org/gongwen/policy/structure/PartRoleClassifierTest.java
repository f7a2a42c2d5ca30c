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

  private static PartRole role(Outline outline, String probe) {
    return outline.roleAt(outline.text().text().indexOf(probe));
  }
}
