package org.gongwen.policy.extract.goal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import java.util.List;
import org.gongwen.policy.extract.language.ChineseSegmenter;
import org.gongwen.policy.extract.quantity.QuantityParser;
import org.gongwen.policy.ingest.ExtractedText;
import org.gongwen.policy.model.Relation;
import org.gongwen.policy.model.Target;
import org.gongwen.policy.model.TargetKind;
import org.gongwen.policy.text.NormalizedText;
import org.gongwen.policy.text.Normalizer;
import org.gongwen.policy.structure.PartRole;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;
import org.gongwen.policy.lexicon.Lexicon;


class ProseTargetFinderTest {

  private static final TargetWords WORDS = TargetWords.standard();
  static final ProseTargetFinder FINDER = new ProseTargetFinder(new QuantityParser(), WORDS,
      TargetRules.standard(WORDS), new IndicatorTrimmer(new ChineseSegmenter(List.of()), WORDS));

  private static List<Target> find(String sentence) {
    NormalizedText text = new Normalizer(Lexicon.standard()).normalize(
        new ExtractedText(sentence, List.of(), "text/plain", "UTF-8", List.of()));
    TargetLocator where = new TargetLocator(text, List.of());
    return FINDER.find(where, 0, text.text().length(), ProseTargetFinder.Frame.of(YearContext.ofTitle(null, WORDS)), null);
  }

  private static List<Target> find(String sentence, String leadIn, String planTitle) {
    NormalizedText text = new Normalizer(Lexicon.standard()).normalize(
        new ExtractedText(sentence, List.of(), "text/plain", "UTF-8", List.of()));
    TargetLocator where = new TargetLocator(text, List.of());
    ProseTargetFinder.Frame frame = new ProseTargetFinder.Frame(YearContext.ofTitle(planTitle, WORDS),
        leadIn == null ? "" : leadIn, PartRole.OTHER);
    return FINDER.find(where, 0, text.text().length(), frame, null);
  }

  /** Year scoping, comparators and indicators of whole sentences (spec §5), one case a row. */
  @ParameterizedTest(name = "{0}")
  @CsvFileSource(resources = "prose-targets.tsv", delimiter = '\t', nullValues = "-")
  void findsTheTargetsOfASentence(String sentence, String leadIn, String planTitle, String expected) {
    String got = String.join(" ; ", find(sentence, leadIn, planTitle).stream()
        .map(t -> t.indicator() + "|" + plain(t.value()) + "|" + t.unit() + "|" + t.comparator().symbol() + "|"
            + (t.year() == null ? "-" : t.year()))
        .toList());
    assertEquals(expected == null ? "" : expected, got, sentence);
  }

  private static String plain(double v) {
    return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
  }

  private static List<Target> find(String sentence, ProseTargetFinder.Frame frame) {
    NormalizedText text = new Normalizer(Lexicon.standard()).normalize(
        new ExtractedText(sentence, List.of(), "text/plain", "UTF-8", List.of()));
    return FINDER.find(new TargetLocator(text, List.of()), 0, text.text().length(), frame, null);
  }

  @Test
  void aTableCellWithoutItsOwnIndicatorMeasuresWhatItsRowNames() {
    ProseTargetFinder.Frame frame = new ProseTargetFinder.Frame(YearContext.ofTitle(null, WORDS), "", PartRole.GOALS,
        TargetExtractor.rowLabel("3.义务教育学校课后服务覆盖比例"));
    List<Target> t = find("较上年提高，2025年达到95%。", frame);
    assertEquals(1, t.size());
    assertEquals("义务教育学校课后服务覆盖比例", t.get(0).indicator());
    assertEquals(TargetKind.SHARE, t.get(0).kind());
    assertEquals(2025, t.get(0).year());
  }

  @Test
  void aSentenceIsNoRowLabel() {
    assertEquals("", TargetExtractor.rowLabel("加强县域医共体建设，提升基层服务能力。"));
    assertEquals("城市生活垃圾回收利用率", TargetExtractor.rowLabel("（二）城市生活垃圾回收利用率"));
  }

  @Test
  void nextYearCountsFromTheSigningDate() {
    ProseTargetFinder.Frame frame = new ProseTargetFinder.Frame(
        YearContext.ofTitle("关于优化营商环境的实施意见", WORDS).signed("2023-06-01"), "", PartRole.TASKS);
    List<Target> t = find("明年底前不动产登记时间压缩至3个工作日，五年内压缩至1个工作日。", frame);
    assertEquals(2, t.size());
    assertEquals(2024, t.get(0).year());
    assertEquals("不动产登记时间", t.get(1).indicator()); // the second clause does not repeat its subject
    assertEquals(null, t.get(1).year());
  }

  @Test
  void aShareOfAThingToActOnNamesTheThingAndTheAct() {
    ProseTargetFinder.Frame frame = new ProseTargetFinder.Frame(YearContext.ofTitle(null, WORDS), "", PartRole.TASKS);
    List<Target> t = find("推动县级医院预留20%的门诊号源给家庭医生团队。", frame);
    assertEquals(1, t.size());
    assertEquals("县级医院预留门诊号源给家庭医生团队", t.get(0).indicator());
    assertEquals(Relation.EQUAL, t.get(0).comparator());
  }

  @Test
  void anAreaForEachNamesTheScopeNotTheThingCounted() {
    List<Target> t = find("到2025年，各县至少培育1家现代农业产业园。");
    assertEquals(1, t.size());
    assertEquals("现代农业产业园", t.get(0).indicator());
    assertEquals("各县", t.get(0).scope());
    assertEquals(Relation.AT_LEAST, t.get(0).comparator());
  }

  @Test
  void aTimeLimitInWorkingDaysIsNotATarget() {
    assertEquals(List.of(), find("相关部门应在3个工作日内办结。"));
  }

  @Test
  void aRateABenefitIsComputedFromIsNotATarget() {
    assertEquals(List.of(), find("对企业研发费用按其增量部分的10%给予奖励。"));
  }

  @Test
  void theConditionOfABenefitIsNotATarget() {
    assertEquals(List.of(), find("对年度营业收入首次突破10亿元、50亿元、100亿元的企业，分别给予100万元、300万元、500万元一次性奖励。"));
  }

  @Test
  void aPlainRangePromisesAtLeastItsLowEnd() {
    List<Target> t = find("到2025年，建成城市书房综合体1至2个。");
    assertEquals(1, t.size());
    assertEquals(1.0, t.get(0).value());
    assertEquals(Relation.AT_LEAST, t.get(0).comparator());
  }

  @Test
  void aLowHighBracketKeepsItsMainFigureAsEqual() {
    List<Target> t = find("到2025年，新增文化产业从业岗位3万个（低线2万个，高线4万个）。");
    assertEquals(1, t.size());
    assertEquals(30000.0, t.get(0).value());
    assertEquals(Relation.EQUAL, t.get(0).comparator());
  }

  @Test
  void raisedToAPercentageIsALevelNotGrowth() {
    assertEquals(TargetKind.LEVEL, find("到2025年，农产品加工转化率提高到百分之十五。").get(0).kind());
    assertEquals(TargetKind.GROWTH, find("到2025年，农民收入提高8%。").get(0).kind());
    assertEquals(TargetKind.INCREASE, find("到2025年，新组建创新联合体10个。").get(0).kind());
  }

  @Test
  void anAmountAfterARateDoesNotInheritGrowth() {
    List<Target> t = find("2021年高新技术产业投资额增速18%以上，创投机构当年对园区企业的投资总额20亿元以上。");
    assertEquals(2, t.size());
    assertEquals(TargetKind.GROWTH, t.get(0).kind());
    assertEquals(TargetKind.LEVEL, t.get(1).kind());
  }
}
