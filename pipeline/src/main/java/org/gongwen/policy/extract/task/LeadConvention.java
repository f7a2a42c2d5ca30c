package org.gongwen.policy.extract.task;

/**
 * A lead-unit convention the document states in words, e.g. {@code 排在第一位的为牵头单位} or
 * {@code 第一个逗号前为牵头单位}; found by {@link LeadConventionRule}. Applies to unit lists that carry no
 * {@code *} and no 牵头 label or verb.
 */
public enum LeadConvention {
  /** Nothing stated: only {@code *} and 牵头 mark a lead. */
  NONE,
  /** The first unit listed leads. */
  FIRST_UNIT,
  /** The units before the first comma (，) lead. */
  BEFORE_FIRST_COMMA
}
