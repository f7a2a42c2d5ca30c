package org.gongwen.policy.extract.quantity;

/** What a number found by {@link QuantityParser} is used as; only {@link #AMOUNT} can be a target value. */
public enum QuantityKind {
  /** A count, measure or bare number: {@code 140家}, {@code 120万平方米}, {@code 三年}, {@code 千亿}. */
  AMOUNT,
  /**
   * A calendar date: a year with 年 ({@code 到2024年}, {@code 二〇二二年}, {@code 2021年度}), a full date
   * ({@code 2022年6月27日}, one quantity with value 2022), a year range ({@code 2022—2024年}, RANGE with
   * low 2022 and high 2024), a month ({@code 6月}, 1–12, not 个月) or a day ({@code 27日}). Unit 年, 月 or 日.
   */
  DATE,
  /**
   * The bracketed “of which” figure in a table cell such as {@code 288(38)} (人才, of which 博士): the
   * main number is an {@link #AMOUNT} and the bracket is a second quantity of this kind, directly after it.
   */
  PART,
  /**
   * A number used as a name, code or list marker: {@code 2.0版}, {@code 180号}, the quoted slogan
   * {@code “5510”}, {@code 5+5}, a bare year before a word ({@code 2021世界青年科学家峰会},
   * {@code 科技创新 2030 重大项目}; a bare four-digit number before a tab, punctuation or the end stays an
   * {@code AMOUNT}, as in a table cell), list markers {@code (1)}, {@code 1.}, {@code 1、} at the start of a line.
   */
  LABEL
}
