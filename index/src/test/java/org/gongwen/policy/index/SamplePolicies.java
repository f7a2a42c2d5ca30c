package org.gongwen.policy.index;

import java.util.List;
import org.gongwen.policy.model.DocMetadata;
import org.gongwen.policy.model.Heading;
import org.gongwen.policy.model.Origin;
import org.gongwen.policy.model.PolicyDocument;
import org.gongwen.policy.model.Relation;
import org.gongwen.policy.model.Source;
import org.gongwen.policy.model.Span;
import org.gongwen.policy.model.Target;
import org.gongwen.policy.model.TargetKind;
import org.gongwen.policy.model.Task;
import org.gongwen.policy.model.UnitRef;

/**
 * Two policies modelled on the seeds: {@link #luchengPlan()} (a 区 three-year plan, with text, tasks led
 * by 区科技局, 2024 targets) and {@link #wenzhouPlan()} (a 市 2021 work plan, without text, tasks led by
 * 市科技局 and 市投促局). Spans are computed from the text so evidence lookups are real.
 */
public final class SamplePolicies {

  public static final String LUCHENG_FILE = "seeds/000_4ed772c9b4959484.txt";
  public static final String WENZHOU_FILE = "seeds/004_755fdc7e0c8d5ef0.txt";
  public static final String LUCHENG_TITLE =
      "温州市鹿城区人民政府关于印发鹿城区建设高水平创新型城区三年行动计划(2022—2024年)的通知";

  static final String LUCHENG_TEXT = String.join("\n",
      "温州市鹿城区人民政府文件",
      "温鹿政发〔2022〕68号",
      LUCHENG_TITLE,
      "一、主要目标",
      "——创新动能明显转换。到2024年，全区拥有高新技术企业300家、科技型中小企业1800家、省级企业研发机构50家以上，"
          + "每万人高价值发明专利拥有量达到7.7件。",
      "二、主要任务",
      "（一）实施创新主体提升攻坚行动，夯实区域创新基础",
      "1. 强化科技企业群体培育。深入实施新一轮科技企业“双倍增”行动。到2024年，全区新培育高新技术企业140家。"
          + "（责任单位：*区科技局、区发改局、区经信局、各街镇）",
      "（二）实施产业创新提质增效攻坚行动，提升经济发展质量",
      "4. 加快大孵化集群建设。到2024年，新增孵化面积120万平方米以上。"
          + "（责任单位：*区科技局、区发改局、鹿城经开区〈筹〉管委会）",
      "5. 加强大产业平台构建。推进鹿城数字时尚高新技术产业园区建设。"
          + "（责任单位：*鹿城经开区〈筹〉管委会、*南郊街道、区科技局、区住建局）",
      "（三）实施人才引育攻坚行动",
      "6. 深化人才引育。实施人才新政，引进高端人才。（责任单位：*区委组织部〈区人才办〉、区人力社保局）",
      "");

  private SamplePolicies() {}

  public static PolicyDocument luchengPlan() {
    String text = LUCHENG_TEXT;
    DocMetadata metadata = new DocMetadata("温州市鹿城区人民政府文件", List.of("温州市鹿城区人民政府"),
        "温鹿政发〔2022〕68号", LUCHENG_TITLE, "鹿城区建设高水平创新型城区三年行动计划(2022—2024年)",
        List.of("各街道办事处", "镇人民政府", "区政府直属各单位"), "温州市鹿城区人民政府", "2022-06-27",
        "此件公开发布", List.of(), List.of(), "温州市鹿城区人民政府办公室", "2022-07-04", null, null, null, null);
    List<Heading> headings = List.of(
        new Heading(1, "一", "主要目标", span(text, "一、主要目标"), null),
        new Heading(1, "二", "主要任务", span(text, "二、主要任务"), null),
        new Heading(3, "1", "强化科技企业群体培育", span(text, "1. 强化科技企业群体培育"), null));
    String s1 = "（一）实施创新主体提升攻坚行动，夯实区域创新基础";
    String s2 = "（二）实施产业创新提质增效攻坚行动，提升经济发展质量";
    List<Task> tasks = List.of(
        task(text, "1", "强化科技企业群体培育", s1, "1. 强化科技企业群体培育",
            List.of(lead("区科技局"), unit("区发改局"), unit("区经信局"), unit("各街镇"))),
        task(text, "4", "加快大孵化集群建设", s2, "4. 加快大孵化集群建设",
            List.of(lead("区科技局"), unit("区发改局"), unit("鹿城经开区〈筹〉管委会"))),
        task(text, "5", "加强大产业平台构建", s2, "5. 加强大产业平台构建",
            List.of(lead("鹿城经开区〈筹〉管委会"), lead("南郊街道"), unit("区科技局"), unit("区住建局"))),
        task(text, "6", "深化人才引育", "（三）实施人才引育攻坚行动", "6. 深化人才引育",
            List.of(lead("区委组织部〈区人才办〉"), unit("区人力社保局"))));
    List<Target> targets = List.of(
        target(text, "高新技术企业", 300, "家", Relation.EQUAL, 2024, TargetKind.LEVEL, "高新技术企业300家", null),
        target(text, "科技型中小企业", 1800, "家", Relation.EQUAL, 2024, TargetKind.LEVEL, "科技型中小企业1800家", null),
        target(text, "每万人高价值发明专利拥有量", 7.7, "件", Relation.AT_LEAST, 2024, TargetKind.LEVEL,
            "达到7.7件", null),
        target(text, "高新技术企业", 140, "家", Relation.EQUAL, 2024, TargetKind.INCREASE,
            "新培育高新技术企业140家", 0),
        target(text, "新增孵化面积", 1_200_000, "平方米", Relation.AT_LEAST, 2024, TargetKind.INCREASE,
            "120万平方米以上", 1));
    return new PolicyDocument(PolicyDocument.SCHEMA, "4ed772c9b4959484",
        new Source(LUCHENG_FILE, "text/plain", "4ed772c9b4959484aa", text.length(), "UTF-8", null),
        metadata, headings, tasks, targets, List.of(), List.of(), text);
  }

  public static PolicyDocument wenzhouPlan() {
    DocMetadata metadata = new DocMetadata("温州市国家自主创新示范区建设领导小组办公室文件",
        List.of("温州市国家自主创新示范区建设领导小组办公室"), "温市自创办〔2021〕1号",
        "关于印发《温州国家自主创新示范区和环大罗山科创走廊建设2021年工作实施方案》的通知",
        "温州国家自主创新示范区和环大罗山科创走廊建设2021年工作实施方案",
        List.of("市直相关部门"), "温州国家自主创新示范区建设领导小组办公室", "2021-02-24", null,
        List.of(), List.of(), null, null, null, null, null, null);
    List<Task> tasks = List.of(
        new Task("1", "推动高能级科创平台提能造峰", "（一）优化推进温州国家自创区八大专项攻坚行动", Origin.BODY,
            null, List.of(lead("市科技局"), unit("功能区管委会")), "推动高能级科创平台提能造峰。建设实验室。",
            new Span(100, 140), null),
        new Task("3", "招引落地创新型重大项目", "（一）优化推进温州国家自创区八大专项攻坚行动", Origin.BODY,
            null, List.of(lead("市投促局"), unit("功能区管委会")), "招引落地创新型重大项目。招引重大项目20个。",
            new Span(200, 240), null));
    List<Target> targets = List.of(
        new Target("高新技术企业", 275, "家", Relation.AT_LEAST, 2021, null, TargetKind.INCREASE, null, null,
            "新增高新技术企业 275 家以上", 0, new Span(300, 316), null),
        new Target("省科技型中小企业", 1000, "家", Relation.AT_LEAST, 2021, null, TargetKind.INCREASE, null, null,
            "省科技型中小企业 1000 家以上", 0, new Span(317, 333), null));
    return new PolicyDocument(PolicyDocument.SCHEMA, "755fdc7e0c8d5ef0",
        new Source(WENZHOU_FILE, "text/plain", "755fdc7e0c8d5ef0bb", 9000, "UTF-8", null),
        metadata, List.of(), tasks, targets, List.of(), List.of(), null);
  }

  private static Task task(String text, String number, String title, String section, String start,
      List<UnitRef> units) {
    int from = text.indexOf(start);
    int to = text.indexOf('\n', from);
    return new Task(number, title, section, Origin.BODY, null, units, text.substring(from, to),
        new Span(from, to), null);
  }

  private static Target target(String text, String indicator, double value, String unit, Relation cmp,
      Integer year, TargetKind kind, String raw, Integer task) {
    return new Target(indicator, value, unit, cmp, year, null, kind, null, null, raw, task, span(text, raw), null);
  }

  static Span span(String text, String part) {
    int from = text.indexOf(part);
    if (from < 0) {
      throw new IllegalArgumentException("not in sample text [" + part + "]");
    }
    return new Span(from, from + part.length());
  }

  private static UnitRef lead(String name) {
    return new UnitRef(name, true);
  }

  private static UnitRef unit(String name) {
    return new UnitRef(name, false);
  }
}
