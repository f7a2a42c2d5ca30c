package org.gongwen.policy.extract.goal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The year a target is due when its sentence names none (spec §5 {@code year}), read from the plan's
 * title: an annual plan ({@code …建设2021年工作实施方案}) makes every undated target, and 全年/今年, that
 * year; a multi-year plan ({@code …三年行动计划(2022—2024年)}) gives its end year only to sentences that
 * speak of the whole period ({@code 经过五年努力}, {@code 用两年时间的建设}); otherwise null. In a plan that
 * is not annual, 全年/今年/本年度 is the year the document was signed ({@code 全年挖掘成果1000项以上} in a
 * 工作方案 signed 2024-01-10 → 2024).
 */
public final class YearContext {

  private static final Pattern SINGLE = Pattern.compile("(\\d{4})\\s*年");
  private final Integer planYear;
  private final Integer planEnd;
  private final Integer documentYear;
  /** 经过五年努力, 期末 (lexicon target/whole-period-…): a sentence about the whole plan period. */
  private final Pattern wholePeriod;
  /** 全年, 今年 (lexicon target/this-year-words). */
  private final Pattern thisYear;

  private YearContext(Integer planYear, Integer planEnd, Integer documentYear, TargetWords words) {
    this(planYear, planEnd, documentYear, words.wholePeriod, words.thisYear);
  }

  private YearContext(Integer planYear, Integer planEnd, Integer documentYear, Pattern wholePeriod, Pattern thisYear) {
    this.planYear = planYear;
    this.planEnd = planEnd;
    this.documentYear = documentYear;
    this.wholePeriod = wholePeriod;
    this.thisYear = thisYear;
  }

  /** This context, with 全年/今年 read as the year of an ISO signing date ({@code 2024-01-10}); null keeps none. */
  public YearContext signed(String isoDate) {
    if (isoDate == null || !isoDate.matches("\\d{4}-.*")) {
      return this;
    }
    return new YearContext(planYear, planEnd, Integer.parseInt(isoDate.substring(0, 4)), wholePeriod, thisYear);
  }

  /** The context of a plan with this title (the enclosed plan's, else the notice's); null gives none. */
  public static YearContext ofTitle(String title, TargetWords words) {
    if (title == null) {
      return new YearContext(null, null, null, words);
    }
    Matcher range = words.yearRange.matcher(title);
    if (range.find()) {
      return new YearContext(null, Integer.parseInt(range.group(2)), null, words);
    }
    Matcher single = SINGLE.matcher(title);
    if (single.find()) {
      return new YearContext(Integer.parseInt(single.group(1)), null, null, words);
    }
    return new YearContext(null, null, null, words);
  }

  /** The year the document was signed plus {@code offset} (明年 is +1), or null when the date is unknown. */
  public Integer signedYearPlus(int offset) {
    return documentYear == null ? null : documentYear + offset;
  }

  /** Whether the plan is a one-year plan (its title names a single year: …2021年工作要点). */
  public boolean annual() {
    return planYear != null;
  }

  /** The year for a target in {@code sentence} whose own sentence states no year. */
  public Integer defaultYear(String sentence) {
    if (planYear != null) {
      return planYear;
    }
    if (planEnd != null && wholePeriod.matcher(sentence).find()) {
      return planEnd;
    }
    if (documentYear != null && thisYear.matcher(sentence).find()) {
      return documentYear;
    }
    return null;
  }

  private static final Pattern FIVE_YEAR_PLAN = Pattern.compile("十([一二三四五六七八九])五");

  /**
   * The last year of a plan period a title states: {@code （2021—2025年）} → 2025, {@code “十四五”…规划} → 2025
   * (the N-th five-year plan ends in 1955 + 5N); else null.
   */
  public static Integer periodEnd(String title, TargetWords words) {
    if (title == null) {
      return null;
    }
    Matcher range = words.yearRange.matcher(title);
    if (range.find()) {
      return Integer.parseInt(range.group(2));
    }
    Matcher plan = FIVE_YEAR_PLAN.matcher(title);
    if (plan.find()) {
      int n = 10 + "一二三四五六七八九".indexOf(plan.group(1).charAt(0)) + 1;
      return 1955 + 5 * n;
    }
    return null;
  }

  /** The year a caption or column header names ({@code 2021年自创区…任务表}, {@code 2023 年}), or null. */
  public static Integer yearIn(String text, TargetWords words) {
    if (text == null) {
      return null;
    }
    Matcher m = SINGLE.matcher(text);
    if (m.find() && !words.yearRange.matcher(text).find()) {
      int y = Integer.parseInt(m.group(1));
      return y >= 1949 && y <= 2100 ? y : null;
    }
    return null;
  }
}
