package org.gongwen.policy.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.gongwen.policy.model.Heading;
import org.gongwen.policy.model.PolicyDocument;
import org.gongwen.policy.model.Target;
import org.gongwen.policy.model.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A TXT whose paragraphs are indented with a tab (as many notices copied from a word processor are) is
 * prose: its headings, tasks and targets are found as in the unindented text, and no table is made of it;
 * a real tab-separated table after it stays a table.
 */
final class TabIndentedTextTest {

  @TempDir Path dir;

  private static final String BODY = """
      某县人民政府办公室关于印发某县数字乡村建设行动方案的通知

      各乡镇人民政府，县直各单位：

      {t}一、重点任务

      {t}（一）完善乡村信息基础设施。到2025年，全县行政村5G网络覆盖率达到90%以上。（县工业和信息化局牵头，县财政局配合）

      {t}（二）发展农村电子商务。培育县级电商公共服务中心，新增农村电商示范村10个。（县商务局负责）

      {t}二、保障措施

      {t}各部门要加强协作，按时报送进展情况。

      指标\t2024年\t2025年
      5G覆盖率\t80%\t90%
      """;

  private PolicyDocument extract(String indent) throws Exception {
    Path file = dir.resolve("notice-" + indent.length() + ".txt");
    Files.writeString(file, BODY.replace("{t}", indent), StandardCharsets.UTF_8);
    return PolicyPipeline.standard().process(file, true);
  }

  @Test
  void tabIndentedParagraphsKeepTheirHeadingsTasksAndTargets() throws Exception {
    PolicyDocument indented = extract("\t");
    PolicyDocument plain = extract("");
    assertEquals(List.of("重点任务", "完善乡村信息基础设施", "发展农村电子商务", "保障措施"),
        indented.headings().stream().map(Heading::title).toList());
    assertEquals(List.of("完善乡村信息基础设施", "发展农村电子商务"),
        indented.tasks().stream().map(Task::title).toList());
    assertEquals(plain.tasks().stream().map(Task::units).toList(),
        indented.tasks().stream().map(Task::units).toList());
    assertEquals(plain.targets().stream().map(Target::raw).toList(),
        indented.targets().stream().map(Target::raw).toList());
    assertTrue(indented.targets().stream().anyMatch(t -> t.raw().contains("90%")), indented.targets().toString());
    assertEquals(1, indented.tables().size(), "only the tab-separated table is a table");
    assertEquals(List.of("指标", "2024年", "2025年"), indented.tables().get(0).header());
    assertTrue(indented.text().indexOf('\t') > indented.text().indexOf("保障措施"),
        "no tab is left in the indented prose");
  }
}
