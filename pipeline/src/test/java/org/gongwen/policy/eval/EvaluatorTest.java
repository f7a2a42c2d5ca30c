package org.gongwen.policy.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One test per rule of spec §8, each on a tiny hand-written gold/prediction pair. */
class EvaluatorTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private final Evaluator evaluator = new Evaluator();

  private static JsonNode json(String text) {
    try {
      return JSON.readTree(text.replace('\'', '"'));
    } catch (Exception e) {
      throw new AssertionError("bad test JSON: " + text, e);
    }
  }

  private Scores score(String gold, String predicted) throws EvaluationException {
    return evaluator.score("t", json(gold), json(predicted)).scores();
  }

  private static String headings(String... titles) {
    StringBuilder s = new StringBuilder("{'headings':[");
    for (int i = 0; i < titles.length; i++) {
      s.append(i == 0 ? "" : ",").append("{'level':1,'number':'一','title':'").append(titles[i]).append("'}");
    }
    return s.append("]}").toString();
  }

  private static String targets(String... items) {
    return "{'targets':[" + String.join(",", items) + "]}";
  }

  private static String target(String indicator, Object value, String unit, Integer year) {
    return "{'indicator':'" + indicator + "','value':" + value + ",'unit':"
        + (unit == null ? "null" : "'" + unit + "'") + ",'year':" + year
        + ",'comparator':'>=','kind':'level','raw':'x'}";
  }

  private static void assertCounts(Counts c, int tp, int fp, int fn) {
    assertEquals(new Counts(tp, fp, fn), c);
  }

  // --- text comparisons -------------------------------------------------------------------

  @Test
  void bracketKindsAreAlike() throws Exception {
    Scores s = score(headings("三年行动计划（2022—2024年）", "温鹿政发〔2022〕68号"),
        headings("三年行动计划【2022—2024年】", "温鹿政发[2022]68号"));
    assertCounts(s.headings(), 2, 0, 0);
    Scores mixed = score(headings("温鹿政发〔2022〕68号"), headings("温鹿政发（2022）68号"));
    assertCounts(mixed.headings(), 0, 1, 1);
  }

  @Test
  void whitespaceIsIgnored() throws Exception {
    assertCounts(score(headings("强化科技企业群体培育"), headings(" 强化 科技\\u3000企业\\n群体培育")).headings(),
        1, 0, 0);
  }

  @Test
  void trailingPunctuationIsDropped() throws Exception {
    assertCounts(score(headings("指导思想"), headings("指导思想。；")).headings(), 1, 0, 0);
    assertCounts(score(headings("指导思想："), headings("指导思想，")).headings(), 1, 0, 0);
  }

  @Test
  void nfkcMakesFullWidthFormsEqual() throws Exception {
    assertCounts(score(headings("实施创新助力共富攻坚行动，推进科技助企惠民"),
        headings("实施创新助力共富攻坚行动, 推进科技助企惠民")).headings(), 1, 0, 0);
    Scores s = score("{'headings':[{'level':3,'number':'1','title':'Ｒ＆Ｄ投入'}]}",
        "{'headings':[{'level':3,'number':'１','title':'R&D投入'}]}");
    assertCounts(s.headings(), 1, 0, 0);
  }

  // --- multisets and optional items -----------------------------------------------------

  @Test
  void headingsAreAMultiset() throws Exception {
    assertCounts(score(headings("甲", "甲"), headings("甲", "甲", "甲")).headings(), 2, 1, 0);
    assertCounts(score(headings("甲", "甲"), headings("甲")).headings(), 1, 0, 1);
  }

  @Test
  void headingLevelAndNumberMustMatchToo() throws Exception {
    Scores s = score("{'headings':[{'level':1,'number':'一','title':'甲'}]}",
        "{'headings':[{'level':2,'number':'一','title':'甲'},{'level':1,'number':'二','title':'甲'}]}");
    assertCounts(s.headings(), 0, 2, 1);
  }

  @Test
  void missedOptionalItemIsNotCounted() throws Exception {
    String gold = targets(target("甲", 1, "个", 2024),
        target("乙", 2, "个", 2024).replace("}", ",'optional':true}"));
    Scores s = score(gold, targets(target("甲", 1, "个", 2024)));
    assertCounts(s.targets(), 1, 0, 0);
    assertEquals(1.0, s.targets().f1());
  }

  @Test
  void foundOptionalItemIsRemovedFromBothSides() throws Exception {
    String gold = targets(target("甲", 1, "个", 2024),
        target("乙", 2, "个", 2024).replace("}", ",'optional':true}"));
    Scores s = score(gold, targets(target("甲", 1, "个", 2024), target("乙", 2, "个", 2024)));
    assertCounts(s.targets(), 1, 0, 0);
    assertEquals(new Accuracy(1, 1), s.comparator(), "the optional pair is not judged either");
  }

  @Test
  void optionalHeadingsAndTasksFollowTheSameRule() throws Exception {
    String gold = "{'headings':[{'level':1,'number':'一','title':'甲','optional':true}],"
        + "'tasks':[{'number':'1','title':'乙','units':[{'name':'区科技局','lead':true}],'optional':true}]}";
    Scores found = score(gold, "{'headings':[{'level':1,'number':'一','title':'甲'}],"
        + "'tasks':[{'number':'1','title':'乙','units':[{'name':'区发改局','lead':false}]}]}");
    assertCounts(found.headings(), 0, 0, 0);
    assertCounts(found.tasks(), 0, 0, 0);
    assertCounts(found.units(), 0, 0, 0);
    Scores missed = score(gold, "{'headings':[],'tasks':[]}");
    assertCounts(missed.headings(), 0, 0, 0);
    assertCounts(missed.tasks(), 0, 0, 0);
  }

  // --- targets -------------------------------------------------------------------------

  @Test
  void nullGoldUnitMatchesAnyPredictedUnit() throws Exception {
    Scores s = score(targets(target("产值", 1e11, null, 2024), target("资金", 1e9, null, 2024)),
        targets(target("产值", 1e11, "元", 2024), target("资金", 1e9, null, 2024)));
    assertCounts(s.targets(), 2, 0, 0);
  }

  @Test
  void goldUnitMustBeMatchedByEqualUnit() throws Exception {
    Scores s = score(targets(target("面积", 1200000, "平方米", 2024), target("企业", 5, "家", 2024)),
        targets(target("面积", 1200000, "万平方米", 2024), target("企业", 5, null, 2024)));
    assertCounts(s.targets(), 0, 2, 2);
    assertCounts(score(targets(target("面积", 1, "平方米", 2024)),
        targets(target("面积", 1, " 平方米。", 2024))).targets(), 1, 0, 0);
  }

  @Test
  void valuesMatchWithinRelativeTolerance() throws Exception {
    assertCounts(score(targets(target("面积", 1200000, "平方米", 2024)),
        targets(target("面积", 1200000.5, "平方米", 2024))).targets(), 1, 0, 0);
    assertCounts(score(targets(target("比重", 2.5, "%", 2024)),
        targets(target("比重", 2.5001, "%", 2024))).targets(), 0, 1, 1);
    assertCounts(score(targets(target("零", 0, "个", 2024)),
        targets(target("零", 0.0, "个", 2024))).targets(), 1, 0, 0);
    assertCounts(score(targets(target("零", 0, "个", 2024)),
        targets(target("零", 1e-12, "个", 2024))).targets(), 0, 1, 1);
    assertTrue(TargetScorer.valueEqual(4e9, 4e9 * (1 + 5e-7)));
    assertFalse(TargetScorer.valueEqual(4e9, 4e9 * (1 + 2e-6)));
  }

  @Test
  void yearMustMatchAndNullEqualsNull() throws Exception {
    assertCounts(score(targets(target("企业", 5, "家", 2024)),
        targets(target("企业", 5, "家", 2023))).targets(), 0, 1, 1);
    assertCounts(score(targets(target("企业", 5, "家", null)),
        targets(target("企业", 5, "家", 2024))).targets(), 0, 1, 1);
    assertCounts(score(targets(target("企业", 5, "家", null)),
        targets(target("企业", 5, "家", null))).targets(), 1, 0, 0);
  }

  @Test
  void tiesAreBrokenByIndicatorOverlap() throws Exception {
    String gold = targets(
        target("高新技术企业", 75, "家", 2024).replace("'>='", "'='"),
        target("科技型中小企业", 75, "家", 2024).replace("'level'", "'increase'"));
    String pred = targets(
        target("新增科技型中小企业", 75, "家", 2024).replace("'level'", "'increase'"),
        target("高新技术企业数", 75, "家", 2024).replace("'>='", "'='"));
    Scores s = score(gold, pred);
    assertCounts(s.targets(), 2, 0, 0);
    assertEquals(new Accuracy(2, 2), s.comparator(), "pairs follow the indicators, not the order");
    assertEquals(new Accuracy(2, 2), s.kind());
  }

  @Test
  void strictCountsAMatchOnlyWithRightWordsComparatorKindAndScope() throws Exception {
    String gold = targets(target("高新技术企业数量", 300, "家", 2024), target("研发投入", 20, "亿元", 2024),
        target("新增孵化面积", 5, "万平方米", 2023).replace("'kind':'level'", "'kind':'increase'"),
        target("人才总量", 7, "万人", 2025).replace("'raw':'x'", "'scope':'甲园区','raw':'x'"));
    String predicted = targets(target("高新技术企业", 300, "家", 2024), target("全区人口", 20, "亿元", 2024),
        target("新增孵化面积", 5, "万平方米", 2023),
        target("人才总量", 7, "万人", 2025).replace("'raw':'x'", "'scope':'乙园区','raw':'x'"));
    Scores s = score(gold, predicted);
    assertCounts(s.targets(), 4, 0, 0);
    assertCounts(s.targetsStrict(), 1, 3, 3);
    assertEquals(new Accuracy(0, 1), s.scope());
    assertEquals(new Accuracy(3, 4), s.kind());
    assertEquals(4, s.indicatorOverlap().n());
  }

  @Test
  void indicatorOverlapIsJaccardOfCharacterBigrams() {
    assertEquals(1.0, TargetScorer.indicatorOverlap("在孵企业", "在孵企业"));
    assertEquals(2.0 / 3, TargetScorer.indicatorOverlap("在孵企业", "孵企业"), 1e-9);
    assertEquals(0.0, TargetScorer.indicatorOverlap("企业", "人口"));
    assertEquals(1.0, TargetScorer.indicatorOverlap("人", "人"));
    assertEquals(1.0, TargetScorer.indicatorOverlap(null, ""));
  }

  @Test
  void comparatorAndKindAreJudgedOverMatchedPairs() throws Exception {
    Scores s = score(targets(target("企业", 5, "家", 2024), target("人才", 75, "人", 2024)),
        targets(target("企业", 5, "家", 2024).replace("'>='", "'~'"),
            target("其他", 9, "人", 2024).replace("'level'", "'annual'")));
    assertCounts(s.targets(), 1, 1, 1);
    assertEquals(new Accuracy(0, 1), s.comparator());
    assertEquals(new Accuracy(1, 1), s.kind());
  }

  @Test
  void duplicateTargetsAreAMultiset() throws Exception {
    String t = target("人才", 75, "人", 2024);
    assertCounts(score(targets(t, t, t), targets(t, t)).targets(), 2, 0, 1);
    assertCounts(score(targets(t), targets(t, t)).targets(), 1, 1, 0);
  }

  // --- tasks and units -----------------------------------------------------------------

  private static String task(String number, String title, String units) {
    return "{'number':'" + number + "','title':'" + title + "','units':[" + units + "]}";
  }

  private static String unit(String name, boolean lead) {
    return "{'name':'" + name + "','lead':" + lead + "}";
  }

  private static String tasks(String... items) {
    return "{'tasks':[" + String.join(",", items) + "]}";
  }

  @Test
  void tasksAreAMultisetOnNumberAndTitle() throws Exception {
    Scores s = score(tasks(task("1", "甲", ""), task("1", "甲", ""), task("2", "乙", "")),
        tasks(task("1", "甲。", ""), task("2", "丙", ""), task("3", "乙", "")));
    assertCounts(s.tasks(), 1, 2, 2);
  }

  @Test
  void unitsAreScoredOnlyOnMatchedTasks() throws Exception {
    String gold = tasks(task("1", "甲", unit("区科技局", true) + "," + unit("区发改局", false)),
        task("2", "乙", unit("区经信局", true)));
    String pred = tasks(task("1", "甲", unit("区科技局", true) + "," + unit("区财政局", false)),
        task("2", "乙乙", unit("区经信局", true)));
    Scores s = score(gold, pred);
    assertCounts(s.tasks(), 1, 1, 1);
    assertCounts(s.units(), 1, 1, 1);
    assertEquals(new Accuracy(1, 1), s.lead());
  }

  @Test
  void leadAccuracyIsOverMatchedUnits() throws Exception {
    String gold = tasks(task("1", "甲",
        unit("区科技局", true) + "," + unit("区委组织部〈区人才办〉", false) + "," + unit("各街镇", false)));
    String pred = tasks(task("1", "甲",
        unit("区科技局", false) + "," + unit("区委组织部（区人才办）", false) + "," + unit("区法院", true)));
    Scores s = score(gold, pred);
    assertCounts(s.units(), 2, 1, 1);
    assertEquals(new Accuracy(1, 2), s.lead());
    assertCounts(s.unitsWithLead(), 1, 2, 2);
  }

  @Test
  void tasksWithEqualKeysPairByUnitOverlap() throws Exception {
    String gold = tasks(task("2", "平台建设", unit("区科技局", true)),
        task("2", "平台建设", unit("区住建局", true)));
    String pred = tasks(task("2", "平台建设", unit("区住建局", true)),
        task("2", "平台建设", unit("区科技局", true)));
    Scores s = score(gold, pred);
    assertCounts(s.tasks(), 2, 0, 0);
    assertCounts(s.units(), 2, 0, 0);
  }

  // --- metadata --------------------------------------------------------------------------

  @Test
  void metadataListsAreSets() throws Exception {
    Scores s = score("{'metadata':{'cc':['区委各部门','区法院'],'recipients':['甲','乙']}}",
        "{'metadata':{'cc':['区法院','区委各部门','区法院'],'recipients':['甲']}}");
    assertEquals(new Accuracy(1, 2), s.metadata());
  }

  @Test
  void metadataNullMatchesNullAndAbsentFieldsAreNotScored() throws Exception {
    DocumentScore d = evaluator.score("t",
        json("{'metadata':{'note':null,'security':null,'cc':[],'docNumber':'温鹿政发〔2022〕68号'}}"),
        json("{'metadata':{'note':null,'cc':null,'docNumber':'温鹿政发[2022]68号',"
            + "'signer':'张三','urgency':'特急'}}"));
    assertEquals(new Accuracy(4, 4), d.scores().metadata(), "signer/urgency are not in the gold");
    assertTrue(d.details().metadata().isEmpty());
    Scores wrong = score("{'metadata':{'note':null,'title':'甲'}}", "{'metadata':{'note':'此件公开发布'}}");
    assertEquals(new Accuracy(0, 2), wrong.metadata());
  }

  // --- parts and documents ----------------------------------------------------------------

  @Test
  void partNullInGoldIsNotScored() throws Exception {
    Scores s = score("{'headings':null,'tasks':null,'targets':[]}",
        "{'headings':[{'level':1,'number':'一','title':'甲'}],"
            + "'tasks':[" + task("1", "甲", unit("区科技局", true)) + "]}");
    assertNull(s.headings());
    assertNull(s.tasks());
    assertNull(s.units());
    assertNull(s.unitsWithLead());
    assertNull(s.lead());
    assertNull(s.metadata());
    assertCounts(s.targets(), 0, 0, 0);
    assertNull(s.targets().f1(), "empty gold predicted empty: nothing to judge, n/a");
  }

  @Test
  void missingOutputCountsAsAllMissed() throws Exception {
    DocumentScore d = evaluator.score("t",
        json("{'metadata':{'note':null,'title':'甲'}," + headings("甲").substring(1)), null);
    assertTrue(d.outputMissing());
    assertEquals(new Accuracy(0, 2), d.scores().metadata());
    assertCounts(d.scores().headings(), 0, 0, 1);
    assertEquals(0.0, d.scores().headings().precision());
  }

  @Test
  void missingOutputHasNoUnitFiguresButMissesEveryTask() throws Exception {
    DocumentScore d = evaluator.score("t", json(tasks(task("1", "甲", unit("区科技局", true)))), null);
    assertCounts(d.scores().tasks(), 0, 0, 1);
    assertCounts(d.scores().units(), 0, 0, 0);
    assertNull(d.scores().units().f1(), "no matched task: units n/a, not 1.0");
    assertNull(d.scores().lead().value());
  }

  @Test
  void totalIsMicroAveraged() throws Exception {
    DocumentScore a = evaluator.score("a", json(headings("甲", "乙", "丙")), json(headings("甲", "乙", "丙")));
    DocumentScore b = evaluator.score("b", json(headings("甲")), json(headings("丁")));
    Evaluation e = Evaluation.of(List.of(a, b), 0);
    assertCounts(e.total().headings(), 3, 1, 1);
    assertEquals(0.75, e.total().headings().precision());
  }

  @Test
  void detailListsMissedAndExtraItems() throws Exception {
    DocumentScore d = evaluator.score("t",
        json(targets(target("人才", 75, "人", 2024))),
        json(targets(target("人才", 76, "人", 2024))));
    assertEquals(List.of("人才 | 75 人 | 2024 | x"), d.details().targets().missed());
    assertEquals(List.of("人才 | 76 人 | 2024 | x"), d.details().targets().extra());
  }

  @Test
  void malformedPartIsATypedErrorNamingTheFile() {
    EvaluationException e = org.junit.jupiter.api.Assertions.assertThrows(EvaluationException.class,
        () -> evaluator.score("000_x", json("{'tasks':{'number':'1'}}"), json("{}")));
    assertEquals("[000_x.gold.json] \"tasks\" is not an array", e.getMessage());
  }
}
