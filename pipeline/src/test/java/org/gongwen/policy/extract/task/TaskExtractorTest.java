package org.gongwen.policy.extract.task;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.gongwen.policy.ingest.ExtractedText;
import org.gongwen.policy.model.Task;
import org.gongwen.policy.lexicon.Lexicon;
import org.gongwen.policy.structure.Outliner;
import org.gongwen.policy.structure.PartRoleClassifier;
import org.gongwen.policy.text.Normalizer;
import org.junit.jupiter.api.Test;

class TaskExtractorTest {

  private static List<Task> tasks(String text) {
    ExtractedText raw = new ExtractedText(text, List.of(), "text/plain", "UTF-8", List.of());
    return new TaskExtractor().extract(new Outliner(new PartRoleClassifier(Lexicon.standard())).outline(new Normalizer().normalize(raw))).value();
  }

  private static List<String> titles(List<Task> tasks) {
    return tasks.stream().map(Task::title).toList();
  }

  @Test
  void itemsOfAnArticleAreNotTasks() {
    assertEquals(List.of(), tasks("""
        某市城市绿化管理办法

        第一条　为了加强城市绿化管理，制定本办法。

        第二条　城市绿化工程应当符合下列要求：

        （一）符合城市绿地系统规划；

        （二）优先选用本地植物。
        """));
  }

  @Test
  void aPartMostlyOfBenefitsIsAPolicyListNotTasks() {
    assertEquals(List.of("推进城市书房建设"), titles(tasks("""
        某市若干措施

        一、重点任务

        （一）推进城市书房建设。优化城市书房布局。

        二、平台支持措施

        （二）对新获批的国家重点实验室给予最高1000万元资助。

        （三）企业申请材料齐全的，相关部门应在3个工作日内完成审核。
        """)));
  }
}
