package org.gongwen.policy.extract.goal;

import java.util.regex.Pattern;
import org.gongwen.policy.extract.quantity.Fuzz;
import org.gongwen.policy.model.Relation;
import org.gongwen.policy.model.TargetKind;

/**
 * The words around a number that decide a target's comparator and kind (spec §5). Pure functions over
 * the text before and after a quantity.
 */
public final class TargetWords {

  private static final Pattern AFTER_AT_LEAST = Pattern.compile("^\\s*(?:及以上|以上|之上|多)");
  private static final Pattern AFTER_AT_MOST = Pattern.compile("^\\s*(?:及以下|以下|以内|之内|内)");
  private static final Pattern AFTER_ABOUT = Pattern.compile("^\\s*(?:左右|上下)");
  private static final Pattern BEFORE_AT_LEAST =
      Pattern.compile("(?:力争达到|力争达|达到|达|突破|超过|超|破|不少于|不低于|至少|高于|多于|至|提高到|提升到|增加到|增长到)\\s*$");
  private static final Pattern BEFORE_AT_MOST = Pattern.compile("(?:不超过|不高于|控制在|低于|少于|降至|降低到|下降到)\\s*$");
  private static final Pattern BEFORE_ABOUT = Pattern.compile("(?:约|大约|近)\\s*$");
  private static final Pattern INCREASE = Pattern.compile(
      "新增|新培育|新建|新组建|新成立|新引育|新招引|新引进|新打造|新开工|新辟|新认定|新设|新招|引进|引入|引育|招引|落地|培育|创建|吸引|创办|增设");
  private static final Pattern LEVEL = Pattern.compile(
      "拥有|达到|入选|实施|立项|完成|集聚|突破|带动|总量|累计|保持|形成|建成|建立|投用|覆盖|提质");
  private static final Pattern GROWTH = Pattern.compile("增速|增长|增幅|(?:提高|提升)(?![到至])");
  private static final Pattern SHARE = Pattern.compile("比重|占比|比例|占[^，,；;、]{0,30}(?:的)?$");
  private static final Pattern ANNUAL = Pattern.compile("每年|年均新增|每年度|每半年|每季|每月");
  private static final Pattern CUMULATIVE = Pattern.compile("累计|总量|总数");

  private TargetWords() {}

  /**
   * The comparator of a number: a following 以上/以内/左右 decides; else the number's own fuzz; else a
   * verb right before it (达到, 突破, 超过, 不少于, 控制在 …); else {@code =}. 以上 counts only for the number
   * it follows ({@code 300家、1800家、50家以上}: only 50 is {@code >=}).
   */
  public static Relation comparator(String before, String after, Fuzz fuzz) {
    if (AFTER_AT_LEAST.matcher(after).find()) {
      return Relation.AT_LEAST;
    }
    if (AFTER_AT_MOST.matcher(after).find()) {
      return Relation.AT_MOST;
    }
    if (AFTER_ABOUT.matcher(after).find()) {
      return Relation.ABOUT;
    }
    if (fuzz == Fuzz.AT_LEAST) {
      return Relation.AT_LEAST;
    }
    if (fuzz == Fuzz.ABOUT) {
      return Relation.ABOUT;
    }
    if (BEFORE_AT_LEAST.matcher(before).find()) {
      return Relation.AT_LEAST;
    }
    if (BEFORE_AT_MOST.matcher(before).find()) {
      return Relation.AT_MOST;
    }
    if (BEFORE_ABOUT.matcher(before).find()) {
      return Relation.ABOUT;
    }
    return Relation.EQUAL;
  }

  /**
   * The kind of a target: {@code annual} under 每年; for a percentage, {@code growth} under
   * 增长/增速 and {@code share} under 占…比重; else {@code increase} when the last verb of the clause
   * before the number adds something (新增, 新培育, 引进, 招引, 创建 …) and {@code level} otherwise.
   *
   * @param clause the clause up to the number (the indicator and its verbs)
   */
  public static TargetKind kind(String clause, String unit) {
    if (ANNUAL.matcher(clause).find()) {
      return TargetKind.ANNUAL;
    }
    if ("%".equals(unit)) {
      if (SHARE.matcher(clause).find()) {
        return TargetKind.SHARE;
      }
      if (GROWTH.matcher(clause).find()) {
        return TargetKind.GROWTH;
      }
      return TargetKind.LEVEL;
    }
    if (CUMULATIVE.matcher(clause).find()) {
      return TargetKind.LEVEL;
    }
    int increaseAt = lastMatch(INCREASE, clause);
    int levelAt = lastMatch(LEVEL, clause);
    return increaseAt >= 0 && increaseAt >= levelAt ? TargetKind.INCREASE : TargetKind.LEVEL;
  }

  /** Whether the clause has a word that decides the kind; a clause without one inherits its list's. */
  public static boolean hasKindWord(String clause) {
    return ANNUAL.matcher(clause).find() || CUMULATIVE.matcher(clause).find()
        || INCREASE.matcher(clause).find() || LEVEL.matcher(clause).find();
  }

  private static int lastMatch(Pattern p, String s) {
    var m = p.matcher(s);
    int at = -1;
    while (m.find()) {
      at = m.start();
    }
    return at;
  }
}
