package org.gongwen.policy.extract.quantity;

/**
 * How the number itself is qualified by words that belong to the number expression (and so to
 * {@link Quantity#raw()}). Comparator words around the number (以上, 左右, 不少于, 达到, 超过 …) are not
 * read here; the target extractor reads them from the text before and after the quantity.
 */
public enum Fuzz {
  /** A plain number: {@code 140家}, {@code 2.5%}, {@code 十个}. */
  NONE,
  /**
   * At least this much: a round magnitude with 上/超/逾/破/数/几 ({@code 上百万方}, {@code 超万人},
   * {@code 破十亿}, {@code 数十家}) or a number followed by 余/多 ({@code 1000余亩}, {@code 十余}, {@code 20多家}).
   */
  AT_LEAST,
  /** Approximately: 约/大约/近 before the number ({@code 约2万人}, {@code 近千家}). */
  ABOUT,
  /**
   * A stated range; {@link Quantity#low()} and {@link Quantity#high()} are set: {@code 1至2名},
   * {@code 1-5个}, {@code 3-5年}, {@code 120万（低线80万，高线150万）平方米}.
   */
  RANGE
}
