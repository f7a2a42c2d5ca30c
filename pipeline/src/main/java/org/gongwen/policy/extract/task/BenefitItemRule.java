package org.gongwen.policy.extract.task;

import java.util.regex.Pattern;

/**
 * Whether a numbered item is a benefit of a policy list rather than assigned work: one of its sentences
 * (split on 。；) holds a benefit word ({@code task/benefit-words}: 给予, 奖励, 补贴 …) and an amount of
 * money or a rate ({@code 最高补贴100万元}, {@code 按10%给予奖励}). A benefit named without an amount
 * ({@code 按规定给予适当支持}, {@code 表彰奖励}) is part of a task's work.
 */
public final class BenefitItemRule {

  private static final Pattern SENTENCE = Pattern.compile("[。；;]");
  /**
   * An amount: a numeral run (read from its start only, at most 40 characters, as QuantityParser reads
   * them) then 元 or %. The look-behind and the bounded possessive run keep a long run of digits linear.
   */
  private static final Pattern AMOUNT = Pattern.compile(
      "(?<![0-9０-９一二三四五六七八九十百千两.])[0-9０-９一二三四五六七八九十百千两]{1,40}+(?:\\.[0-9]+)?\\s*(?:[万亿千百]?元|%|％)");

  private final TaskWords words;

  public BenefitItemRule(TaskWords words) {
    this.words = words;
  }

  public boolean benefit(String itemText) {
    if (!mayHoldAmount(itemText)) {
      return false;
    }
    for (String sentence : SENTENCE.split(itemText)) {
      if (AMOUNT.matcher(sentence).find() && words.benefitWords().stream().anyMatch(sentence::contains)) {
        return true;
      }
    }
    return false;
  }

  /** An {@code AMOUNT} ends in 元, % or ％: a text with none of them holds none, and is not split and searched. */
  static boolean mayHoldAmount(String text) {
    return text.indexOf('元') >= 0 || text.indexOf('%') >= 0 || text.indexOf('％') >= 0;
  }
}
