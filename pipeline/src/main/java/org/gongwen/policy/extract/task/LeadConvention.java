package org.gongwen.policy.extract.task;

import java.util.regex.Pattern;

/**
 * A lead-unit convention the document states in words, e.g. {@code 排在第一位的为牵头单位} or
 * {@code 第一个逗号前为牵头单位}. Applies to unit lists that carry no {@code *} and no 牵头 label.
 */
public enum LeadConvention {
  /** Nothing stated: only {@code *} and 牵头 labels mark a lead. */
  NONE,
  /** The first unit listed leads. */
  FIRST_UNIT,
  /** The units before the first comma (，) lead. */
  BEFORE_FIRST_COMMA;

  private static final Pattern COMMA =
      Pattern.compile("第一个(?:逗号|，)(?:之?前|以前)的?(?:单位)?(?:为|是)牵头");
  private static final Pattern FIRST =
      Pattern.compile("(?:排在?第一位?|排名第一|列第一位?|排序第一|列于首位|排在首位|第一个单位|第一家单位)的?(?:单位)?(?:为|是)牵头");

  /** The convention stated anywhere in {@code text}. */
  public static LeadConvention statedIn(String text) {
    String t = text.replaceAll("\\s+", "");
    if (COMMA.matcher(t).find()) {
      return BEFORE_FIRST_COMMA;
    }
    if (FIRST.matcher(t).find()) {
      return FIRST_UNIT;
    }
    return NONE;
  }
}
