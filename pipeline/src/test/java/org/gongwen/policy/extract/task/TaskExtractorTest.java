package org.gongwen.policy.extract.task;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.gongwen.policy.ingest.ExtractedText;
import org.gongwen.policy.model.Task;
import org.gongwen.policy.structure.Outliner;
import org.gongwen.policy.text.Normalizer;
import org.junit.jupiter.api.Test;
import org.gongwen.policy.lexicon.Lexicon;

class TaskExtractorTest {

  private static List<Task> tasks(String text) {
    ExtractedText raw = new ExtractedText(text, List.of(), "text/plain", "UTF-8", List.of());
    return TaskCases.extractor().extract(new Outliner(TaskCases.ROLES, Lexicon.standard()).outline(new Normalizer(Lexicon.standard()).normalize(raw))).value();
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

  private static List<String> units(Task t) {
    return t.units().stream().map(u -> u.name() + (u.lead() ? "*" : "")).toList();
  }

  @Test
  void theFirstClauseBelongsToItsOwnItemNotToTheNumberedItemsOfTheGoalsPart() {
    List<Task> tasks = tasks("""
        某省人民政府关于推进养老服务体系建设的实施意见

        一、总体要求

        （一）指导思想。坚持以人民为中心。

        （二）主要目标。到2027年基本建成养老服务网络。

        二、重点任务

        （三）完善居家养老服务。推动社区服务设施建设。（省民政厅、省住房城乡建设厅负责）

        （四）发展普惠养老。扩大服务供给。（省发展改革委牵头，省财政厅参与）
        """);
    assertEquals(List.of("完善居家养老服务", "发展普惠养老"), titles(tasks));
    assertEquals(List.of("省民政厅", "省住房城乡建设厅"), units(tasks.get(0)));
    assertEquals(List.of("省发展改革委*", "省财政厅"), units(tasks.get(1)));
  }

  @Test
  void clausesOfOneItemGiveEachUnitOnceLeadWhenAnyClauseSaysSo() {
    List<Task> tasks = tasks("""
        某市生活垃圾分类工作方案

        一、主要任务

        （一）健全分类投放体系。完善投放设施。（市城管局牵头，市住建局、各区政府参与）加强宣传引导。（市城管局指导，各区政府负责）
        """);
    assertEquals(List.of("市城管局*", "市住建局", "各区政府"), units(tasks.get(0)));
  }

  @Test
  void aStatedConventionMakesTheFirstUnitOfEveryLaterClauseLead() {
    List<Task> tasks = tasks("""
        某部关于加快发展数字农业的指导意见

        一、重点任务

        （一）建设数字农业试点。（农业农村部、科技部负责，列第一位者为牵头单位，下同）

        （二）完善数据标准。（市场监管总局负责）
        """);
    assertEquals(List.of("农业农村部*", "科技部"), units(tasks.get(0)));
    assertEquals(List.of("市场监管总局*"), units(tasks.get(1)));
  }

  private static final String PEOPLE_TABLE = """
      某县2024年重点工作安排

      附件

      重点工作责任分解表

      序号\t工作任务\tHEADER\t责任人
      1\t建设县城污水管网\t县住建局\t李某某
      """;

  @Test
  void aTableNamingPeopleGivesNoTasksWhileAUnitColumnDoes() {
    assertEquals(List.of(), tasks(PEOPLE_TABLE.replace("HEADER", "牵头领导")));
    List<Task> unitTable = tasks(PEOPLE_TABLE.replace("HEADER", "责任单位"));
    assertEquals(List.of("建设县城污水管网"), titles(unitTable));
    assertEquals(List.of("县住建局"), units(unitTable.get(0)));
  }

  @Test
  void aPlanWhosePartsAreItsWorkGivesTheirItemsWhenNoUnitIsNamed() {
    List<Task> tasks = tasks("""
        某区推进城乡融合发展实施方案

        一、完善城乡基础设施一体化机制

        （一）统筹城乡道路建设。推动道路向村延伸。

        （二）推进供水一体化。

        二、做好组织实施

        （三）加强组织领导。
        """);
    assertEquals(List.of("统筹城乡道路建设", "推进供水一体化"), titles(tasks));
  }
}
